import { describe, expect, it, vi } from 'vitest';
import type { AnswerManyPreview, AnswerManyResult, ProfileSummary } from '../../../shared/api';
import { CodedError } from '../../../shared/api/errors';
import { catalog } from '../../../shared/catalog';
import { BulkAnswerFlow, type BulkAnswerClient } from '../../../renderer/library/bulk-answer-flow';

const ids = ['a1', 'b2', 'c3'];
const summary = (id: string, name: string): ProfileSummary => ({ id, name, group: null, updatedAt: '2026-03-01T09:00:00.000Z', winner: 'container', confidence: 'high', margin: 9, decision: 'undecided' });
const answered: AnswerManyResult = { changed: [summary('a1', 'SQL 1'), summary('b2', 'SQL 2')], unchanged: 1, skipped: [], undo: 'token-1' };
const osNeeds = catalog.questions.find((question) => question.id === 'os-needs')!;

/** A client that answers like main: previews by answer, the bulk result, and an undo that left one profile alone. */
function fakeClient(failure: CodedError | null = null) {
  const previews: Record<string, AnswerManyPreview> = {
    linux: { changes: 2, confirmations: 1, unchanged: 1, gone: 0 },
    'other-os': { changes: 3, confirmations: 0, unchanged: 0, gone: 0 },
  };
  return {
    'profiles.previewAnswerMany': vi.fn<BulkAnswerClient['profiles.previewAnswerMany']>(async ({ answerId }) => previews[answerId ?? ''] ?? { changes: 0, confirmations: 0, unchanged: 3, gone: 0 }),
    'profiles.answerMany': vi.fn<BulkAnswerClient['profiles.answerMany']>(async () => {
      if (failure) throw failure;
      return answered;
    }),
    'profiles.undoAnswerMany': vi.fn<BulkAnswerClient['profiles.undoAnswerMany']>(async () => ({ restored: [summary('a1', 'SQL 1')], skipped: [{ id: 'b2', name: 'SQL 2' }] })),
  } satisfies BulkAnswerClient;
}

function flowOver(client: BulkAnswerClient) {
  const hooks = { refresh: vi.fn(async () => undefined), toast: vi.fn<(message: string, undo?: () => void) => void>(), error: vi.fn() };
  return { flow: new BulkAnswerFlow(client, hooks), hooks };
}

describe('answering one question for the selected workloads', () => {
  it('counts what the chosen answer changes, applies it, reads the list again and offers the undo', async () => {
    const client = fakeClient();
    const { flow, hooks } = flowOver(client);
    flow.open(ids, catalog.questions);
    flow.chooseQuestion('os-needs');
    await flow.chooseAnswer('linux');
    expect(client['profiles.previewAnswerMany']).toHaveBeenCalledWith({ ids, questionId: 'os-needs', answerId: 'linux' });
    expect(flow.snapshot()).toMatchObject({ ids, questionId: 'os-needs', answerId: 'linux', preview: { changes: 2, unchanged: 1 }, busy: null });

    await flow.apply();
    expect(client['profiles.answerMany']).toHaveBeenCalledWith({ ids, questionId: 'os-needs', answerId: 'linux' });
    expect(flow.snapshot().ids).toEqual([]);
    expect(hooks.refresh).toHaveBeenCalledTimes(1);
    const linux = osNeeds.answers.find((answer) => answer.id === 'linux')!.label;
    const [message, undo] = hooks.toast.mock.calls[0]!;
    expect(message).toBe(`Answered “${osNeeds.text}” with “${linux}” for 2 workloads. 1 workload already had this answer.`);

    undo!();
    await vi.waitFor(() => expect(hooks.toast).toHaveBeenCalledTimes(2));
    expect(client['profiles.undoAnswerMany']).toHaveBeenCalledWith({ token: 'token-1' });
    expect(hooks.refresh).toHaveBeenCalledTimes(2);
    expect(hooks.toast.mock.calls[1]).toEqual(['Put back the earlier answer of 1 workload. Left as they are, changed or deleted since: SQL 2.']);
  });

  it('clears the answer when “Clear the answer” is chosen', async () => {
    const client = fakeClient();
    const { flow, hooks } = flowOver(client);
    flow.open(ids, catalog.questions);
    flow.chooseQuestion('os-needs');
    await flow.chooseAnswer(null);
    await flow.apply();
    expect(client['profiles.answerMany']).toHaveBeenCalledWith({ ids, questionId: 'os-needs', answerId: null });
    expect(hooks.toast.mock.calls[0]![0]).toMatch(/^Cleared “.+” for 2 workloads\./);
  });

  it('opens with a question already chosen, as the portfolio asks for its workloads, and answers it', async () => {
    const client = fakeClient();
    const { flow } = flowOver(client);
    flow.open(ids, catalog.questions, 'os-needs');
    expect(flow.snapshot()).toMatchObject({ ids, questionId: 'os-needs', answerId: undefined, preview: null });
    await flow.chooseAnswer('linux');
    await flow.apply();
    expect(client['profiles.answerMany']).toHaveBeenCalledWith({ ids, questionId: 'os-needs', answerId: 'linux' });
  });

  it('shows only the count of the latest answer chosen, and forgets it when the question changes', async () => {
    const client = fakeClient();
    const { flow } = flowOver(client);
    flow.open(ids, catalog.questions);
    flow.chooseQuestion('os-needs');
    const first = flow.chooseAnswer('linux');
    const second = flow.chooseAnswer('other-os');
    await Promise.all([first, second]);
    expect(flow.snapshot().preview).toEqual({ changes: 3, confirmations: 0, unchanged: 0, gone: 0 });
    flow.chooseQuestion('code-trust');
    expect(flow.snapshot()).toMatchObject({ questionId: 'code-trust', answerId: undefined, preview: null });
  });

  it('keeps the dialog open with the refusal when main refuses, and applies nothing before an answer is chosen', async () => {
    const client = fakeClient(new CodedError({ code: 'store-disk-full', message: 'The disk is full: nothing was saved.' }));
    const { flow, hooks } = flowOver(client);
    flow.open(ids, catalog.questions);
    flow.chooseQuestion('os-needs');
    await flow.apply();
    expect(client['profiles.answerMany']).not.toHaveBeenCalled();

    await flow.chooseAnswer('linux');
    await flow.apply();
    expect(flow.snapshot()).toMatchObject({ ids, error: 'The disk is full: nothing was saved.', busy: null });
    expect(hooks.refresh).not.toHaveBeenCalled();
    expect(hooks.toast).not.toHaveBeenCalled();
  });
});
