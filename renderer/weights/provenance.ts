import type { WeightProvenance } from '../../shared/engine/types';
import type { Labels } from '../catalog/labels';

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const signed = (delta: number) => (delta >= 0 ? `+${number(delta)}` : `−${number(-delta)}`);

/** Where a weight comes from, as lines: the base, each answer that moved it, and the override if any. */
export function provenanceLines(provenance: WeightProvenance, labels: Labels): string[] {
  const moves = provenance.adjustments.map((a) => {
    const { question, answer } = labels.answer(a.questionId, a.answerId);
    return `${signed(a.delta)} from “${question}” → ${answer}`;
  });
  const derived = moves.length > 0 ? [`= ${number(provenance.derived)} derived from the answers`] : [];
  const override = provenance.override === null ? [] : [`Set by hand to ${number(provenance.override)} (derived ${number(provenance.derived)})`];
  return [`Base ${number(provenance.base)}`, ...moves, ...(provenance.override === null ? derived : override)];
}

/** Where a weight comes from in a few words: "base", "base + 3 answers" or "set by hand". */
export function provenanceSummary({ adjustments, override }: WeightProvenance): string {
  if (override !== null) return 'set by hand';
  const answers = adjustments.length;
  return answers === 0 ? 'base' : `base + ${answers} answer${answers === 1 ? '' : 's'}`;
}
