import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import { workloadCells } from '../export/portfolio-table';
import { evaluationSummary, listedEvaluation } from '../handlers/profiles';
import type { EvaluationSummary } from '../store';

/**
 * A pure piece of work on one profile under a ruleset, run in the evaluation workers: its result is plain JSON (it
 * crosses threads). `inputsOf` is everything of the profile the result depends on: profiles with equal inputs get
 * one evaluation, whose result they share.
 */
export interface ProfileTask<Result> {
  run(profile: Profile, ruleset: Ruleset): Result;
  inputsOf(profile: Profile): unknown;
}

/** A profile the rules in force cannot read (an answer to a question they lack) has no summary: it keeps the one it has. */
function summaryOrNull(profile: Profile, ruleset: Ruleset): EvaluationSummary | null {
  try {
    return evaluationSummary(profile, ruleset);
  } catch {
    return null;
  }
}

/**
 * The summary reads the answers, weights and decision (evaluation and standing), the questions to revisit and
 * whether a rules stamp is present (the check of answers); never the name, id, notes or times (the name only
 * reaches the recommendation's text, which the summary drops). The seed is fixed, so equal inputs give equal summaries.
 */
function summaryInputs({ answers, weightOverrides, decision, revisit, houseRules }: Profile): unknown {
  return { answers, weightOverrides, decision, revisit, stamped: houseRules !== undefined };
}

/** A workload's cells of the portfolio table, Recommendation to Decision: like the summary, they read no name or group. */
function portfolioCells(profile: Profile, ruleset: Ruleset): string[] {
  return workloadCells(profile, listedEvaluation(profile, ruleset), ruleset.effective);
}

/** Every task the workers can run, by name: a new one is registered here and nowhere else. */
export const profileTasks = {
  summary: { run: summaryOrNull, inputsOf: summaryInputs },
  portfolioCells: { run: portfolioCells, inputsOf: summaryInputs },
} satisfies Record<string, ProfileTask<unknown>>;

export type TaskName = keyof typeof profileTasks;
export type TaskResult<Name extends TaskName> = ReturnType<(typeof profileTasks)[Name]['run']>;
