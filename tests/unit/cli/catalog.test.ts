import { describe, expect, it } from 'vitest';
import { catalog, citationOf } from '../../../shared/catalog';
import { hostwise } from './support';

describe('hostwise catalog', () => {
  it('prints criteria, options, every rating with its rationale and citation, every question and answer', async () => {
    const run = await hostwise('catalog');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Hostwise catalogue, version ${catalog.version}`);
    for (const criterion of catalog.criteria) expect(run.stdout).toContain(criterion.name);
    for (const option of catalog.options) expect(run.stdout).toContain(`${option.name} (${option.id})`);
    for (const rating of catalog.ratings) {
      const citation = citationOf(rating.basis, catalog);
      const range = `${rating.likely}/10 (${rating.low}–${rating.high})`;
      expect(run.stdout).toContain(`${range}. ${rating.rationale} [${citation.source}, ${citation.publisher}, ${citation.section}`);
      if (citation.url) expect(run.stdout).toContain(`${citation.section}, ${citation.url}]`);
    }
    for (const question of catalog.questions) {
      expect(run.stdout).toContain(`  ${question.id}: ${question.text}`);
      for (const answer of question.answers) expect(run.stdout).toContain(`    - ${answer.id}: ${answer.label}`);
    }
  });

  it('prints what each answer does', async () => {
    const { stdout } = await hostwise('catalog');
    expect(stdout).toMatch(/- untrusted: .*\n(?: {8}.*\n)* {8}Raises the weight of Isolation and security \(\+2\)\./);
    expect(stdout).toMatch(/- untrusted: .*\n(?: {8}.*\n)* {8}Rules out Containers on bare metal: Untrusted code must not run in a plain container/);
    expect(stdout).toMatch(/- not-available: .*\n(?: {8}.*\n)* {8}Rules out Micro-VM sandboxed containers: /);
  });

  it('prints the catalogue itself with --json', async () => {
    const run = await hostwise('catalog', '--json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { version: number };
    expect(printed.version).toBe(2);
    expect(printed).toEqual(JSON.parse(JSON.stringify(catalog)));
  });
});
