import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, criterionIds, type Catalog, type Question } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import { migrateOptionId } from '../../../shared/migrate';
import type { Profile } from '../../../shared/profile';
import { catalogSteps, checkAnswers, migrateProfile, serializeProfileFile, type CatalogStep } from '../../../shared/profile-file';
import { accepted, refusal, validProfile } from './support';

const question = (id: string): Question => catalog.questions.find((candidate) => candidate.id === id)!;
const [stepOneToTwo] = catalogSteps;

/**
 * A catalogue version 3, as a later Hostwise might ship: "hardware" renamed "accelerators", the answer
 * "third-party" renamed "vetted", "hard-real-time" and the whole "legacy" question gone, "state" split into
 * "statefulness" and "neighbours", "data-residency" new, and the criterion "licensing" removed.
 */
const catalogThree: Catalog = {
  ...catalog,
  version: 3,
  criteria: catalog.criteria.filter((criterion) => criterion.id !== 'licensing'),
  questions: [
    ...catalog.questions
      .filter((candidate) => !['hardware', 'legacy', 'state'].includes(candidate.id))
      .map((candidate) => {
        if (candidate.id === 'code-trust') {
          return { ...candidate, answers: candidate.answers.map((answer) => (answer.id === 'third-party' ? { ...answer, id: 'vetted' } : answer)) };
        }
        if (candidate.id === 'latency') return { ...candidate, answers: candidate.answers.filter((answer) => answer.id !== 'hard-real-time') };
        return candidate;
      }),
    { ...question('hardware'), id: 'accelerators' },
    { ...question('state'), id: 'statefulness' },
    { ...question('tenancy'), id: 'neighbours' },
    { ...question('compliance'), id: 'data-residency' },
  ],
};

const stepTwo: CatalogStep = {
  from: 2,
  renamedQuestions: { hardware: 'accelerators' },
  removedQuestions: ['legacy'],
  answers: { 'code-trust': { 'third-party': 'vetted' }, latency: { 'hard-real-time': null } },
  splitQuestions: {
    state: {
      stateless: { statefulness: 'stateless', neighbours: 'single-tenant' },
      external: { statefulness: 'external' },
    },
  },
  addedQuestions: ['data-residency'],
  removedCriteria: ['licensing'],
  options: { vm: ['virtual-machine'], 'userspace-sandbox': ['gvisor', 'user-mode-linux'], 'microvm-sandbox': [] },
  changes: ['Catalogue 3 renamed “hardware”.'],
};

const oldProfile: Profile = {
  ...validProfile,
  catalogVersion: 2,
  answers: { hardware: 'gpu', 'code-trust': 'third-party', latency: 'hard-real-time', legacy: 'new', state: 'stateless', 'os-needs': 'linux' },
  weightOverrides: { isolation: 2, licensing: 5 },
  revisit: ['hardware'],
};

const options = { catalog: catalogThree, catalogSteps: [stepOneToTwo!, stepTwo] };

describe('catalogue migration: the mechanics, on a synthetic step 2 → 3', () => {
  it('carries renamed questions and answers, drops removed ones, fills split questions and marks new ones to revisit', () => {
    const parsed = accepted(serializeProfileFile([oldProfile]), options);
    const [migrated] = parsed.profiles;
    expect(migrated).toEqual({
      ...oldProfile,
      catalogVersion: 3,
      answers: { accelerators: 'gpu', 'code-trust': 'vetted', 'os-needs': 'linux', statefulness: 'stateless', neighbours: 'single-tenant' },
      weightOverrides: { isolation: 2 },
      revisit: expect.arrayContaining(['latency', 'data-residency']),
    });
    expect(migrated!.answers).not.toHaveProperty('legacy');
    expect(migrated!.answers).not.toHaveProperty('state');
    expect(parsed.catalogMigrations).toEqual([
      {
        profileId: oldProfile.id,
        fromCatalog: 2,
        revisit: migrated!.revisit,
        changes: ['Catalogue 3 renamed “hardware”.', 'Weights set by hand on criteria that no longer exist were dropped: licensing.'],
      },
    ]);
  });

  it('keeps an inferred answer marked through renames of its question and answer, and drops the mark where the answer went', () => {
    const cell = (answer: string) => ({ answer, source: "vInfo 'OS'", value: 'cell' });
    const inferred: Profile = {
      ...oldProfile,
      provenance: { hardware: cell('gpu'), 'code-trust': cell('third-party'), latency: cell('hard-real-time'), legacy: cell('new'), 'os-needs': cell('windows-legacy') },
    };
    const [migrated] = accepted(serializeProfileFile([inferred]), options).profiles;
    // Renamed question, renamed answer: still inferred. Removed question, answer with no equivalent, or an answer a
    // person changed since the import: no longer marked.
    expect(migrated!.provenance).toEqual({ accelerators: cell('gpu'), 'code-trust': cell('vetted') });
  });

  it('keeps the user’s own mark to revisit a question through its rename, even when it is answered', () => {
    const [migrated] = accepted(serializeProfileFile([oldProfile]), options).profiles;
    expect(migrated!.revisit).toEqual(['accelerators', 'latency', 'data-residency']);
  });

  it('marks every target of a split to revisit when the old answer has no equivalent', () => {
    const { profile } = migrateProfile({ ...oldProfile, answers: { state: 'local-persistent' } }, catalogThree, [stepTwo]);
    expect(profile.answers).toEqual({});
    expect(profile.revisit).toEqual(expect.arrayContaining(['statefulness', 'neighbours', 'data-residency']));
  });

  it('lets an answer the profile already gives a split target win over the one the split implies', () => {
    const { profile } = migrateProfile({ ...oldProfile, answers: { state: 'stateless', neighbours: 'multi-tenant' } }, catalogThree, [stepTwo]);
    expect(profile.answers).toEqual({ statefulness: 'stateless', neighbours: 'multi-tenant' });
  });

  it('saves the migrated profile with the new catalogue version, and it opens again unchanged', () => {
    const [migrated] = accepted(serializeProfileFile([oldProfile]), options).profiles;
    const again = accepted(serializeProfileFile([migrated!]), options);
    expect(again.profiles).toEqual([migrated]);
    expect(again.catalogMigrations).toEqual([]);
  });

  it('chains steps, carrying questions to revisit through later renames, and passes versions without a step', () => {
    const stepFour: CatalogStep = { from: 4, renamedQuestions: { accelerators: 'special-hardware' }, changes: [] };
    const catalogFive: Catalog = {
      ...catalogThree,
      version: 5,
      questions: catalogThree.questions.map((candidate) => (candidate.id === 'accelerators' ? { ...candidate, id: 'special-hardware' } : candidate)),
    };
    const parsed = accepted(serializeProfileFile([{ ...oldProfile, revisit: [] }]), { catalog: catalogFive, catalogSteps: [stepTwo, stepFour] });
    expect(parsed.profiles[0]!.answers).toMatchObject({ 'special-hardware': 'gpu', 'code-trust': 'vetted' });
    expect(parsed.profiles[0]!.revisit).toEqual(['latency', 'data-residency']);
    expect(parsed.profiles[0]!.catalogVersion).toBe(5);
  });

  it('refuses an answer the steps do not carry and the new catalogue does not know', () => {
    const error = refusal(serializeProfileFile([oldProfile]), { catalog: catalogThree, catalogSteps: [] });
    expect(error.code).toMatch(/^unknown-/);
  });

  it('refuses a profile answered against a newer catalogue than the app has', () => {
    const error = refusal(serializeProfileFile([{ ...validProfile, catalogVersion: catalog.version + 1 }]));
    expect(error).toMatchObject({ code: 'newer-catalog', path: '$.profiles[0].catalogVersion' });
    expect(error.message).toContain('Update Hostwise');
  });

  it('maps option ids: a rename to one id, a split to several, a removal to none, an unchanged id to itself', () => {
    expect(migrateOptionId('vm', 2, [stepTwo])).toEqual(['virtual-machine']);
    expect(migrateOptionId('userspace-sandbox', 2, [stepTwo])).toEqual(['gvisor', 'user-mode-linux']);
    expect(migrateOptionId('microvm-sandbox', 2, [stepTwo])).toEqual([]);
    expect(migrateOptionId('container', 2, [stepTwo])).toEqual(['container']);
    // A step before the option's version does not apply to it.
    expect(migrateOptionId('vm', 3, [stepTwo])).toEqual(['vm']);
  });

  it('ships one step per catalogue version that renamed or removed ids, none of them beyond the current version', () => {
    for (const step of catalogSteps) expect(step.from).toBeLessThan(catalog.version);
    expect(new Set(catalogSteps.map((step) => step.from)).size).toBe(catalogSteps.length);
  });
});

const v1 = (answers: Record<string, string>, extra: Partial<Profile> = {}): Profile => ({ ...validProfile, catalogVersion: 1, answers, ...extra });

describe('catalogue migration: the real step 1 → 2', () => {
  it('splits "sandboxed-container" into the micro-VM and the user-space-kernel sandbox, and keeps the other options', () => {
    expect(migrateOptionId('sandboxed-container', 1)).toEqual(['microvm-sandbox', 'userspace-sandbox']);
    for (const option of ['vm', 'container', 'container-on-vm']) expect(migrateOptionId(option, 1)).toEqual([option]);
  });

  it('renames team-skills to existing-platform, with its answers', () => {
    for (const [old, now] of [['vm-ops', 'vm-only'], ['containers', 'kubernetes'], ['both', 'both']] as const) {
      expect(migrateProfile(v1({ 'team-skills': old }), catalog).profile.answers).toEqual({ 'existing-platform': now });
    }
  });

  it('splits deployment-targets into portability-targets and hosting-environment', () => {
    const answersOf = (answer: string) => migrateProfile(v1({ 'deployment-targets': answer }), catalog).profile.answers;
    expect(answersOf('one-dc')).toEqual({ 'portability-targets': 'one-platform' });
    expect(answersOf('hybrid')).toEqual({ 'portability-targets': 'hybrid' });
    expect(answersOf('multi-cloud')).toEqual({ 'portability-targets': 'multi-cloud' });
    expect(answersOf('edge')).toEqual({ 'hosting-environment': 'edge' });
  });

  it('renames the answers catalogue 2 reworded', () => {
    const { profile } = migrateProfile(
      v1({ 'os-needs': 'linux-pinned-kernel', hardware: 'devices', 'automation-maturity': 'orchestrated' }),
      catalog,
    );
    expect(profile.answers).toEqual({ 'os-needs': 'linux-custom-kernel', hardware: 'host-devices', 'automation-maturity': 'ci-cd' });
    expect(checkAnswers(profile, catalog)).toBeNull();
  });

  it('marks the questions catalogue 2 added to revisit, unless the split already answered them', () => {
    const added = ['hosting-environment', 'hardware-virtualization', 'existing-platform', 'cpu-architecture', 'availability', 'scale-churn', 'workload-type'];
    expect(migrateProfile(v1({}), catalog).profile.revisit).toEqual(added);
    const edge = migrateProfile(v1({ 'deployment-targets': 'edge', 'team-skills': 'both' }), catalog).profile;
    expect(edge.revisit).toEqual(added.filter((id) => !['hosting-environment', 'existing-platform'].includes(id)));
  });

  it('drops a weight set by hand on os-compatibility, a criterion catalogue 2 removed, and says so', () => {
    const { profile, migration } = migrateProfile(v1({}, { weightOverrides: { 'os-compatibility': 4, isolation: 3 } }), catalog);
    expect(profile.weightOverrides).toEqual({ isolation: 3 });
    expect(migration.changes).toContain('Weights set by hand on criteria that no longer exist were dropped: os-compatibility.');
    expect(checkAnswers(profile, catalog)).toBeNull();
  });

  it('explains what changed in sentences the user is shown', () => {
    const { migration } = migrateProfile(v1({}), catalog);
    expect(migration.fromCatalog).toBe(1);
    expect(migration.changes).toEqual([...stepOneToTwo!.changes]);
    expect(migration.changes.some((sentence) => sentence.includes('Sandboxed container'))).toBe(true);
  });

  it('carries every answer of the v1 test fixture, and the profiles evaluate under catalogue 2', () => {
    const file = readFileSync(new URL('../../fixtures/migrations/catalog-1.hostwise', import.meta.url));
    const parsed = accepted(file);
    expect(parsed.profiles.map((profile) => profile.catalogVersion)).toEqual([2, 2, 2]);
    expect(parsed.profiles[0]!.answers).toEqual({
      'existing-platform': 'kubernetes',
      'os-needs': 'linux-custom-kernel',
      hardware: 'host-devices',
      'automation-maturity': 'ci-cd',
      'portability-targets': 'multi-cloud',
      'code-trust': 'own',
    });
    expect(parsed.profiles[0]!.weightOverrides).toEqual({ isolation: 3 });
    expect(parsed.profiles[1]!.answers).toEqual({ 'existing-platform': 'both', 'hosting-environment': 'edge', 'os-needs': 'windows-containerizable', hardware: 'gpu' });
    expect(parsed.profiles[2]!.answers).toMatchObject({ 'existing-platform': 'vm-only', 'portability-targets': 'one-platform', 'os-needs': 'linux' });
    for (const [index, migration] of parsed.catalogMigrations.entries()) {
      expect(migration.fromCatalog).toBe(1);
      expect(migration.revisit).toContain('hardware-virtualization');
      expect(migration.changes.length).toBeGreaterThanOrEqual(stepOneToTwo!.changes.length);
      expect(parsed.profiles[index]!.revisit).toEqual(migration.revisit);
    }
    for (const profile of parsed.profiles) {
      const evaluation = evaluate(profile, catalog, { samples: 0 });
      expect(evaluation.catalogVersion).toBe(2);
      expect(evaluation.ranking).toHaveLength(catalog.options.length);
    }
  });

  it('carries the v1 hostile-corpus profile and the version-0 fixture', () => {
    const hostileV1 = v1({ 'code-trust': 'own', 'os-needs': 'linux-any', 'load-pattern': 'bursty' }, { weightOverrides: { isolation: 2 } });
    const [carried] = accepted(serializeProfileFile([hostileV1])).profiles;
    expect(carried!.answers).toEqual({ 'code-trust': 'own', 'os-needs': 'linux', 'load-pattern': 'bursty' });
    expect(evaluate(carried!, catalog, { samples: 0 }).catalogVersion).toBe(2);
  });

  const examples = readdirSync(new URL('../../../assets/examples/', import.meta.url)).filter((name) => name.endsWith('.hostwise'));

  it.each(examples)('imports the catalogue-1 example %s under catalogue 2, carrying its answers, and evaluates it', (name) => {
    const text = readFileSync(new URL(`../../../assets/examples/${name}`, import.meta.url), 'utf8');
    const [original] = (JSON.parse(text) as { profiles: Profile[] }).profiles;
    expect(original!.catalogVersion).toBe(1);
    const parsed = accepted(text);
    const [profile] = parsed.profiles;
    expect(profile!.catalogVersion).toBe(2);
    // Every answer survives: as itself, or under its renamed or split question.
    const carriedCount = Object.keys(original!.answers).filter((id) => id !== 'deployment-targets').length + ('deployment-targets' in original!.answers ? 1 : 0);
    expect(Object.keys(profile!.answers)).toHaveLength(carriedCount);
    expect(profile!.answers).not.toHaveProperty('team-skills');
    expect(profile!.answers).not.toHaveProperty('deployment-targets');
    expect(checkAnswers(profile!, catalog)).toBeNull();
    const [migration] = parsed.catalogMigrations;
    expect(migration!.changes).toEqual(expect.arrayContaining([...stepOneToTwo!.changes]));
    expect(migration!.revisit).toEqual(expect.arrayContaining(['hardware-virtualization', 'availability', 'scale-churn']));
    expect(profile!.revisit).toEqual(migration!.revisit);
    const evaluation = evaluate(profile!, catalog, { samples: 0 });
    expect(Object.keys(evaluation.weights).sort()).toEqual([...criterionIds].sort());
    expect(evaluation.ranking.some((option) => !option.ruledOut)).toBe(true);
  });
});
