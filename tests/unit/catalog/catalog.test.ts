import { describe, expect, it } from 'vitest';
import { catalog, criterionIds, optionIds, type CriterionId, type OptionId } from '../../../shared/catalog';

const rating = (option: OptionId, criterion: CriterionId) =>
  catalog.ratings.find((r) => r.option === option && r.criterion === criterion)?.score;

describe('the catalogue', () => {
  it('rates every option on every criterion exactly once, 0–10, with a rationale and a citation', () => {
    for (const option of optionIds) {
      for (const criterion of criterionIds) {
        const found = catalog.ratings.filter((r) => r.option === option && r.criterion === criterion);
        expect(found, `${option} × ${criterion}`).toHaveLength(1);
        const [only] = found;
        expect(only!.score).toBeGreaterThanOrEqual(0);
        expect(only!.score).toBeLessThanOrEqual(10);
        expect(only!.rationale.length).toBeGreaterThan(20);
        expect(only!.citation.source).not.toBe('');
        expect(only!.citation.section).not.toBe('');
      }
    }
    expect(catalog.ratings).toHaveLength(optionIds.length * criterionIds.length);
  });

  it('agrees with the seed: containers lead on efficiency, performance and portability; VMs on isolation and OS', () => {
    for (const criterion of ['resource-efficiency', 'performance', 'portability'] as const) {
      expect(rating('container', criterion)!).toBeGreaterThan(rating('vm', criterion)!);
    }
    for (const criterion of ['isolation', 'os-compatibility'] as const) {
      expect(rating('vm', criterion)!).toBeGreaterThan(rating('container', criterion)!);
    }
  });

  it('cites seed sections that exist in the seed document', () => {
    const seedSections = [
      'Virtualization',
      'Containerization',
      'Differences 1: Resource Efficiency',
      'Differences 2: Performance',
      'Differences 3: Isolation',
      'Differences 4: Portability',
      'Similarities 1: Isolation',
      'Similarities 2: Resource Allocation',
      'Similarities 3: Scalability',
      'Similarities 4: Automation',
    ];
    const citations = [
      ...catalog.criteria.map((c) => c.citation),
      ...catalog.ratings.map((r) => r.citation),
      ...catalog.options.map((o) => o.citation),
    ];
    for (const citation of citations.filter((c) => c.source === 'seed')) {
      expect(seedSections).toContain(citation.section);
    }
    for (const citation of citations.filter((c) => c.source !== 'seed')) {
      expect(citation.url).toMatch(/^https:\/\//);
    }
  });

  it('has the criteria and options with their stable ids, in order', () => {
    expect(catalog.criteria.map((c) => c.id)).toEqual([...criterionIds]);
    expect(catalog.options.map((o) => o.id)).toEqual([...optionIds]);
  });

  it('has at least 12 questions with unique ids, each with unique answers, in known themes', () => {
    expect(catalog.questions.length).toBeGreaterThanOrEqual(12);
    const questionIds = catalog.questions.map((q) => q.id);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    const themes = catalog.themes.map((t) => t.id);
    for (const question of catalog.questions) {
      expect(themes).toContain(question.theme);
      const answerIds = question.answers.map((a) => a.id);
      expect(new Set(answerIds).size, question.id).toBe(answerIds.length);
      expect(answerIds.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('never rules out the virtual machine, so every profile keeps a feasible option', () => {
    const ruledOut = catalog.questions.flatMap((q) => q.answers.flatMap((a) => a.ruleOut ?? []));
    expect(ruledOut.length).toBeGreaterThan(0);
    expect(ruledOut.filter((r) => r.option === 'vm')).toEqual([]);
  });

  it('gives every rule-out and rating adjustment a reason the user can read', () => {
    for (const answer of catalog.questions.flatMap((q) => q.answers)) {
      for (const effect of [...(answer.ruleOut ?? []), ...(answer.ratings ?? [])]) {
        expect(effect.reason.length, answer.id).toBeGreaterThan(20);
      }
    }
  });
});
