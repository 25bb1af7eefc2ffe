import type { Criterion } from '../catalog/types';
import type { Glossary } from './explain';
import * as format from './format';
import type { AssessedOption } from './recommendation';
import type { RankedCandidate } from './ranking';
import type { Confidence, MethodFavourites, QuestionValue, Reason, RecommendationStatus, RuleRef } from './types';

export interface SummaryFacts {
  profileName: string;
  status: RecommendationStatus;
  winner: AssessedOption;
  confidence: Confidence | null;
  samples: number;
  runnerUp: RankedCandidate | null;
  margin: number | null;
  reasons: readonly Reason[];
  methods: MethodFavourites;
  ranked: readonly RankedCandidate[];
  ruledOut: readonly RankedCandidate[];
  answerFirst: readonly QuestionValue[];
  notes: readonly RuleRef[];
  glossary: Glossary;
}

/** One paragraph an architect can paste into a design document. */
export function summarize(facts: SummaryFacts): string {
  return [headline(facts), confidence(facts), lead(facts), crossCheck(facts), ruledOut(facts), notes(facts)]
    .filter((part) => part !== '')
    .join(' ');
}

function headline({ profileName, status, winner, answerFirst, glossary }: SummaryFacts): string {
  const name = winner.option.name;
  if (status === 'no-feasible-option') {
    return `For “${profileName}”, the answers rule out every option, so Hostwise recommends none: revisit the answers behind the rule-outs below (${name} scores best of them).`;
  }
  const required = answerFirst.filter((value) => value.required);
  if (status === 'insufficient-answers' && required.length > 0) {
    const questions = required.map((value) => `“${questionText(glossary, value.questionId)}”`);
    return `For “${profileName}”, the house rules require an answer to ${format.list(questions)} before a recommendation counts as final: ${name} leads so far. Answer these first.`;
  }
  if (status === 'insufficient-answers') {
    const questions = answerFirst.slice(0, 3).map((value) => `“${questionText(glossary, value.questionId)}”`);
    return `For “${profileName}”, there are not enough answers to recommend: ${name} leads so far, but the answer to ${format.list(questions)} could change it. Answer these first.`;
  }
  return `For “${profileName}”, Hostwise recommends ${name} (score ${format.points(winner.score)}/100).`;
}

function confidence({ status, confidence, winner, samples }: SummaryFacts): string {
  if (status !== 'recommended') return '';
  if (confidence === null || winner.winProbability === null) {
    return 'No Monte Carlo simulation was run, so no confidence level is given.';
  }
  return `Confidence is ${confidence}: it wins ${format.share(winner.winProbability)} of ${format.count(samples)} random draws of the weights and of every rating within its range.`;
}

function lead({ runnerUp, margin, reasons, glossary, status }: SummaryFacts): string {
  if (status === 'no-feasible-option') return '';
  const cited = (unit: string) =>
    format.list(reasons.map((reason) => `${criterionName(glossary.criteria, reason.criterion)} (${unit}${format.points(reason.points)} points)`));
  if (runnerUp === null || margin === null) {
    return `It is the only option left open${reasons.length > 0 ? `; its strongest criteria are ${cited('')}` : ''}.`;
  }
  if (reasons.length === 0) {
    return `It ties with ${runnerUp.option.name} (${format.points(runnerUp.score)}) and comes first only on the tie-break (TOPSIS closeness, then catalogue order).`;
  }
  return `It leads ${runnerUp.option.name} (${format.points(runnerUp.score)}) by ${format.points(margin)} points, mainly on ${cited('+')}.`;
}

function crossCheck({ methods, ranked, runnerUp }: SummaryFacts): string {
  if (runnerUp === null) return '';
  const name = (id: string) => ranked.find((option) => option.option.id === id)!.option.name;
  const dissent = [
    methods.topsis !== methods.weightedSum ? `TOPSIS prefers ${name(methods.topsis)}` : '',
    methods.promethee !== methods.weightedSum ? `PROMETHEE II prefers ${name(methods.promethee)}` : '',
  ].filter((part) => part !== '');
  if (dissent.length === 0) return 'TOPSIS and PROMETHEE II, two structurally different methods, agree.';
  return `The methods disagree: ${format.list(dissent)}, so the choice is closer than the margin suggests.`;
}

function ruledOut({ ruledOut }: SummaryFacts): string {
  if (ruledOut.length === 0) return '';
  const entries = ruledOut.map(
    (option) => `${option.option.name} (${option.ruleOuts.map((ruleOut) => format.clause(ruleOut.reason)).join('; ')})`,
  );
  return `Ruled out: ${format.list(entries)}.`;
}

function notes({ notes }: SummaryFacts): string {
  return notes.map((note) => `Considered: ${format.sentence(note.reason)}`).join(' ');
}

function criterionName(criteria: readonly Criterion[], id: string): string {
  return criteria.find((criterion) => criterion.id === id)?.name ?? id;
}

function questionText(glossary: Glossary, id: string): string {
  return glossary.questions.find((question) => question.id === id)?.text ?? id;
}
