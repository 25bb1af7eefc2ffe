import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { checkAnswers } from '../../../shared/profile-file';

describe('checkAnswers, shared with the main process', () => {
  it('accepts answers and questions to revisit the catalogue knows', () => {
    expect(checkAnswers({ answers: { 'code-trust': 'untrusted', latency: 'tolerant' }, revisit: ['hardware'], weightOverrides: {} }, catalog)).toBeNull();
  });

  it('names an unknown question, with a path relative to the profile', () => {
    expect(checkAnswers({ answers: { 'code-trust': 'own', budget: 'low' }, revisit: [], weightOverrides: {} }, catalog)).toMatchObject({
      code: 'unknown-question',
      path: '$.answers.budget',
    });
  });

  it('names an unknown answer and lists the answers the question accepts', () => {
    const error = checkAnswers({ answers: { tenancy: 'everyone' }, revisit: [], weightOverrides: {} }, catalog);
    expect(error).toMatchObject({ code: 'unknown-answer', path: '$.answers.tenancy' });
    expect(error?.message).toContain('single-tenant, internal-teams, multi-tenant');
  });

  it('checks the questions to revisit, and places the path where the caller says the profile is', () => {
    expect(checkAnswers({ answers: {}, revisit: ['latency', 'budget'], weightOverrides: {} }, catalog, ['profiles', 4])).toMatchObject({
      code: 'unknown-question',
      path: '$.profiles[4].revisit[1]',
    });
  });

  it('names a hand-set weight on a criterion the catalogue does not weigh (os-compatibility left catalogue 1)', () => {
    const error = checkAnswers({ answers: {}, revisit: [], weightOverrides: { 'os-compatibility': 3 } }, catalog);
    expect(error).toMatchObject({ code: 'unknown-criterion', path: '$.weightOverrides["os-compatibility"]' });
    expect(error?.message).toContain('licensing');
    expect(checkAnswers({ answers: {}, revisit: [], weightOverrides: { licensing: 3, availability: 0 } }, catalog)).toBeNull();
  });
});
