import type { OptionId } from '../catalog/types';
import type { DecisionStanding } from '../decision/standing';
import type { Confidence } from '../engine/types';

/** What a workload's summary keeps of one unanswered question. */
export interface OpenQuestion {
  /** The share of its answers under which another option would lead (the value of information's `changesLeader`). */
  changesLeader: number;
  /**
   * The engine withholds the workload's recommendation while it is open: a decisive question whose answer could change
   * who leads, or one house rules require. False in summaries saved before Hostwise kept it.
   */
  decisive: boolean;
}

/** The unanswered questions that hold back a workload's recommendation or could change its leading option, by question id. */
export type OpenQuestions = Record<string, OpenQuestion>;

/** A saved workload as the portfolio reads it from the store's summary columns, without evaluating it. */
export interface WorkloadSummary {
  id: string;
  name: string;
  /** The application, cluster or business unit it belongs to; null when it has none. */
  group: string | null;
  winner: OptionId | null;
  confidence: Confidence | null;
  decision: DecisionStanding;
  /** Null until the workload is evaluated again by a Hostwise that keeps them (saved before it did). */
  openQuestions: OpenQuestions | null;
}

/** A workload in the portfolio: its summary without the open questions, which the ranking carries instead. */
export type PortfolioWorkload = Omit<WorkloadSummary, 'openQuestions'>;

/** What a workload is recommended: an option, or none yet (too few answers, or no option fits). */
export type OptionKey = OptionId | 'none';
/** How confident its recommendation is; none without a recommendation. */
export type ConfidenceKey = Confidence | 'none';

export const confidenceKeys: readonly ConfidenceKey[] = ['high', 'moderate', 'low', 'none'];

/** How a set of workloads splits: per recommended option (with its confidence), per confidence, per decision. */
export interface Tally {
  workloads: number;
  options: Partial<Record<OptionKey, Record<ConfidenceKey, number>>>;
  confidence: Record<ConfidenceKey, number>;
  decision: Record<DecisionStanding, number>;
}

/** The workloads of one group, largest groups first; `workloads` are indices into the portfolio's workloads. */
export interface PortfolioGroup {
  name: string | null;
  tally: Tally;
  workloads: number[];
}

/** An unanswered question and the workloads it holds back the recommendation of or could change the leading option of. */
export interface OpenQuestionRank {
  questionId: string;
  /** Indices into the portfolio's workloads: those it holds back first, then those it would most likely change. */
  workloads: number[];
  /** How many of them have no recommendation while it is open (it is decisive for them). */
  holdsBack: number;
  /** How many of them another option would lead under some of its answers. */
  changesLeading: number;
  /** The sum of its `changesLeader` over those workloads: how many leading options it would change, expected. */
  expectedChanges: number;
}

export interface Portfolio {
  workloads: PortfolioWorkload[];
  tally: Tally;
  groups: PortfolioGroup[];
  /** Questions holding back the most recommendations first, then those that could change the most leading options. */
  openQuestions: OpenQuestionRank[];
  /** Workloads whose open questions are not known yet (saved before Hostwise kept them; the next start fills them). */
  unranked: number;
}
