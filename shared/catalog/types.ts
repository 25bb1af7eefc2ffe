/**
 * The catalogue's schema, version 2: criteria, options, ratings as ranges, questions, and rules that turn
 * answers into effects. Code only interprets it; `catalog-schema.ts` validates any catalogue (the shipped one,
 * or one a house-rules overlay produced) against these types and their cross-references.
 */

/** A public document the catalogue cites. */
export interface Source {
  title: string;
  publisher: string;
  /** A public address; the seed document, shipped with the app, has none. */
  url?: string;
  /** What the catalogue takes from it, in one sentence. */
  supports: string;
}

/**
 * Why a rating or an effect is what it is: a cited source at a locator (section, page, heading), or a stated
 * practitioner judgement with its reasoning where no public source settles it.
 */
export type Basis =
  | { kind: 'source'; source: string; locator: string }
  | { kind: 'judgement'; reasoning: string };

/** A basis resolved for display: title, publisher, where in it, and the address. */
export interface Citation {
  source: string;
  publisher: string;
  section: string;
  url?: string;
  /** True for a practitioner judgement: `section` then holds the reasoning. */
  judgement: boolean;
}

export const criterionIds = [
  'resource-efficiency',
  'performance',
  'isolation',
  'portability',
  'resource-allocation',
  'scalability',
  'automation',
  'availability',
  'licensing',
] as const;
export type CriterionId = (typeof criterionIds)[number];

/**
 * How a criterion enters the baseline. `difference`: the seed says the approaches differ, so options start
 * apart. `similarity`: the seed says both provide it, so every option starts equal and only answers move it.
 * `context`: not in the seed; weight 0 and equal ratings until an answer makes it matter.
 */
export type CriterionKind = 'difference' | 'similarity' | 'context';

export const optionIds = ['vm', 'container', 'container-on-vm', 'microvm-sandbox', 'userspace-sandbox'] as const;
export type OptionId = (typeof optionIds)[number];

export interface Criterion {
  id: CriterionId;
  name: string;
  description: string;
  kind: CriterionKind;
  /** Raw weight before any answer moves it. */
  baseWeight: number;
  basis: Basis;
}

export interface HostingOption {
  id: OptionId;
  name: string;
  shortName: string;
  description: string;
  /** Products an architect would recognise as this option. */
  examples: string;
  basis: Basis;
}

/** A range on the 0 (serves the criterion worst) … 10 (best) scale. */
export interface Range {
  low: number;
  likely: number;
  high: number;
}

export interface Rating extends Range {
  option: OptionId;
  criterion: CriterionId;
  rationale: string;
  basis: Basis;
}

/**
 * When a rule applies: every listed question must hold. A list of answers holds when the profile answered one
 * of them; `{ not: [...] }` holds when it answered none of them (also when unanswered).
 */
export type Condition = Readonly<Record<string, readonly string[] | { readonly not: readonly string[] }>>;

export type Effect =
  /** Makes the options serve a criterion better or worse for this workload (shifts the whole range). */
  | { kind: 'rating'; options: readonly OptionId[]; criterion: CriterionId; delta: number }
  /** Blocks the options outright. */
  | { kind: 'rule-out'; options: readonly OptionId[] }
  /** Considered and deliberately changes nothing: the reason says why, so the report can say it too. */
  | { kind: 'note' };

/** One fact about what some answers mean for the options: its condition, effect, reason and basis. */
export interface Rule {
  id: string;
  when: Condition;
  effect: Effect;
  reason: string;
  basis: Basis;
}

export interface Answer {
  id: string;
  label: string;
  /** How much this answer makes each criterion matter, on the raw weight scale (base weights are 1 or 0). */
  weights?: Partial<Record<CriterionId, number>>;
  /** Why the weights move: required whenever `weights` is given. */
  weightsWhy?: string;
}

export const themeIds = ['context', 'platform', 'security', 'workload', 'operations', 'organisation'] as const;
export type ThemeId = (typeof themeIds)[number];

export interface Question {
  id: string;
  theme: ThemeId;
  text: string;
  help: string;
  answers: Answer[];
  /** A recommendation is not given while a decisive question is unanswered and its answer could change it. */
  decisive?: boolean;
  /** Set by house rules: no recommendation counts as final while this question is unanswered. */
  required?: boolean;
  /** Asked only when this holds; otherwise it is not relevant to the profile. */
  relevantWhen?: Condition;
}

export interface Catalog {
  /** Bumped whenever a question, answer, option or criterion id changes; profiles record the version they were answered against. */
  version: number;
  sources: Readonly<Record<string, Source>>;
  criteria: Criterion[];
  options: HostingOption[];
  ratings: Rating[];
  themes: { id: ThemeId; name: string }[];
  questions: Question[];
  rules: Rule[];
}
