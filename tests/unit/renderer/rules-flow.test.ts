import { describe, expect, it, vi } from 'vitest';
import type { RulesOpenResult, RulesState, RulesSummary } from '../../../shared/api';
import { CodedError } from '../../../shared/api/errors';
import type { RulesPreview } from '../../../shared/house-rules';
import { RulesFlow, type RulesClient } from '../../../renderer/rules/rules-flow';

const identity = { name: 'Acme rules', version: '2026.4', hash: 'a'.repeat(64) };
const candidate: RulesSummary = { identity, path: '/rules/acme.hostwise-rules.json', entries: [{ kind: 'ruleOuts', id: 'no-gvisor', reason: 'Not supported.', link: null }] };
const plain: RulesState = { accepted: null, refused: null, rememberedPath: null, restating: null };
const inForce: RulesState = { ...plain, accepted: { ...candidate, fileStatus: 'same' }, rememberedPath: candidate.path };
const preview: RulesPreview = {
  compared: 3,
  staleDecisions: [],
  changed: [
    {
      profileId: 'p1',
      name: 'ERP',
      before: { status: 'recommended', winner: 'vm' },
      after: { status: 'insufficient-answers', winner: 'vm' },
      why: [{ kind: 'required', entry: 'classify-first', change: 'Requires an answer.' }],
    },
  ],
};

/** A client that answers like main; `states` are what rules.get answers, one a call (the last repeats). */
function fakeClient(opened: RulesOpenResult, states: RulesState[] = [plain]) {
  const gets = [...states];
  return {
    'rules.get': vi.fn<RulesClient['rules.get']>(async () => (gets.length > 1 ? gets.shift()! : gets[0]!)),
    'rules.open': vi.fn<RulesClient['rules.open']>(async () => opened),
    'rules.preview': vi.fn<RulesClient['rules.preview']>(async () => preview),
    'rules.accept': vi.fn<RulesClient['rules.accept']>(async () => ({ ...inForce, restating: { done: 0, total: 3 } })),
    'rules.unload': vi.fn<RulesClient['rules.unload']>(async () => plain),
  };
}

function flowOver(client: RulesClient) {
  const hooks = { rulesChanged: vi.fn(), pause: vi.fn(async () => undefined) };
  return { flow: new RulesFlow(client, hooks), hooks };
}

describe('the Rules screen flow', () => {
  it('opens a file, previews it across the library, and accepts exactly the file reviewed', async () => {
    const client = fakeClient({ status: 'pending', name: 'acme.hostwise-rules.json', candidate }, [plain, { ...inForce, restating: { done: 2, total: 3 } }, inForce]);
    const { flow, hooks } = flowOver(client);
    await flow.load();
    expect(flow.snapshot().state).toEqual(plain);

    await flow.open({ source: 'dialog' });
    expect(client['rules.preview']).toHaveBeenCalledWith({ change: 'candidate' });
    expect(flow.snapshot()).toMatchObject({ review: { kind: 'candidate', candidate, preview }, busy: null, error: null });

    await flow.confirm();
    expect(client['rules.accept']).toHaveBeenCalledWith({ hash: identity.hash });
    expect(hooks.rulesChanged).toHaveBeenCalledTimes(1);
    // It follows the saved profiles being evaluated again until main says it is done.
    expect(hooks.pause).toHaveBeenCalledTimes(2);
    expect(flow.snapshot()).toMatchObject({ state: inForce, review: null, busy: null });
  });

  it('shows a refused file with its coded problems, and nothing is under review', async () => {
    const problems = [{ code: 'unknown-option' as const, message: 'No such option.', path: '$.ruleOuts[0].options[0]' }];
    const client = fakeClient({ status: 'refused', name: 'bad.hostwise-rules.json', problems });
    const { flow, hooks } = flowOver(client);
    await flow.open({ source: 'file', name: 'bad.hostwise-rules.json', base64: '' });
    expect(flow.snapshot()).toMatchObject({ refused: { name: 'bad.hostwise-rules.json', problems }, review: null });
    expect(client['rules.preview']).not.toHaveBeenCalled();
    expect(hooks.rulesChanged).not.toHaveBeenCalled();
  });

  it('does nothing for a cancelled dialog, and cancelling a review changes nothing in main', async () => {
    const client = fakeClient({ status: 'cancelled' });
    const { flow } = flowOver(client);
    await flow.open({ source: 'dialog' });
    expect(flow.snapshot()).toMatchObject({ review: null, refused: null, busy: null });

    const pending = fakeClient({ status: 'pending', name: 'acme.hostwise-rules.json', candidate });
    const second = flowOver(pending);
    await second.flow.open({ source: 'remembered' });
    second.flow.cancel();
    expect(second.flow.snapshot().review).toBeNull();
    expect(pending['rules.accept']).not.toHaveBeenCalled();
  });

  it('previews an unload before making it', async () => {
    const client = fakeClient({ status: 'cancelled' }, [inForce]);
    const { flow, hooks } = flowOver(client);
    await flow.load();
    await flow.reviewUnload();
    expect(client['rules.preview']).toHaveBeenCalledWith({ change: 'unload' });
    expect(flow.snapshot().review).toEqual({ kind: 'unload', preview });
    expect(client['rules.unload']).not.toHaveBeenCalled();
    await flow.confirm();
    expect(client['rules.unload']).toHaveBeenCalledTimes(1);
    expect(hooks.rulesChanged).toHaveBeenCalledTimes(1);
    expect(flow.snapshot()).toMatchObject({ state: plain, review: null });
  });

  it('shows a failed call as its coded error and keeps the review', async () => {
    const client = fakeClient({ status: 'pending', name: 'acme.hostwise-rules.json', candidate });
    client['rules.accept'].mockRejectedValueOnce(new CodedError({ code: 'store-read-only', message: 'The store is read-only.' }));
    const { flow, hooks } = flowOver(client);
    await flow.open({ source: 'dialog' });
    await flow.confirm();
    expect(flow.snapshot()).toMatchObject({ error: { code: 'store-read-only' }, review: { kind: 'candidate' }, busy: null });
    expect(hooks.rulesChanged).not.toHaveBeenCalled();
  });

  it('tells its subscribers of every change', async () => {
    const { flow } = flowOver(fakeClient({ status: 'cancelled' }));
    const listener = vi.fn();
    const stop = flow.subscribe(listener);
    await flow.load();
    expect(listener).toHaveBeenCalled();
    stop();
    listener.mockClear();
    flow.cancel();
    expect(listener).not.toHaveBeenCalled();
  });
});
