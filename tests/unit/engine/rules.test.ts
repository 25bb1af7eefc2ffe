import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../../shared/catalog/condition';
import { evaluate } from '../../../shared/engine';
import { activeRules } from '../../../shared/engine/rules';
import { fixtureCatalog, makeProfile } from './fixture';

describe('rule conditions', () => {
  it('holds a list entry when the question was given one of the listed answers, never when unanswered', () => {
    const when = { q: ['a', 'b'] };
    expect(conditionHolds(when, { q: 'a' })).toBe(true);
    expect(conditionHolds(when, { q: 'b' })).toBe(true);
    expect(conditionHolds(when, { q: 'c' })).toBe(false);
    expect(conditionHolds(when, {})).toBe(false);
    expect(conditionHolds(when, { other: 'a' })).toBe(false);
  });

  it('holds a { not } entry when none of the listed answers was given, including when unanswered', () => {
    const when = { q: { not: ['a', 'b'] } };
    expect(conditionHolds(when, {})).toBe(true);
    expect(conditionHolds(when, { q: 'c' })).toBe(true);
    expect(conditionHolds(when, { q: 'a' })).toBe(false);
    expect(conditionHolds(when, { q: 'b' })).toBe(false);
  });

  it('requires every entry to hold, and an empty condition always holds', () => {
    const when = { q: ['a'], r: { not: ['x'] } };
    expect(conditionHolds(when, { q: 'a' })).toBe(true);
    expect(conditionHolds(when, { q: 'a', r: 'y' })).toBe(true);
    expect(conditionHolds(when, { q: 'a', r: 'x' })).toBe(false);
    expect(conditionHolds(when, { r: 'y' })).toBe(false);
    expect(conditionHolds({}, {})).toBe(true);
  });

  it('treats only own answers as answered (no prototype keys)', () => {
    expect(conditionHolds({ toString: { not: ['x'] } }, {})).toBe(true);
    expect(conditionHolds({ constructor: ['x'] }, {})).toBe(false);
  });
});

describe('active rules', () => {
  it('lists the rules whose condition holds, with the answered entries of the condition as the cause', () => {
    const ids = (answers: Record<string, string>) => activeRules(fixtureCatalog, answers).map((entry) => entry.rule.id);
    expect(ids({})).toEqual([]);
    expect(ids({ load: 'bursty' })).toEqual(['heavy-images', 'light-images', 'warm-pools', 'bursts-without-strict-isolation']);
    expect(ids({ load: 'bursty', 'isolation-need': 'strict' })).toEqual(['namespaces-fall-short', 'heavy-images', 'light-images', 'warm-pools']);

    const note = (answers: Record<string, string>) =>
      activeRules(fixtureCatalog, answers).find((entry) => entry.rule.id === 'bursts-without-strict-isolation')!.because;
    // An unanswered { not } entry holds but is no cause; an answered one is.
    expect(note({ load: 'bursty' })).toEqual([{ questionId: 'load', answerId: 'bursty' }]);
    expect(note({ load: 'bursty', 'isolation-need': 'relaxed' })).toEqual([
      { questionId: 'load', answerId: 'bursty' },
      { questionId: 'isolation-need', answerId: 'relaxed' },
    ]);
  });

  it('reports note rules in the recommendation and its summary without changing any score', () => {
    const bursty = evaluate(makeProfile({ load: 'bursty' }), fixtureCatalog, { samples: 0 });
    expect(bursty.recommendation.notes).toEqual([
      {
        questionId: 'load',
        answerId: 'bursty',
        rule: 'bursts-without-strict-isolation',
        reason: 'Bursts were weighed against ordinary isolation.',
        because: [{ questionId: 'load', answerId: 'bursty' }],
      },
    ]);
    expect(bursty.recommendation.summary).toContain('Considered: Bursts were weighed against ordinary isolation.');
    const strict = evaluate(makeProfile({ load: 'bursty', 'isolation-need': 'strict' }), fixtureCatalog, { samples: 0 });
    expect(strict.recommendation.notes).toEqual([]);
  });

  it('applies a rule-out only through the answer its condition names', () => {
    const ruledOut = (answers: Record<string, string>) =>
      evaluate(makeProfile(answers), fixtureCatalog, { samples: 0 }).ranking.filter((o) => o.ruledOut).map((o) => o.option);
    expect(ruledOut({ virtualization: 'available' })).toEqual([]);
    expect(ruledOut({ virtualization: 'not-available' })).toEqual(['vm']);
  });
});
