import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog } from '../../shared/catalog';
import type { Profile } from '../../shared/profile';
import { parseProfileFile } from '../../shared/profile-file';
import { expect, test } from './fixtures';
import { readPdf } from './pdf';

const examples = ['multi-tenant-saas', 'legacy-windows-erp'];

function example(name: string): Profile {
  const parsed = parseProfileFile(readFileSync(`assets/examples/${name}.hostwise`));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.profiles[0]!;
}


test.describe('the PDF report', () => {
  test('carries the recommendation, every option, criterion and citation, vector charts and its profile file', async ({ host }) => {
    const profile = example('multi-tenant-saas');
    await host.handlers['profiles.save']({ profile });
    const out = mkdtempSync(join(tmpdir(), 'hostwise-pdf-'));
    const path = join(out, 'report.pdf');
    host.dialogs.answerSave(path);

    const outcome = await host.handlers['export.pdf']({ ids: [profile.id], paper: 'A4' });
    expect(outcome).toEqual({ ok: true, value: { saved: true, path } });

    const pdf = await readPdf(path);
    const text = await pdf.text();
    expect(text).toContain(profile.name);
    expect(text).toContain('Three methods');
    for (const option of catalog.options) expect(text).toContain(option.name);
    for (const criterion of catalog.criteria) expect(text).toContain(criterion.name);
    for (const { basis } of catalog.ratings) {
      expect(text).toContain(basis.kind === 'source' ? catalog.sources[basis.source]?.title : 'Practitioner judgement');
    }
    // Charts are vectors: the PDF holds no raster image at all.
    expect(await pdf.imageCount()).toBe(0);
    // Pages for a person to look at.
    await pdf.renderPages(join('test-results', 'report-a4'), { dpi: 60 });

    // Importing the PDF gives back exactly the profile it was made from.
    const base64 = readFileSync(path).toString('base64');
    const preview = await host.handlers['import.preview']({ source: 'files', files: [{ name: 'report.pdf', base64 }] });
    expect(preview).toMatchObject({ ok: true });
    const files = preview.ok ? (preview.value as { files: { profiles: { profile: Profile; status: string }[] }[] }).files : [];
    expect(files[0]?.profiles).toEqual([{ profile: host.store.get(profile.id), status: 'same' }]);
  });

  test('prints a portfolio of several profiles on Letter paper with a summary first', async ({ host }) => {
    const profiles = examples.map(example);
    for (const profile of profiles) await host.handlers['profiles.save']({ profile });
    const path = join(mkdtempSync(join(tmpdir(), 'hostwise-pdf-')), 'portfolio.pdf');
    host.dialogs.answerSave(path);

    await host.handlers['export.pdf']({ ids: profiles.map((p) => p.id), paper: 'Letter' });

    const pdf = await readPdf(path);
    expect(new Set(await pdf.papers())).toEqual(new Set(['Letter']));
    const text = await pdf.text();
    const upper = text.toUpperCase();
    expect(upper.indexOf('HOSTWISE PORTFOLIO REPORT')).toBeGreaterThan(-1);
    expect(upper.indexOf('HOSTWISE PORTFOLIO REPORT')).toBeLessThan(upper.indexOf('HOSTWISE RECOMMENDATION'));
    expect(text).toContain('2 workloads');
    for (const profile of profiles) expect(text).toContain(profile.name);
    await pdf.renderPages(join('test-results', 'report-portfolio'), { dpi: 60, count: 2 });
    writeFileSync(join('test-results', 'portfolio.pdf'), readFileSync(path));
  });
});
