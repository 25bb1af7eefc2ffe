import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { assess } from '../../../shared/engine/assess';
import { indexRatings } from '../../../shared/engine/ratings';
import { valueOfInformation } from '../../../shared/engine/value-of-information';
import { fixtureCatalog, makeProfile } from './fixture';

const lookup = indexRatings(fixtureCatalog);
const values = (answers: Record<string, string>) =>
  valueOfInformation(fixtureCatalog, { answers, weightOverrides: {} }, assess(fixtureCatalog, answers, {}, lookup));

describe('value of information', () => {
  it('ranks first the unanswered question whose answer rules out the leader', () => {
    // Load answered steady, vm leads (65). Virtualization: not-available rules vm out → 1 of 2 answers change the leader.
    // Isolation need: relaxed (weights 0, 1, 1) puts the container first (75) → 1 of 3.
    // Kernel and host access rule out only the others; guest OS is asked only for another kernel.
    const ranked = values({ load: 'steady' });
    expect(ranked).toEqual([
      {
        questionId: 'virtualization',
        decisive: false,
        required: false,
        changesLeader: 0.5,
        leaders: [
          { answerId: 'available', leader: 'vm' },
          { answerId: 'not-available', leader: 'userspace-sandbox' },
        ],
      },
      {
        questionId: 'isolation-need',
        decisive: false,
        required: false,
        changesLeader: 1 / 3,
        leaders: [
          { answerId: 'standard', leader: 'vm' },
          { answerId: 'strict', leader: 'vm' },
          { answerId: 'relaxed', leader: 'container' },
        ],
      },
    ]);
  });

  it('lists neither answered questions nor questions that are not relevant yet', () => {
    // Unanswered, load (bursty → sandbox leads) would be listed; answered, it is not.
    expect(values({}).map((value) => value.questionId)).toContain('load');
    expect(values({ load: 'bursty' }).map((value) => value.questionId)).not.toContain('load');
    // Guest OS would rule out the vm, but it is asked only after another kernel.
    expect(values({}).map((value) => value.questionId)).not.toContain('guest-os');
    const otherKernel = values({ kernel: 'other-kernel' });
    expect(otherKernel.map((value) => value.questionId)).toEqual(['guest-os', 'virtualization']);
    // With vm the only option left, ruling it out leaves no leader at all.
    expect(otherKernel[0]!.leaders).toEqual([
      { answerId: 'supported', leader: 'vm' },
      { answerId: 'unsupported', leader: null },
    ]);
  });

  it('lists a question house rules require first, even when no answer changes the leader, and withholds the recommendation', () => {
    const requiring = {
      ...fixtureCatalog,
      questions: fixtureCatalog.questions.map((q) => (q.id === 'kernel' ? { ...q, required: true } : q)),
    };
    const evaluation = evaluate(makeProfile({ load: 'steady', virtualization: 'available', 'isolation-need': 'strict' }), requiring, { samples: 0 });
    expect(evaluation.answerFirst[0]).toMatchObject({ questionId: 'kernel', required: true, changesLeader: 0 });
    expect(evaluation.recommendation.status).toBe('insufficient-answers');
    expect(evaluation.recommendation.summary).toContain('the house rules require an answer to');
    const answered = evaluate(makeProfile({ load: 'steady', virtualization: 'available', 'isolation-need': 'strict', kernel: 'linux' }), requiring, { samples: 0 });
    expect(answered.recommendation.status).toBe('recommended');
  });

  it('puts a decisive question first among equals and is what evaluate reports as answerFirst', () => {
    const decisive = {
      ...fixtureCatalog,
      questions: fixtureCatalog.questions.map((q) => (q.id === 'load' ? { ...q, decisive: true } : q)),
    };
    // Empty profile: load (1/2, decisive) and virtualization (1/2) tie on share; the decisive one comes first.
    const evaluation = evaluate(makeProfile(), decisive, { samples: 0 });
    expect(evaluation.answerFirst.map((value) => [value.questionId, value.changesLeader, value.decisive])).toEqual([
      ['load', 0.5, true],
      ['virtualization', 0.5, false],
      ['isolation-need', 1 / 3, false],
    ]);
  });
});
