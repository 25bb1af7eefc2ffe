import type { CriterionId, OptionId, Range } from '../catalog/types';
import type { EntryKind, RulesIdentity } from '../house-rules/schema';

/** Which answer moved a weight or a rating. */
export interface AnswerRef {
  questionId: string;
  answerId: string;
}

/** A catalogue rule that applies to this profile, and the answers that made it apply. */
export interface RuleRef extends AnswerRef {
  /** The catalogue rule's id. `questionId`/`answerId` name the first answer behind it. */
  rule: string;
  reason: string;
  /** Every answer its condition tested. */
  because: AnswerRef[];
}

/** How a criterion's weight came to be: base, the answers that moved it, and a manual override. */
export interface WeightProvenance {
  criterion: CriterionId;
  /** Normalized weight (all criteria sum to 1). */
  weight: number;
  base: number;
  adjustments: (AnswerRef & { delta: number })[];
  /** Raw weight derived from base and answers, before any override (never below 0). */
  derived: number;
  override: number | null;
}

/** One criterion's share of an option's score. */
export interface Contribution {
  criterion: CriterionId;
  /** Catalogue rating, 0–10: the likely value of its range. */
  rating: number;
  /** Likely rating after this profile's answers adjusted it, clamped to 0–10. */
  adjustedRating: number;
  /** The adjusted range (low / likely / high) that the Monte Carlo simulation samples. */
  range: Range;
  adjustments: (RuleRef & { delta: number })[];
  weight: number;
  /** weight × adjustedRating × 10: the points this criterion adds to the 0–100 score. */
  points: number;
}

export interface RankedOption {
  option: OptionId;
  /** 1 = best. Ruled-out options rank after every feasible one. */
  rank: number;
  /** Weighted sum, 0–100. */
  score: number;
  /** TOPSIS relative closeness among feasible options, 0–1; null when ruled out. */
  topsis: number | null;
  /** PROMETHEE II net outranking flow among feasible options, −1–1; null when ruled out. */
  promethee: number | null;
  /** Share of Monte Carlo draws (weights and ratings) this option wins, 0–1; null when no simulation ran (samples 0). */
  winProbability: number | null;
  ruledOut: boolean;
  /** Why it is ruled out, or the main reason it lost; null for the winner. */
  reason: string | null;
  ruleOuts: RuleRef[];
  contributions: Contribution[];
}

/** The weight range of one criterion (others rescaled proportionally) within which the winner holds. */
export interface StabilityInterval {
  criterion: CriterionId;
  weight: number;
  low: number;
  high: number;
  /** Who wins just below `low` / just above `high`; null where the bound is 0 or 1 and nobody takes over. */
  takesOverBelow: OptionId | null;
  takesOverAbove: OptionId | null;
}

export interface Reason {
  criterion: CriterionId;
  /** Points the winner gains over the runner-up on this criterion. */
  points: number;
  sentence: string;
}

export type Confidence = 'high' | 'moderate' | 'low';

/**
 * `recommended`: a recommendation is given. `insufficient-answers`: a decisive question is unanswered and its
 * answer could change the leader, or a question the house rules require is unanswered, so the leader is not
 * recommended yet. `no-feasible-option`: the answers rule
 * out every option; the leader is only the best of the ruled-out ones.
 */
export type RecommendationStatus = 'recommended' | 'insufficient-answers' | 'no-feasible-option';

/** Each method's favourite among the feasible options. */
export interface MethodFavourites {
  weightedSum: OptionId;
  topsis: OptionId;
  promethee: OptionId;
}

/** An unanswered question ranked by how much its answer could change the recommendation. */
export interface QuestionValue {
  questionId: string;
  decisive: boolean;
  /** House rules require an answer before a recommendation counts as final, whatever the answer changes. */
  required: boolean;
  /** Share of its answers under which another option would lead, 0–1. */
  changesLeader: number;
  /** Who would lead under each of its answers, in the question's answer order. */
  leaders: { answerId: string; leader: OptionId | null }[];
}
export interface Recommendation {
  status: RecommendationStatus;
  /** The leading option: the recommendation when `status` is `recommended`. */
  winner: OptionId;
  runnerUp: OptionId | null;
  /** Winner's score minus the runner-up's, in points; null without a feasible runner-up. */
  margin: number | null;
  /**
   * From the winner's win probability (high ≥ 0.9, moderate ≥ 0.7, low below), one level lower for each other
   * method that prefers another option; null when no simulation ran or no recommendation is given.
   */
  confidence: Confidence | null;
  winProbability: number | null;
  /** The three strongest reasons, largest first. */
  reasons: Reason[];
  whyNot: { option: OptionId; reason: string }[];
  /** Whether TOPSIS and PROMETHEE II pick the same option as the weighted sum. */
  methodsAgree: boolean;
  methods: MethodFavourites;
  /** Rules that applied but change nothing, with the reason the report states. */
  notes: RuleRef[];
  /** One paragraph an architect can paste into a design document. */
  summary: string;
}

export interface MonteCarloSummary {
  samples: number;
  seed: number;
  /** Dirichlet concentration: higher means draws stay closer to the weights. */
  concentration: number;
  /** What each draw varies: the weights (Dirichlet) and every rating within its range (triangular). */
  varies: ('weights' | 'ratings')[];
}

/** The house rules an evaluation was made under, and what they changed for this workload. */
export interface AppliedRules extends RulesIdentity {
  /** One sentence per entry that changed something for this workload, in file order. */
  effects: RuleEffect[];
  /** The recommendation the plain catalogue gives, to show what the rules changed. */
  without: { status: RecommendationStatus; winner: OptionId };
}

export interface RuleEffect {
  entry: string;
  kind: EntryKind;
  change: string;
}

export interface Evaluation {
  profileId: string;
  name: string;
  catalogVersion: number;
  /** criterion id → normalized weight (sums to 1). */
  weights: Record<CriterionId, number>;
  weightProvenance: WeightProvenance[];
  ranking: RankedOption[];
  recommendation: Recommendation;
  sensitivity: Record<CriterionId, StabilityInterval>;
  monteCarlo: MonteCarloSummary;
  /** Unanswered relevant questions whose answer could change the leader, most valuable first. */
  answerFirst: QuestionValue[];
  /** Answers the catalogue does not know (a profile is validated before it gets here, so normally empty). */
  ignoredAnswers: AnswerRef[];
  /** Null when evaluated against the plain catalogue. */
  houseRules: AppliedRules | null;
}

export interface EvaluateOptions {
  /** Monte Carlo draws (default 10,000); 0 skips the simulation and leaves win probabilities null. */
  samples?: number;
  /**
   * `when-recommended`: the simulation runs only when there is a recommendation to rate (its confidence), else the
   * evaluation is the one with 0 samples. For lists of workloads, whose only use of it is that confidence.
   */
  simulate?: 'always' | 'when-recommended';
  seed?: number;
  concentration?: number;
}
