import type { CriterionId, OptionId } from '../catalog/types';

/** Which answer moved a weight or a rating. */
export interface AnswerRef {
  questionId: string;
  answerId: string;
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
  /** Catalogue rating, 0–10. */
  rating: number;
  /** Rating after this profile's answers adjusted it, clamped to 0–10. */
  adjustedRating: number;
  adjustments: (AnswerRef & { delta: number; reason: string })[];
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
  /** Share of Monte Carlo weight draws this option wins, 0–1; null when no simulation ran (samples 0). */
  winProbability: number | null;
  ruledOut: boolean;
  /** Why it is ruled out, or the main reason it lost; null for the winner. */
  reason: string | null;
  ruleOuts: (AnswerRef & { reason: string })[];
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

export interface Recommendation {
  winner: OptionId;
  runnerUp: OptionId | null;
  /** Winner's score minus the runner-up's, in points; null without a feasible runner-up. */
  margin: number | null;
  /** From the winner's win probability: high ≥ 0.9, moderate ≥ 0.7, low below; null when no simulation ran. */
  confidence: Confidence | null;
  winProbability: number | null;
  /** The three strongest reasons, largest first. */
  reasons: Reason[];
  whyNot: { option: OptionId; reason: string }[];
  methodsAgree: boolean;
  /** One paragraph an architect can paste into a design document. */
  summary: string;
}

export interface MonteCarloSummary {
  samples: number;
  seed: number;
  /** Dirichlet concentration: higher means draws stay closer to the weights. */
  concentration: number;
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
  /** Answers the catalogue does not know (a profile is validated before it gets here, so normally empty). */
  ignoredAnswers: AnswerRef[];
}

export interface EvaluateOptions {
  /** Monte Carlo draws (default 10,000); 0 skips the simulation and leaves win probabilities null. */
  samples?: number;
  seed?: number;
  concentration?: number;
}
