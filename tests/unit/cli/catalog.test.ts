import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { hostwise } from './support';

describe('hostwise catalog', () => {
  it('prints criteria, options, every rating with its rationale and citation, every question and answer', async () => {
    const run = await hostwise('catalog');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Hostwise catalogue, version ${catalog.version}`);
    for (const criterion of catalog.criteria) expect(run.stdout).toContain(criterion.name);
    for (const option of catalog.options) expect(run.stdout).toContain(`${option.name} (${option.id})`);
    for (const rating of catalog.ratings) {
      expect(run.stdout).toContain(`${rating.score}/10. ${rating.rationale} [${rating.citation.source}, ${rating.citation.section}`);
    }
    for (const question of catalog.questions) {
      expect(run.stdout).toContain(`  ${question.id}: ${question.text}`);
      for (const answer of question.answers) expect(run.stdout).toContain(`    - ${answer.id}: ${answer.label}`);
    }
  });

  it('prints what each answer does', async () => {
    const { stdout } = await hostwise('catalog');
    expect(stdout).toMatch(/- untrusted: .*\n(?: {8}.*\n)* {8}Rules out Container: Untrusted code must not run in a plain container/);
  });

  it('prints the catalogue itself with --json', async () => {
    const run = await hostwise('catalog', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(catalog)));
  });
});
