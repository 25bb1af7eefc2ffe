/** Where a rating, criterion or question comes from: a section of the seed document or a named public source. */
export interface Citation {
  /** `seed` is ../shared/seed/virtualization-vs-containerization.md; otherwise a public document's name. */
  source: string;
  /** The section, page or heading the statement rests on. */
  section: string;
  /** A public address for sources other than the seed. */
  url?: string;
}

export const criterionIds = [
  'resource-efficiency',
  'performance',
  'isolation',
  'portability',
  'os-compatibility',
  'resource-allocation',
  'scalability',
  'automation',
] as const;
export type CriterionId = (typeof criterionIds)[number];

export const optionIds = ['vm', 'container', 'container-on-vm', 'sandboxed-container'] as const;
export type OptionId = (typeof optionIds)[number];

export interface Criterion {
  id: CriterionId;
  name: string;
  description: string;
  /** Raw weight before any answer moves it. */
  baseWeight: number;
  citation: Citation;
}

export interface HostingOption {
  id: OptionId;
  name: string;
  shortName: string;
  description: string;
  citation: Citation;
}

export interface Rating {
  option: OptionId;
  criterion: CriterionId;
  /** 0 (serves the criterion worst) … 10 (best). */
  score: number;
  rationale: string;
  citation: Citation;
}

/** An answer's effect on how much a criterion matters, on the raw weight scale. */
export interface WeightEffect {
  criterion: CriterionId;
  delta: number;
}

/** An answer that makes an option serve a criterion better or worse for this workload. */
export interface RatingEffect {
  option: OptionId;
  criterion: CriterionId;
  delta: number;
  reason: string;
  citation?: Citation;
}

/** An answer that blocks an option outright. */
export interface RuleOut {
  option: OptionId;
  reason: string;
  citation?: Citation;
}

export interface Answer {
  id: string;
  label: string;
  weights?: WeightEffect[];
  ratings?: RatingEffect[];
  ruleOut?: RuleOut[];
}

export const themeIds = ['security', 'platform', 'operations', 'workload', 'organisation'] as const;
export type ThemeId = (typeof themeIds)[number];

export interface Question {
  id: string;
  theme: ThemeId;
  text: string;
  help: string;
  answers: Answer[];
}

export interface Catalog {
  /** Bumped whenever a question or answer id changes; profiles record the version they were answered against. */
  version: number;
  criteria: Criterion[];
  options: HostingOption[];
  ratings: Rating[];
  themes: { id: ThemeId; name: string }[];
  questions: Question[];
}
