import type { Inputs } from './fingerprint';

/** An answer given, withdrawn or changed; null where the question is unanswered. */
export interface AnswerChange {
  question: string;
  before: string | null;
  after: string | null;
}

/** A weight set by hand, removed or changed; null where the derived weight applies. */
export interface WeightChange {
  criterion: string;
  before: number | null;
  after: number | null;
}

export interface InputChanges {
  answers: AnswerChange[];
  weights: WeightChange[];
}

/** What differs between two sets of inputs, by question and by criterion, in id order. */
export function inputChanges(before: Inputs, after: Inputs): InputChanges {
  return {
    answers: changedKeys(before.answers, after.answers).map((question) => ({
      question,
      before: before.answers[question] ?? null,
      after: after.answers[question] ?? null,
    })),
    weights: changedKeys(before.weightOverrides, after.weightOverrides).map((criterion) => ({
      criterion,
      before: before.weightOverrides[criterion] ?? null,
      after: after.weightOverrides[criterion] ?? null,
    })),
  };
}

function changedKeys<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((key) => before[key] !== after[key]);
}
