import { describe, expect, it } from 'vitest';
import { catalog, criterionIds, optionIds, type Basis, type Catalog, type CriterionId, type OptionId } from '../../../shared/catalog';
import { catalogProblems, catalogSchema } from '../../../shared/catalog/schema';

const rating = (option: OptionId, criterion: CriterionId) =>
  catalog.ratings.find((r) => r.option === option && r.criterion === criterion)!;

/** Every basis in the catalogue, with where it sits. */
const bases = (of: Catalog): [string, Basis][] => [
  ...of.criteria.map((entry) => [`criterion ${entry.id}`, entry.basis] as [string, Basis]),
  ...of.options.map((entry) => [`option ${entry.id}`, entry.basis] as [string, Basis]),
  ...of.ratings.map((entry) => [`rating ${entry.option} × ${entry.criterion}`, entry.basis] as [string, Basis]),
  ...of.rules.map((entry) => [`rule ${entry.id}`, entry.basis] as [string, Basis]),
];

const copy = (): Catalog => structuredClone(catalog);

describe('the catalogue', () => {
  it('is version 2, passes its schema and has no cross-reference problems', () => {
    expect(catalog.version).toBe(2);
    const parsed = catalogSchema.safeParse(catalog);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('conditions every rule it ships on some answer (only house rules may hold for every workload)', () => {
    expect(catalog.rules.filter((rule) => Object.keys(rule.when).length === 0).map((rule) => rule.id)).toEqual([]);
  });

  it('rates every option on every criterion exactly once, as a 0–10 range, with a rationale and a basis', () => {
    for (const option of optionIds) {
      for (const criterion of criterionIds) {
        const found = catalog.ratings.filter((r) => r.option === option && r.criterion === criterion);
        expect(found, `${option} × ${criterion}`).toHaveLength(1);
        const [only] = found;
        expect(0 <= only!.low && only!.low <= only!.likely && only!.likely <= only!.high && only!.high <= 10, `${option} × ${criterion}`).toBe(true);
        expect(only!.rationale.length).toBeGreaterThan(20);
      }
    }
    expect(catalog.ratings).toHaveLength(optionIds.length * criterionIds.length);
  });

  it('gives every criterion, option, rating and rule a known source (title, publisher, a URL unless the seed) or reasoned judgement', () => {
    for (const [where, basis] of bases(catalog)) {
      if (basis.kind === 'judgement') {
        expect(basis.reasoning.length, where).toBeGreaterThan(30);
        continue;
      }
      expect(basis.locator.trim(), where).not.toBe('');
      const source = catalog.sources[basis.source];
      expect(source, `${where} cites ${basis.source}`).toBeDefined();
      expect(source!.title.trim(), where).not.toBe('');
      expect(source!.publisher.trim(), where).not.toBe('');
      expect(source!.supports.trim(), where).not.toBe('');
      if (basis.source === 'seed') expect(source!.url).toBeUndefined();
      else expect(source!.url, `${where} cites ${basis.source}`).toMatch(/^https:\/\//);
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
    for (const [where, basis] of bases(catalog)) {
      if (basis.kind !== 'source' || basis.source !== 'seed') continue;
      expect(seedSections.some((section) => basis.locator.startsWith(section)), `${where}: ${basis.locator}`).toBe(true);
    }
  });

  it('says why every answer that moves weights moves them', () => {
    for (const question of catalog.questions) {
      for (const answer of question.answers) {
        if (answer.weights && Object.keys(answer.weights).length > 0) expect(answer.weightsWhy?.trim(), `${question.id}=${answer.id}`).toBeTruthy();
      }
    }
  });

  it('starts every option equal on similarity and context criteria: a neutral baseline only answers move', () => {
    const neutral = catalog.criteria.filter((criterion) => criterion.kind === 'similarity' || criterion.kind === 'context');
    expect(neutral.map((criterion) => criterion.id).sort()).toEqual(['automation', 'availability', 'licensing', 'resource-allocation', 'scalability']);
    for (const criterion of neutral) {
      const ranges = optionIds.map((option) => rating(option, criterion.id)).map(({ low, likely, high }) => ({ low, likely, high }));
      for (const range of ranges) expect(range, criterion.id).toEqual(ranges[0]);
    }
    for (const criterion of catalog.criteria.filter((entry) => entry.kind === 'context')) expect(criterion.baseWeight).toBe(0);
  });

  it('agrees with the seed: containers lead on efficiency and portability; VMs on isolation', () => {
    for (const criterion of ['resource-efficiency', 'portability'] as const) {
      expect(rating('container', criterion).likely).toBeGreaterThan(rating('vm', criterion).likely);
    }
    expect(rating('container', 'performance').likely).toBeGreaterThanOrEqual(rating('vm', 'performance').likely);
    expect(rating('vm', 'isolation').likely).toBeGreaterThan(rating('container', 'isolation').likely);
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

  it('rules options out only under a condition, and gives every rule a reason the user can read', () => {
    const ruleOuts = catalog.rules.filter((rule) => rule.effect.kind === 'rule-out');
    expect(ruleOuts.length).toBeGreaterThan(0);
    for (const rule of catalog.rules) {
      expect(Object.keys(rule.when).length, rule.id).toBeGreaterThan(0);
      expect(rule.reason.length, rule.id).toBeGreaterThan(20);
    }
  });
});

describe('the catalogue checks catch a broken catalogue', () => {
  it('fails when a rating has no basis', () => {
    const broken = copy();
    delete (broken.ratings[0] as Partial<(typeof broken.ratings)[number]>).basis;
    expect(catalogSchema.safeParse(broken).success).toBe(false);
  });

  it('fails when a rating cites a source the catalogue does not hold', () => {
    const broken = copy();
    broken.ratings[3]!.basis = { kind: 'source', source: 'no-such-source', locator: 'p. 1' };
    expect(catalogProblems(broken)).toContain(`rating ${broken.ratings[3]!.option} × ${broken.ratings[3]!.criterion} cites unknown source no-such-source`);
  });

  it('fails when a judgement has no reasoning, or a rule no basis', () => {
    const broken = copy();
    broken.ratings[0]!.basis = { kind: 'judgement', reasoning: ' ' };
    expect(catalogSchema.safeParse(broken).success).toBe(false);
    const noRuleBasis = copy();
    delete (noRuleBasis.rules[0] as Partial<(typeof noRuleBasis.rules)[number]>).basis;
    expect(catalogSchema.safeParse(noRuleBasis).success).toBe(false);
  });

  it('fails when a rating is missing, or an answer moves weights without saying why', () => {
    const missing = copy();
    const [removed] = missing.ratings.splice(0, 1);
    expect(catalogProblems(missing)).toContain(`no rating of ${removed!.option} on ${removed!.criterion}`);
    const silent = copy();
    const answer = silent.questions.flatMap((question) => question.answers).find((candidate) => candidate.weights)!;
    delete answer.weightsWhy;
    expect(catalogSchema.safeParse(silent).success).toBe(false);
  });
});
