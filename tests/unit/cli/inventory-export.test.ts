import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { serializeProfileFile } from '../../../shared/profile-file';
import { validProfile } from '../../fixtures/hostile-cases';
import { example, exampleRulesFile, hostwise, writeTemp } from './support';
import { portfolioHeaders } from '../../../electron/cli/render-csv';

const formulaStart = /^[=+\-@\t\r\n＝＋－＠]/;

describe('hostwise evaluate --csv', () => {
  it('prints the portfolio, one row per workload, with every formula-like cell neutralised', async () => {
    const hostile = serializeProfileFile([
      { ...validProfile, name: "=cmd|' /C calc'!A0" },
      { ...validProfile, id: '9a0e3f7c-5b1d-4c2e-8f6a-1b2c3d4e5f60', name: '@SUM(1+1)*cmd|"/C calc"!A0' },
      { ...validProfile, id: '9a0e3f7c-5b1d-4c2e-8f6a-1b2c3d4e5f61', name: '＝HYPERLINK("http://evil")' },
    ]);
    const run = await hostwise('evaluate', '--csv', '--samples', '200', writeTemp('+hostile.hostwise', hostile), example('stateless-web-api'));
    expect(run.code).toBe(0);
    const [header, ...rows] = parse(run.stdout) as string[][];
    expect(header).toEqual(portfolioHeaders);
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ["'+hostile.hostwise", "'=cmd|' /C calc'!A0"],
      ["'+hostile.hostwise", "'@SUM(1+1)*cmd|\"/C calc\"!A0"],
      ["'+hostile.hostwise", "'＝HYPERLINK(\"http://evil\")"],
      ['stateless-web-api.hostwise', 'Public pricing API behind the mobile app'],
    ]);
    // A catalogue-1 example, migrated: not enough answers yet, so no confidence, and questions to answer first.
    expect(rows[3]!.slice(2, 5)).toEqual(['Not enough answers to recommend; leading so far: Containers on bare metal', '', 'Containers on VMs']);
    expect(rows[3]![5]).not.toBe('');
    expect(rows[3]![6]).toMatch(/\(hosting-environment\)/);
    for (const cell of rows.flat()) expect(cell).not.toMatch(formulaStart);
  });

  it('names the house rules entries that applied, and refuses --json with --csv', async () => {
    const run = await hostwise('evaluate', '--csv', '--samples', '0', '--rules', exampleRulesFile(), example('legacy-windows-erp'));
    expect(run.code).toBe(0);
    const [, row] = parse(run.stdout) as string[][];
    expect(row![3]).toBe('');
    expect(row![7]).toMatch(/\S/);
    expect((await hostwise('evaluate', '--csv', '--json', 'x.hostwise')).code).toBe(2);
  });
});
