import { describe, expect, it } from 'vitest';
import { evaluateChecked, evaluationSummary } from '../../../electron/handlers/profiles';
import { catalog } from '../../../shared/catalog';
import { decisionStatus, standingOf } from '../../../shared/decision';
import { storedSummaryOf } from '../../../shared/engine/stored-summary';
import { parseRulesFile, rulesetOf, type HouseRules, type Ruleset } from '../../../shared/house-rules';
import { openQuestionsOf } from '../../../shared/portfolio/open-questions';
import type { Profile } from '../../../shared/profile';
import { exampleRules } from '../handlers/support';
import { variedLibrary } from './library';

const acmeRuleset = rulesetOf(catalog, (parseRulesFile(exampleRules, catalog) as { ok: true; rules: HouseRules }).rules);
const plainRuleset = rulesetOf(catalog, null);

/** The summary of one full evaluation, the simulation always run: what the saved summary must equal. */
function fromFullEvaluation(profile: Profile, ruleset: Ruleset) {
  const evaluation = evaluateChecked(profile, ruleset);
  return {
    ...storedSummaryOf(evaluation.recommendation),
    decision: standingOf(decisionStatus(profile, evaluation)),
    openQuestions: openQuestionsOf(evaluation.answerFirst),
  };
}

describe('the saved summary, the simulation run only for a recommendation to rate', () => {
  it.each([
    ['the plain catalogue', plainRuleset],
    ['the house rules', acmeRuleset],
  ])('equals the summary of a full evaluation for every profile of a varied library, under %s', (_, ruleset) => {
    const library = variedLibrary(ruleset, 60, 3).filter((_, index) => index % 3 === 0);
    const readable = library.filter((profile) => {
      try {
        evaluateChecked(profile, ruleset, { samples: 0 });
        return true;
      } catch {
        return false;
      }
    });
    const summaries = readable.map((profile) => evaluationSummary(profile, ruleset));
    expect(summaries).toEqual(readable.map((profile) => fromFullEvaluation(profile, ruleset)));
    // Both kinds are in the library: rated recommendations, and profiles with none to rate.
    expect(summaries.some((summary) => summary.confidence !== null)).toBe(true);
    expect(summaries.some((summary) => summary.winner === null)).toBe(true);
  });
});
