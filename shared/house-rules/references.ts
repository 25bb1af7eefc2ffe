import type { Catalog, Question } from '../catalog/types';
import { formatPath, type PathSegment } from '../profile-file/json-path';
import { quote } from '../profile-file/text';
import { entryNames } from './entry-names';
import { problem, type RulesFileErrorCode, type RulesProblem } from './errors';
import { entryKinds, maxRatingDelta, type EntryKind, type RulesCondition, type RulesFile } from './schema';

type RatingEntry = NonNullable<RulesFile['ratings']>[number];

/** Every entry of the file with its kind and index, in file order. */
export function entriesOf(file: RulesFile): { kind: EntryKind; index: number; id: string }[] {
  return entryKinds.flatMap((kind) => (file[kind] ?? []).map((entry, index) => ({ kind, index, id: entry.id })));
}

/** Whatever in the file names something that does not exist, or names one thing twice. */
export function referenceProblems(file: RulesFile, catalog: Catalog): RulesProblem[] {
  const check = new ReferenceCheck(file, catalog);
  return [
    ...check.entryIds(),
    ...check.questions(),
    ...check.preAnswers(),
    ...check.weights(),
    ...check.ratings(),
    ...check.ruleOuts(),
    ...check.required(),
  ];
}

class ReferenceCheck {
  private readonly questionsById: Map<string, Question>;
  private readonly optionIds: readonly string[];
  private readonly criterionIds: readonly string[];
  private readonly catalogQuestionIds: Set<string>;

  constructor(
    private readonly file: RulesFile,
    catalog: Catalog,
  ) {
    const added = (file.questions ?? []).map((question) => ({ ...question, answers: question.answers as Question['answers'] }));
    this.questionsById = new Map([...added, ...catalog.questions].map((question) => [question.id, question]));
    this.optionIds = catalog.options.map((option) => option.id);
    this.criterionIds = catalog.criteria.map((criterion) => criterion.id);
    this.catalogQuestionIds = new Set(catalog.questions.map((question) => question.id));
  }

  entryIds(): RulesProblem[] {
    const seen = new Set<string>();
    return entriesOf(this.file).flatMap(({ kind, index, id }) => {
      if (!seen.has(id)) {
        seen.add(id);
        return [];
      }
      return [problem('duplicate-id', `${entryNames[kind]} ${quote(id)}: another entry already has this id; every entry needs its own.`, formatPath([kind, index, 'id']))];
    });
  }

  questions(): RulesProblem[] {
    return (this.file.questions ?? []).flatMap((question, index) => {
      const at = (...rest: PathSegment[]) => formatPath(['questions', index, ...rest]);
      const name = `Question ${quote(question.id)}`;
      const taken = this.catalogQuestionIds.has(question.id)
        ? [problem('id-taken', `${name}: the catalogue already has a question with this id; choose another (e.g. prefix it with your organisation's name).`, at('id'))]
        : [];
      const answerIds = question.answers.map((answer) => answer.id);
      const twice = answerIds.flatMap((id, answer) =>
        answerIds.indexOf(id) === answer ? [] : [problem('duplicate-id', `${name}: two answers have the id ${quote(id)}.`, at('answers', answer, 'id'))],
      );
      const weights = question.answers.flatMap((answer, answerIndex) =>
        Object.keys(answer.weights ?? {}).flatMap((criterion) =>
          this.criterion(criterion, name, at('answers', answerIndex, 'weights', criterion)),
        ),
      );
      const relevance = question.relevantWhen ? this.condition(question.relevantWhen, name, ['questions', index, 'relevantWhen']) : [];
      return [...taken, ...twice, ...weights, ...relevance];
    });
  }

  preAnswers(): RulesProblem[] {
    const entries = this.file.preAnswers ?? [];
    return entries.flatMap((entry, index) => {
      const name = `${entryNames.preAnswers} ${quote(entry.id)}`;
      const at = (...rest: PathSegment[]) => formatPath(['preAnswers', index, ...rest]);
      const first = entries.findIndex((other) => other.question === entry.question);
      if (first !== index) {
        const message = `${name}: entry ${quote(entries[first]!.id)} already answers ${quote(entry.question)} for the organisation; keep one.`;
        return [problem('conflicting-entries', message, at('question'))];
      }
      return this.answer(entry.question, entry.answer, name, ['preAnswers', index]);
    });
  }

  weights(): RulesProblem[] {
    const entries = this.file.weights ?? [];
    return entries.flatMap((entry, index) => {
      const name = `${entryNames.weights} ${quote(entry.id)}`;
      const at = formatPath(['weights', index, 'criterion']);
      const first = entries.findIndex((other) => other.criterion === entry.criterion);
      if (first !== index) {
        return [problem('conflicting-entries', `${name}: entry ${quote(entries[first]!.id)} already sets the weight of ${quote(entry.criterion)}; keep one.`, at)];
      }
      return this.criterion(entry.criterion, name, at);
    });
  }

  ratings(): RulesProblem[] {
    const total = new Map<string, number>();
    return (this.file.ratings ?? []).flatMap((entry, index) => {
      const name = `${entryNames.ratings} ${quote(entry.id)}`;
      return [
        ...this.options(entry.options, name, ['ratings', index]),
        ...this.criterion(entry.criterion, name, formatPath(['ratings', index, 'criterion'])),
        ...(entry.when ? this.condition(entry.when, name, ['ratings', index, 'when']) : []),
        ...this.stacked(entry, total, name, formatPath(['ratings', index, 'delta'])),
      ];
    });
  }

  /** Shifts that may apply together stay within the bound too: entries on one option and criterion add up. */
  private stacked(entry: RatingEntry, total: Map<string, number>, name: string, at: string): RulesProblem[] {
    const over = entry.options.filter((option) => {
      const key = `${option}/${entry.criterion}/${Math.sign(entry.delta)}`;
      total.set(key, (total.get(key) ?? 0) + Math.abs(entry.delta));
      return total.get(key)! > maxRatingDelta;
    });
    if (over.length === 0) return [];
    const message = `${name}: with the entries before it, it shifts ${quote(over[0]!)} on ${quote(entry.criterion)} by more than ${maxRatingDelta} in one direction, the most house rules may move a rating.`;
    return [problem('out-of-range', message, at)];
  }

  ruleOuts(): RulesProblem[] {
    return (this.file.ruleOuts ?? []).flatMap((entry, index) => {
      const name = `${entryNames.ruleOuts} ${quote(entry.id)}`;
      return [...this.options(entry.options, name, ['ruleOuts', index]), ...(entry.when ? this.condition(entry.when, name, ['ruleOuts', index, 'when']) : [])];
    });
  }

  required(): RulesProblem[] {
    return (this.file.required ?? []).flatMap((entry, index) =>
      entry.questions.flatMap((questionId, position) =>
        this.question(questionId, `${entryNames.required} ${quote(entry.id)}`, formatPath(['required', index, 'questions', position])),
      ),
    );
  }

  private condition(when: RulesCondition, name: string, path: PathSegment[]): RulesProblem[] {
    return Object.entries(when).flatMap(([questionId, expected]) => {
      const answers = Array.isArray(expected) ? expected : expected.not;
      const at = Array.isArray(expected) ? [...path, questionId] : [...path, questionId, 'not'];
      const unknown = this.question(questionId, name, formatPath([...path, questionId]));
      if (unknown.length > 0) return unknown;
      return answers.flatMap((answerId, index) => this.answerOf(questionId, answerId, name, formatPath([...at, index])));
    });
  }

  private answer(questionId: string, answerId: string, name: string, path: PathSegment[]): RulesProblem[] {
    const unknown = this.question(questionId, name, formatPath([...path, 'question']));
    return unknown.length > 0 ? unknown : this.answerOf(questionId, answerId, name, formatPath([...path, 'answer']));
  }

  private question(questionId: string, name: string, at: string): RulesProblem[] {
    if (this.questionsById.has(questionId)) return [];
    return [problem('unknown-question', `${name}: there is no question ${quote(questionId)} in the catalogue or in this file.`, at)];
  }

  private answerOf(questionId: string, answerId: string, name: string, at: string): RulesProblem[] {
    const question = this.questionsById.get(questionId)!;
    if (question.answers.some((answer) => answer.id === answerId)) return [];
    const known = question.answers.map((answer) => answer.id).join(', ');
    return [problem('unknown-answer', `${name}: question ${quote(questionId)} has no answer ${quote(answerId)}; its answers are ${known}.`, at)];
  }

  /** Options named once each: a rating shift listing an option twice would move it twice its limit. */
  private options(options: readonly string[], name: string, path: PathSegment[]): RulesProblem[] {
    return options.flatMap((option, index) => {
      const at = formatPath([...path, 'options', index]);
      if (options.indexOf(option) !== index) return [problem('duplicate-id', `${name}: lists the option ${quote(option)} twice.`, at)];
      return this.known('unknown-option', option, this.optionIds, `${name}: ${quote(option)} is not an option`, at);
    });
  }

  private criterion(criterion: string, name: string, at: string): RulesProblem[] {
    return this.known('unknown-criterion', criterion, this.criterionIds, `${name}: ${quote(criterion)} is not a criterion`, at);
  }

  private known(code: RulesFileErrorCode, value: string, known: readonly string[], what: string, at: string): RulesProblem[] {
    return known.includes(value) ? [] : [problem(code, `${what}; they are ${known.join(', ')}.`, at)];
  }
}
