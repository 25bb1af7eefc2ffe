import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { portfolioHeaders } from '../../../electron/export/portfolio-table';
import { portfolioWorkbookTexts } from '../export/portfolio-workbook';
import { nodeFiles } from '../../../electron/files';
import { exportPortfolio } from '../../../electron/handlers/export-portfolio';
import { catalog } from '../../../shared/catalog';
import { examples, profileLike, saved, startApp, tempDir, type App } from './support';

/** Names a spreadsheet would read as a formula: OWASP's list (tab and CR leading too) and the full-width forms. */
const hostileNames = ["=cmd|' /C calc'!A0", '+1', '-1', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)'];
const formulaStart = /^[=+\-@\t\r\n＝＋－＠]/;

/** An app with a saved profile of each hostile name (the profile schema trims a name's leading whitespace). */
async function hostileApp(): Promise<{ app: App; ids: string[] }> {
  const app = await startApp();
  const profiles = await saved(app, ...hostileNames.map((name, index) => profileLike(index, { name })));
  return { app, ids: profiles.map((profile) => profile.id) };
}

async function exported(app: App, ids: string[], format: 'csv' | 'xlsx'): Promise<string> {
  const path = join(await tempDir('hostwise-export-portfolio-'), `portfolio.${format}`);
  app.dialogs.answerSave(path);
  expect(await app.value('export.portfolio', { ids, format })).toEqual({ saved: true, path });
  return path;
}

async function csvRows(path: string): Promise<string[][]> {
  return parse(await readFile(path), { bom: true }) as string[][];
}

const optionName = (id: string) => catalog.options.find((option) => option.id === id)!.name;

/** A column of the portfolio table, by its header. */
const column = (header: string) => portfolioHeaders.indexOf(header);

describe('export.portfolio', () => {
  it('writes a CSV of one row per workload, every formula-like cell neutralised, that opens with the headers', async () => {
    const { app, ids } = await hostileApp();
    const path = await exported(app, ids, 'csv');
    expect(app.dialogs.asked).toEqual(['Export table']);
    // A byte order mark first: Excel reads UTF-8 only with it.
    expect([...(await readFile(path)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = await csvRows(path);
    expect(header).toEqual(portfolioHeaders);
    expect(rows).toHaveLength(hostileNames.length);
    expect(rows.map((row) => row[1])).toEqual(hostileNames.map((name) => `'${name.trimStart()}`));
    for (const cell of rows.flat()) expect(cell).not.toMatch(formulaStart);
    expect(rows.every((row) => row[0] === '' && row[column('Status')] !== '' && row[column('Leading option')] !== '' && row[column('Decision')] === 'Undecided')).toBe(true);
  });

  it('writes the same cells as an XLSX workbook of text, never a formula', async () => {
    const { app, ids } = await hostileApp();
    const workbook = await portfolioWorkbookTexts(await exported(app, ids, 'xlsx'));
    expect(workbook).toHaveLength(hostileNames.length + 1);
    for (const text of workbook.flat()) expect(text).not.toMatch(formulaStart);
    expect(workbook).toEqual(await csvRows(await exported(app, ids, 'csv')));
  });

  it('evaluates each profile in full: runner-up, reasons and the questions to answer first, in the order asked, each once', async () => {
    const app = await startApp();
    const profiles = await saved(app, ...examples.map((_, index) => profileLike(index)));
    const ids = profiles.map((profile) => profile.id).reverse();
    const rows = (await csvRows(await exported(app, [...ids, ids[0]!], 'csv'))).slice(1);
    expect(rows.map((row) => row[1])).toEqual([...profiles].reverse().map((profile) => profile.name));
    for (const row of rows) expect(row[column('Deciding reasons')]).not.toBe('');
    expect(rows.some((row) => row[column('Runner-up')] !== '')).toBe(true);
    expect(rows.some((row) => row[column('Answer these first')] !== '')).toBe(true);
    expect(rows.some((row) => /^\d+(\.\d)?$/.test(row[column('Margin (points)')]!))).toBe(true);
  });

  it('writes each workload’s group in the Group column, a hostile group neutralised', async () => {
    const app = await startApp();
    const [plain, hostile, none] = await saved(app, profileLike(0, { group: 'Payments' }), profileLike(1, { group: '=HYPERLINK("x")' }), profileLike(2));
    const [, ...rows] = await csvRows(await exported(app, [plain!.id, hostile!.id, none!.id], 'csv'));
    expect(rows.map((row) => row[0])).toEqual(['Payments', `'=HYPERLINK("x")`, '']);
  });

  it('says in the Decision column which option was accepted or chosen instead, and when it is stale', async () => {
    const app = await startApp();
    await app.value('settings.signer.set', { name: 'Ada Architect' });
    const edge = examples.findIndex(({ name }) => name === 'edge-iot-gateways.hostwise');
    const [accepted, overridden, undecided] = await saved(app, profileLike(edge), profileLike(edge), profileLike(edge));
    const decided = await app.value('profiles.decide', { id: accepted!.id, kind: 'accept' });
    await app.value('profiles.decide', { id: overridden!.id, kind: 'override', option: 'vm', justification: 'The operations team runs only VMs.' });
    const ids = [accepted!.id, overridden!.id, undecided!.id];
    const decisions = async () => (await csvRows(await exported(app, ids, 'csv'))).slice(1).map((row) => row[column('Decision')]);
    const option = optionName(decided.decision!.option);
    expect(await decisions()).toEqual([`Accepted: ${option}`, `Overridden: ${optionName('vm')}`, 'Undecided']);

    await app.value('profiles.save', { profile: { ...decided, weightOverrides: { ...decided.weightOverrides, isolation: 9 } } });
    expect(await decisions()).toEqual([`Accepted: ${option} (stale)`, `Overridden: ${optionName('vm')}`, 'Undecided']);
  });

  it('lets the event loop turn while the profiles are evaluated, so the window is answered during a large export', async () => {
    const app = await startApp();
    const ids = (await saved(app, ...Array.from({ length: 40 }, (_, index) => profileLike(index)))).map((profile) => profile.id);
    // Turns of the event loop until the table is written, i.e. while the profiles are evaluated.
    let writing = false;
    let turns = 0;
    const count = () => {
      turns += 1;
      if (!writing) setImmediate(count);
    };
    const files = {
      ...nodeFiles,
      writeFile(path: string, data: Uint8Array | string) {
        writing = true;
        return nodeFiles.writeFile(path, data);
      },
    };
    app.dialogs.answerSave(join(await tempDir('hostwise-export-portfolio-'), 'portfolio.csv'));
    setImmediate(count);
    expect(await exportPortfolio({ ...app, files }, ids, 'csv')).toMatchObject({ saved: true });
    expect(turns).toBeGreaterThanOrEqual(40 / 5);
  });

  it('saves nothing when the dialog is cancelled', async () => {
    const { app, ids } = await hostileApp();
    app.dialogs.answerSave(null);
    expect(await app.value('export.portfolio', { ids, format: 'xlsx' })).toEqual({ saved: false });
  });

  it('refuses an id that is not saved before asking where to save', async () => {
    const { app, ids } = await hostileApp();
    expect(await app.failure('export.portfolio', { ids: [...ids, randomUUID()], format: 'csv' })).toMatchObject({ code: 'profile-not-found' });
    expect(app.dialogs.asked).toEqual([]);
  });
});
