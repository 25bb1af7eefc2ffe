import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { fileLimits, parseProfileFile } from '../../../shared/profile-file';
import { base64, profileLike, saved, startApp, tempDir, type App } from './support';

/** An app with saved profiles and a folder to export to. */
async function withProfiles(count: number) {
  const app = await startApp();
  const profiles = await saved(app, ...Array.from({ length: count }, (_, index) => profileLike(index)));
  return { app, profiles, ids: profiles.map((profile) => profile.id), outDir: await tempDir('hostwise-export-') };
}

/** Answers the next save dialog with `name` in `dir` and returns the path. */
function saveAs(app: App, dir: string, name: string): string {
  const path = join(dir, name);
  app.dialogs.answerSave(path);
  return path;
}

describe('export.profiles', () => {
  it('writes a file that parses back to the identical profiles', async () => {
    const { app, profiles, ids, outDir } = await withProfiles(3);
    const path = saveAs(app, outDir, 'team.hostwise');
    expect(await app.value('export.profiles', { ids })).toEqual({ saved: true, path });
    expect(app.dialogs.asked).toEqual(['Export profiles']);

    const parsed = parseProfileFile(await readFile(path));
    expect(parsed).toMatchObject({ ok: true, profiles });
    expect(await readdir(outDir)).toEqual(['team.hostwise']);
  });

  it('writes each profile once when an id is asked for twice', async () => {
    const { app, profiles, outDir } = await withProfiles(2);
    const path = saveAs(app, outDir, 'twice.hostwise');
    await app.value('export.profiles', { ids: [profiles[0]!.id, profiles[1]!.id, profiles[0]!.id] });
    expect(parseProfileFile(await readFile(path))).toMatchObject({ ok: true, profiles });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { app, ids, outDir } = await withProfiles(1);
    app.dialogs.answerSave(null);
    expect(await app.value('export.profiles', { ids })).toEqual({ saved: false });
    expect(await readdir(outDir)).toEqual([]);
  });

  it('refuses more than 1,000 profiles with export-too-many before asking where to save', async () => {
    const app = await startApp();
    const ids = Array.from({ length: fileLimits.maxProfiles + 1 }, () => randomUUID());
    const error = await app.failure('export.profiles', { ids });
    expect(error).toMatchObject({ code: 'export-too-many' });
    expect(error.message).toContain('1,000');
    expect(app.dialogs.asked).toEqual([]);
  });

  it('refuses an id that is not saved before asking where to save', async () => {
    const { app, ids } = await withProfiles(1);
    expect(await app.failure('export.profiles', { ids: [...ids, randomUUID()] })).toMatchObject({ code: 'profile-not-found' });
    expect(app.dialogs.asked).toEqual([]);
  });

  it('says so with a coded error when the chosen place cannot be written', async () => {
    const { app, ids, outDir } = await withProfiles(1);
    // A folder where the file should go: the final rename cannot replace it.
    await mkdir(saveAs(app, outDir, 'taken.hostwise'));
    const error = await app.failure('export.profiles', { ids });
    expect(error).toMatchObject({ code: 'file-write-failed', details: { errno: 'EISDIR' } });
    expect(await readdir(outDir)).toEqual(['taken.hostwise']);
  });
});

describe('export.pdf', () => {
  it('asks the printer for the report and writes its pages, with the profiles attached', async () => {
    const { app, profiles, ids, outDir } = await withProfiles(2);
    const path = saveAs(app, outDir, 'report.pdf');
    expect(await app.value('export.pdf', { ids, paper: 'Letter' })).toEqual({ saved: true, path });
    expect(app.dialogs.asked).toEqual(['Export report as PDF']);
    expect(app.printer.requests).toEqual([{ ids, paper: 'Letter' }]);

    const written = await PDFDocument.load(await readFile(path));
    const printed = await PDFDocument.load(app.printer.bytes);
    expect(written.getTitle()).toBe(printed.getTitle());
    expect(written.getPages().map((page) => page.getSize())).toEqual(printed.getPages().map((page) => page.getSize()));

    // The PDF imports back: it carries the profile file of the profiles it reports on.
    const preview = await app.value('import.preview', { source: 'files', files: [{ name: 'report.pdf', base64: base64(await readFile(path)) }] });
    expect(preview.files[0]).toMatchObject({ error: null, profiles: profiles.map((profile) => ({ profile, status: 'same' })) });
  });

  it('neither prints nor writes when the dialog is cancelled', async () => {
    const { app, ids, outDir } = await withProfiles(1);
    app.dialogs.answerSave(null);
    expect(await app.value('export.pdf', { ids, paper: 'A4' })).toEqual({ saved: false });
    expect(app.printer.requests).toEqual([]);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('reports an unexpected failure as internal, without its message or stack, and writes nothing', async () => {
    const { app, ids, outDir } = await withProfiles(1);
    saveAs(app, outDir, 'report.pdf');
    app.printer.failure = new Error('renderer crashed in /home/me/secret/report.tsx');
    // The main process keeps the real error in its log, for support; the window gets a sentence.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await app.failure('export.pdf', { ids, paper: 'A4' });
    expect(log).toHaveBeenCalledWith('Unexpected error in a handler:', app.printer.failure);
    log.mockRestore();
    expect(error).toEqual({ code: 'internal', message: expect.any(String) });
    expect(JSON.stringify(error)).not.toMatch(/secret|crashed/);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('refuses an id that is not saved before printing', async () => {
    const { app } = await withProfiles(1);
    expect(await app.failure('export.pdf', { ids: [randomUUID()], paper: 'A4' })).toMatchObject({ code: 'profile-not-found' });
    expect(app.printer.requests).toEqual([]);
  });
});
