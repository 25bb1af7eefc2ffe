import { describe, expect, it } from 'vitest';
import { catalog, type Catalog, type Question } from '../../../shared/catalog';
import type { Profile } from '../../../shared/profile';
import { catalogSteps, serializeProfileFile, type CatalogStep } from '../../../shared/profile-file';
import { accepted, refusal, validProfile } from './support';

const question = (id: string): Question => catalog.questions.find((candidate) => candidate.id === id)!;

/**
 * A catalogue version 2, as a later Hostwise might ship: "hardware" renamed "accelerators", the answer
 * "third-party" renamed "vetted", "hard-real-time" and the whole "team-skills" question gone, "data-residency" new.
 */
const catalogTwo: Catalog = {
  ...catalog,
  version: 2,
  questions: [
    ...catalog.questions
      .filter((candidate) => !['hardware', 'team-skills'].includes(candidate.id))
      .map((candidate) => {
        if (candidate.id === 'code-trust') {
          return { ...candidate, answers: candidate.answers.map((answer) => (answer.id === 'third-party' ? { ...answer, id: 'vetted' } : answer)) };
        }
        if (candidate.id === 'latency') return { ...candidate, answers: candidate.answers.filter((answer) => answer.id !== 'hard-real-time') };
        return candidate;
      }),
    { ...question('hardware'), id: 'accelerators' },
    { ...question('compliance'), id: 'data-residency' },
  ],
};

const stepOne: CatalogStep = {
  from: 1,
  renamedQuestions: { hardware: 'accelerators' },
  removedQuestions: ['team-skills'],
  answers: { 'code-trust': { 'third-party': 'vetted' }, latency: { 'hard-real-time': null } },
  addedQuestions: ['data-residency'],
};

const oldProfile: Profile = {
  ...validProfile,
  answers: { hardware: 'gpu', 'code-trust': 'third-party', latency: 'hard-real-time', 'team-skills': 'both', 'os-needs': 'linux-any' },
  revisit: ['hardware'],
};

const options = { catalog: catalogTwo, catalogSteps: [stepOne] };

describe('catalogue migration', () => {
  it('carries renamed questions and answers, drops what has no equivalent and marks it to revisit', () => {
    const parsed = accepted(serializeProfileFile([oldProfile]), options);
    expect(parsed.profiles).toEqual([
      {
        ...oldProfile,
        catalogVersion: 2,
        answers: { accelerators: 'gpu', 'code-trust': 'vetted', 'os-needs': 'linux-any' },
        revisit: ['accelerators', 'latency', 'data-residency'],
      },
    ]);
    expect(parsed.catalogMigrations).toEqual([
      { profileId: oldProfile.id, fromCatalog: 1, revisit: ['accelerators', 'latency', 'data-residency'] },
    ]);
  });

  it('saves the migrated profile with the new catalogue version', () => {
    const [migrated] = accepted(serializeProfileFile([oldProfile]), options).profiles;
    const again = accepted(serializeProfileFile([migrated!]), options);
    expect(again.profiles).toEqual([migrated]);
    expect(again.catalogMigrations).toEqual([]);
  });

  it('chains steps, carrying questions to revisit through later renames, and passes versions without a step', () => {
    const stepThree: CatalogStep = { from: 3, renamedQuestions: { accelerators: 'special-hardware' } };
    const catalogFour: Catalog = {
      ...catalogTwo,
      version: 4,
      questions: catalogTwo.questions.map((candidate) => (candidate.id === 'accelerators' ? { ...candidate, id: 'special-hardware' } : candidate)),
    };
    const parsed = accepted(serializeProfileFile([oldProfile]), { catalog: catalogFour, catalogSteps: [stepOne, stepThree] });
    expect(parsed.profiles[0]!.answers).toEqual({ 'special-hardware': 'gpu', 'code-trust': 'vetted', 'os-needs': 'linux-any' });
    expect(parsed.profiles[0]!.revisit).toEqual(['special-hardware', 'latency', 'data-residency']);
    expect(parsed.profiles[0]!.catalogVersion).toBe(4);
  });

  it('refuses an answer the steps do not carry and the new catalogue does not know', () => {
    const error = refusal(serializeProfileFile([oldProfile]), { catalog: catalogTwo, catalogSteps: [] });
    expect(error).toMatchObject({ code: 'unknown-answer', path: '$.profiles[0].answers["code-trust"]' });
  });

  it('refuses a profile answered against a newer catalogue than the app has', () => {
    const error = refusal(serializeProfileFile([{ ...validProfile, catalogVersion: catalog.version + 1 }]));
    expect(error).toMatchObject({ code: 'newer-catalog', path: '$.profiles[0].catalogVersion' });
    expect(error.message).toContain('Update Hostwise');
  });

  it('ships one step per catalogue version that renamed or removed ids, none of them beyond the current version', () => {
    for (const step of catalogSteps) expect(step.from).toBeLessThan(catalog.version);
    expect(new Set(catalogSteps.map((step) => step.from)).size).toBe(catalogSteps.length);
  });
});
