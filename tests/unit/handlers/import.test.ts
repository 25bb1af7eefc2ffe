import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportDecision, ImportPreview } from '../../../shared/api';
import type { Profile } from '../../../shared/profile';
import { fileLimits, serializeProfileFile } from '../../../shared/profile-file';
import { base64, examples, hostileDir, profileLike, saved, snapshot, startApp, tempDir, unimportableExamples, type App } from './support';
import { catalog } from '../../../shared/catalog';

const hostile = Object.entries(JSON.parse(readFileSync(join(hostileDir, '../hostile.manifest.json'), 'utf8')) as Record<string, string>);

const dropped = (files: { name: string; content: string | Uint8Array }[]) => ({
  source: 'files' as const,
  files: files.map(({ name, content }) => ({ name, base64: base64(content) })),
});

const fileOf = (name: string, ...profiles: Profile[]) => ({ name, content: serializeProfileFile(profiles) });

/** The status of each previewed profile, by file. */
const statuses = (preview: ImportPreview) => preview.files.map((file) => file.profiles.map((entry) => entry.status));

describe('import.preview', () => {
  it('reads the files chosen in the open dialog', async () => {
    const app = await startApp();
    app.dialogs.answerOpen(examples.map((example) => example.path));
    const preview = await app.value('import.preview', { source: 'dialog' });

    expect(app.dialogs.asked).toEqual(['Import profiles']);
    expect(preview.files.map((file) => file.name)).toEqual(examples.map((example) => example.name));
    expect(preview.files.map((file) => file.error)).toEqual(examples.map(() => null));
    expect(preview.files.map((file) => file.profiles[0]?.profile)).toEqual(examples.map((example) => example.profile));
    expect(statuses(preview)).toEqual(examples.map(() => ['new']));
  });

  it('previews nothing when the dialog is cancelled', async () => {
    const app = await startApp();
    app.dialogs.answerOpen([]);
    expect(await app.value('import.preview', { source: 'dialog' })).toEqual({ files: [] });
  });

  it('says whether each dropped profile is new, the same as a saved one, or in conflict with it', async () => {
    const app = await startApp();
    const [same, changed] = await saved(app, profileLike(0), profileLike(1));
    const incoming = [
      // Timestamps alone do not make a profile different.
      { ...same!, updatedAt: '2030-01-01T00:00:00Z' },
      { ...changed!, notes: 'Edited by a colleague.' },
      profileLike(2),
    ];
    const preview = await app.value('import.preview', dropped([fileOf('team.hostwise', ...incoming)]));
    expect(preview.files).toMatchObject([{ name: 'team.hostwise', error: null }]);
    expect(statuses(preview)).toEqual([['same', 'conflict', 'new']]);
  });

  it('a deleted profile is new again', async () => {
    const app = await startApp();
    const [profile] = await saved(app, profileLike(0));
    await app.value('profiles.delete', { ids: [profile!.id] });
    expect(statuses(await app.value('import.preview', dropped([fileOf('a.hostwise', profile!)])))).toEqual([['new']]);
  });

  interface Chosen {
    name: string;
    path: string;
  }

  describe.each([
    ['dropped', (_: App, files: Chosen[]) => dropped(files.map(({ name, path }) => ({ name, content: readFileSync(path) })))],
    ['chosen in the dialog', (app: App, files: Chosen[]) => {
      app.dialogs.answerOpen(files.map(({ path }) => path));
      return { source: 'dialog' as const };
    }],
  ])('hostile files %s', (_, request) => {
    it('each get their own coded error, a good file among them its profile, and the store is byte-for-byte unchanged', async () => {
      const app = await startApp();
      await saved(app, profileLike(0));
      const before = await snapshot(app.dataDir);
      const good = examples[1]!;
      const files = hostile.map(([name]) => ({ name, path: join(hostileDir, name) }));
      const preview = await app.value('import.preview', request(app, [...files.slice(0, 50), good, ...files.slice(50)]));

      expect(preview.files.splice(50, 1)).toMatchObject([{ name: good.name, error: null, profiles: [{ status: 'new' }] }]);
      expect(preview.files.map((file) => [file.name, file.error?.code, file.profiles.length])).toEqual(hostile.map(([name, code]) => [name, code, 0]));
      expect(await snapshot(app.dataDir)).toEqual(before);
    });
  });

  it('refuses a dialog-chosen file over 5 MB with file-too-large', async () => {
    const app = await startApp();
    const big = join(await tempDir(), 'big.hostwise');
    await writeFile(big, `${serializeProfileFile([profileLike(0)])}${' '.repeat(fileLimits.maxBytes)}`);
    app.dialogs.answerOpen([big, examples[0]!.path]);
    const preview = await app.value('import.preview', { source: 'dialog' });
    expect(preview.files.map((file) => file.error?.code ?? null)).toEqual(['file-too-large', null]);
  });

  it('says which chosen file could not be read, and reads the others', async () => {
    const app = await startApp();
    const missing = join(await tempDir(), 'gone.hostwise');
    app.dialogs.answerOpen([missing, examples[0]!.path]);
    const preview = await app.value('import.preview', { source: 'dialog' });
    expect(preview.files.map((file) => [file.name, file.error?.code ?? null])).toEqual([
      ['gone.hostwise', 'unreadable-file'],
      [examples[0]!.name, null],
    ]);
    expect(JSON.stringify(preview)).not.toContain(missing);
  });
});

describe('import.apply', () => {
  /** A store with one saved profile, and an edited copy of it as a colleague's file would carry it. */
  async function conflict() {
    const app = await startApp();
    const [local] = await saved(app, profileLike(0));
    return { app, local: local!, incoming: { ...local!, notes: 'Edited by a colleague.' } };
  }

  const apply = (app: App, ...items: [Profile, ImportDecision][]) =>
    app.value('import.apply', { items: items.map(([profile, decision]) => ({ profile, decision })) });

  it('adds new profiles with their summaries', async () => {
    const app = await startApp();
    // The legacy Windows ERP example: every container option is ruled out, so a VM is recommended.
    const fresh = { ...examples.find((example) => example.name === 'legacy-windows-erp.hostwise')!.profile, id: randomUUID() };
    expect(await apply(app, [fresh, 'add'])).toEqual({ added: [{ id: fresh.id, name: fresh.name }], replaced: [], updated: [], skipped: [], alreadyPresent: [] });
    expect(await app.value('profiles.get', { id: fresh.id })).toMatchObject({ answers: fresh.answers, notes: fresh.notes });
    expect((await app.value('profiles.list', null))[0]).toMatchObject({ winner: 'vm', confidence: 'high' });
  });

  it('keep-both adds the incoming profile under a new id and leaves the local one alone', async () => {
    const { app, local, incoming } = await conflict();
    const summary = await apply(app, [incoming, 'keep-both']);
    const [copy] = summary.added;

    expect(copy).toEqual({ id: expect.any(String), name: `${local.name} (imported)` });
    expect(copy!.id).not.toBe(local.id);
    expect((await app.value('profiles.get', { id: copy!.id })).notes).toBe('Edited by a colleague.');
    expect(await app.value('profiles.get', { id: local.id })).toEqual(local);
  });

  it('replace makes the incoming version current and keeps the local one in history', async () => {
    const { app, local, incoming } = await conflict();
    expect(await apply(app, [incoming, 'replace'])).toMatchObject({ replaced: [{ id: local.id, name: local.name }], added: [] });
    expect((await app.value('profiles.get', { id: local.id })).notes).toBe('Edited by a colleague.');
    const [previous] = await app.value('profiles.history', { id: local.id });
    expect(app.store.getRevision(local.id, previous!.id)).toEqual(local);
  });

  it('skip saves nothing', async () => {
    const { app, local, incoming } = await conflict();
    const fresh = profileLike(1);
    const before = await snapshot(app.dataDir);
    expect(await apply(app, [incoming, 'skip'], [fresh, 'skip'])).toMatchObject({
      skipped: [{ id: local.id }, { id: fresh.id }],
      added: [],
      replaced: [],
    });
    expect(await snapshot(app.dataDir)).toEqual(before);
  });

  it.each(['add', 'keep-both', 'replace', 'skip'] as const)('reports content already saved as alreadyPresent (decision %s)', async (decision) => {
    const { app, local } = await conflict();
    const before = await snapshot(app.dataDir);
    const summary = await apply(app, [{ ...local, updatedAt: '2030-01-01T00:00:00Z' }, decision]);
    expect(summary).toEqual({ added: [], replaced: [], updated: [], skipped: [], alreadyPresent: [{ id: local.id, name: local.name }] });
    expect(await snapshot(app.dataDir)).toEqual(before);
  });

  it('applies a mixed import in one call', async () => {
    const { app, local, incoming } = await conflict();
    const fresh = profileLike(2, { id: randomUUID() });
    const summary = await apply(app, [fresh, 'add'], [incoming, 'replace']);
    expect(summary).toMatchObject({ added: [{ id: fresh.id }], replaced: [{ id: local.id }] });
    expect((await app.value('profiles.list', null)).map((entry) => entry.id).sort()).toEqual([fresh.id, local.id].sort());
  });

  it('decides an id that comes twice in one import against its first copy, whatever the disk speed', async () => {
    const app = await startApp();
    const first = profileLike(4);
    const second = { ...first, notes: 'The other file’s version.' };
    const summary = await apply(app, [first, 'add'], [{ ...first }, 'add'], [second, 'keep-both']);
    expect(summary.alreadyPresent).toEqual([{ id: first.id, name: first.name }]);
    expect(summary.added).toEqual([{ id: first.id, name: first.name }, { id: expect.any(String), name: `${first.name} (imported)` }]);
    expect((await app.value('profiles.get', { id: first.id })).notes).toBe(first.notes);
    expect(await app.value('profiles.list', null)).toHaveLength(2);
  });
});

describe('the shipped examples, as the handlers receive them', () => {
  it('all import through the catalogue migration, each as one profile on the current catalogue', () => {
    expect(unimportableExamples).toEqual([]);
    for (const example of examples) expect(example.profile.catalogVersion, example.name).toBe(catalog.version);
  });
});
