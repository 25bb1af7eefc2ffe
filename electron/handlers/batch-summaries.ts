import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import type { RulesDesk } from '../rules/desk';
import type { EvaluationSummary } from '../store';
import { evaluationSummary } from './profiles';

/**
 * The evaluation summaries of a batch of profiles about to be saved (an import, a bulk answer), in their order, on
 * the evaluation pool's threads. A profile the catalogue refuses is evaluated once more here, to throw its own error.
 */
export async function batchSummaries(rules: RulesDesk, profiles: readonly Profile[], ruleset: Ruleset): Promise<EvaluationSummary[]> {
  const summaries = await rules.evaluateMany('summary', profiles, ruleset);
  return summaries.map((summary, index) => summary ?? evaluationSummary(profiles[index]!, ruleset));
}
