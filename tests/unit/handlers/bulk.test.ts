import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers';
import { nodeFiles } from '../../../electron/files';
import { RulesDesk } from '../../../electron/rules/desk';
import { openStore } from '../../../electron/store';
import type { Outcome } from '../../../shared/api';
import { catalog } from '../../../shared/catalog';
import type { Profile } from '../../../shared/profile';
import { ScriptedDialogs } from '../../e2e/host/dialogs';
import { faultyFs } from '../store/helpers';
import { exampleRules, fakePrinter, saved, snapshot, startApp, tempDir } from './support';
import { EvaluationPool, sourceWorker } from '../../../electron/evaluation';

function workload(name: string, answers: Record<string, string> = {}, extra: Partial<Profile> = {}): Profile {
  const now = '2026-01-01T00:00:00.000Z';
  return { id: randomUUID(), name, catalogVersion: catalog.version, answers, weightOverrides: {}, notes: '', revisit: [], createdAt: now, updatedAt: now, ...extra };
}

const linux = { questionId: 'os-needs', answerId: 'linux' } as const;
const inferredLinux = { answer: 'linux', source: "vInfo 'OS according to the VMware Tools'", value: 'Red Hat Enterprise Linux 9 (64-bit)' };
const inferredX86 = { answer: 'x86-64', source: "vInfo 'OS according to the VMware Tools'", value: '64-bit' };

describe('profiles.answerMany', () => {
  it('answers for every profile that lacks the answer, counts those that have it, and keeps a revision of each change', async () => {
    const app = await startApp();
    const [sql, erp, web] = await saved(app, workload('SQL 1', { 'os-needs': 'linux' }), workload('SQL 2'), workload('SQL 3', { 'os-needs': 'windows-legacy' }));
    const ids = [sql!.id, erp!.id, web!.id];

    expect(await app.value('profiles.previewAnswerMany', { ids, ...linux })).toEqual({ changes: 2, confirmations: 0, unchanged: 1, gone: 0 });
    const result = await app.value('profiles.answerMany', { ids, ...linux });

    expect(result.unchanged).toBe(1);
    expect(result.skipped).toEqual([]);
    expect(result.undo).toEqual(expect.any(String));
    expect(result.changed.map((summary) => summary.name).sort()).toEqual(['SQL 2', 'SQL 3']);
    expect(await app.value('profiles.list', null)).toEqual(expect.arrayContaining(result.changed));
    for (const profile of [erp!, web!]) {
      expect(app.store.get(profile.id).answers['os-needs']).toBe('linux');
      expect(app.store.history(profile.id)).toHaveLength(1);
    }
    expect(app.store.history(sql!.id)).toEqual([]);
  });

  it('leaves out a profile deleted since it was chosen, names it, and saves the others', async () => {
    const app = await startApp();
    const [kept, deleted] = await saved(app, workload('SQL 1'), workload('SQL 2'));
    await app.value('profiles.delete', { ids: [deleted!.id] });
    const ids = [kept!.id, deleted!.id, randomUUID()];

    expect(await app.value('profiles.previewAnswerMany', { ids, ...linux })).toEqual({ changes: 1, confirmations: 0, unchanged: 0, gone: 2 });
    const result = await app.value('profiles.answerMany', { ids, ...linux });
    expect(result.changed.map((summary) => summary.name)).toEqual(['SQL 1']);
    expect(result.skipped).toEqual([{ id: deleted!.id, name: 'SQL 2' }, { id: ids[2], name: 'a workload no longer in the library' }]);
    expect(app.store.get(kept!.id).answers['os-needs']).toBe('linux');
    expect(app.store.listDeleted().map(({ id }) => id)).toEqual([deleted!.id]);
  });

  it('clears the answer when the answer is null', async () => {
    const app = await startApp();
    const [one] = await saved(app, workload('One', { 'os-needs': 'linux', 'code-trust': 'untrusted' }));
    const result = await app.value('profiles.answerMany', { ids: [one!.id], questionId: 'os-needs', answerId: null });
    expect(result.changed).toHaveLength(1);
    expect(app.store.get(one!.id).answers).toEqual({ 'code-trust': 'untrusted' });
  });

  it('makes an inferred answer a person’s: its provenance goes, and an undo puts it back', async () => {
    const app = await startApp();
    const provenance = { 'os-needs': inferredLinux, 'cpu-architecture': inferredX86 };
    const [imported] = await saved(app, workload('db01', { 'os-needs': 'linux', 'cpu-architecture': 'x86-64' }, { provenance, revisit: ['os-needs'] }));

    expect(await app.value('profiles.previewAnswerMany', { ids: [imported!.id], ...linux })).toEqual({ changes: 1, confirmations: 1, unchanged: 0, gone: 0 });
    const { undo } = await app.value('profiles.answerMany', { ids: [imported!.id], ...linux });
    const answered = app.store.get(imported!.id);
    expect(answered.provenance).toEqual({ 'cpu-architecture': inferredX86 });
    expect(answered.revisit).toEqual([]);

    await app.value('profiles.undoAnswerMany', { token: undo! });
    expect(app.store.get(imported!.id)).toMatchObject({ provenance, revisit: ['os-needs'], answers: { 'os-needs': 'linux' } });
  });

  it('refuses a question or an answer the catalogue in force does not have, before anything is saved', async () => {
    const app = await startApp();
    const [one] = await saved(app, workload('One'));
    const before = await snapshot(app.dataDir);
    expect(await app.failure('profiles.answerMany', { ids: [one!.id], questionId: 'favourite-colour', answerId: 'blue' })).toMatchObject({ code: 'unknown-question' });
    expect(await app.failure('profiles.answerMany', { ids: [one!.id], questionId: 'os-needs', answerId: 'beos' })).toMatchObject({ code: 'unknown-answer' });
    expect(await app.failure('profiles.previewAnswerMany', { ids: [one!.id], questionId: 'favourite-colour', answerId: null })).toMatchObject({ code: 'unknown-question' });
    expect(await snapshot(app.dataDir)).toEqual(before);
  });

  it('accepts a question the house rules in force add', async () => {
    const app = await startApp();
    const opened = app.rules.consider('acme.hostwise-rules.json', exampleRules, null);
    await app.rules.accept(opened.status === 'pending' ? opened.candidate.identity.hash : '');
    const added = app.rules.ruleset.effective.questions.find((question) => !catalog.questions.some((known) => known.id === question.id))!;
    const [one] = await saved(app, workload('One'));
    const result = await app.value('profiles.answerMany', { ids: [one!.id], questionId: added.id, answerId: added.answers[0]!.id });
    expect(result.changed).toHaveLength(1);
    expect(app.store.get(one!.id)).toMatchObject({ answers: { [added.id]: added.answers[0]!.id }, houseRules: app.rules.ruleset.rules!.identity });
  });
});

describe('profiles.undoAnswerMany', () => {
  it('restores each earlier answer as a new revision, and leaves alone a profile saved after the bulk answer', async () => {
    const app = await startApp();
    const [kept, edited] = await saved(app, workload('SQL 1', { 'os-needs': 'windows-legacy' }), workload('SQL 2'));
    const { undo } = await app.value('profiles.answerMany', { ids: [kept!.id, edited!.id], ...linux });
    const later = { ...app.store.get(edited!.id), notes: 'Checked with the DBA.' };
    await app.value('profiles.save', { profile: later });

    const result = await app.value('profiles.undoAnswerMany', { token: undo! });

    expect(result.restored.map((summary) => summary.name)).toEqual(['SQL 1']);
    expect(result.skipped).toEqual([{ id: edited!.id, name: 'SQL 2' }]);
    expect(app.store.get(kept!.id).answers).toEqual({ 'os-needs': 'windows-legacy' });
    expect(app.store.history(kept!.id)).toHaveLength(2);
    expect(app.store.get(edited!.id)).toMatchObject({ notes: 'Checked with the DBA.', answers: { 'os-needs': 'linux' } });
    expect(await app.value('profiles.list', null)).toEqual(expect.arrayContaining(result.restored));
  });

  it('undoes once: the token is spent, and an unknown one is refused', async () => {
    const app = await startApp();
    const [one] = await saved(app, workload('One'));
    const { undo } = await app.value('profiles.answerMany', { ids: [one!.id], ...linux });
    await app.value('profiles.undoAnswerMany', { token: undo! });
    expect(await app.failure('profiles.undoAnswerMany', { token: undo! })).toMatchObject({ code: 'bulk-undo-expired' });
    expect(await app.failure('profiles.undoAnswerMany', { token: randomUUID() })).toMatchObject({ code: 'bulk-undo-expired' });
  });

  it('gives no undo when nothing changed', async () => {
    const app = await startApp();
    const [one] = await saved(app, workload('One', { 'os-needs': 'linux' }));
    expect(await app.value('profiles.answerMany', { ids: [one!.id], ...linux })).toEqual({ changed: [], unchanged: 1, skipped: [], undo: null });
  });
});

describe('a store failure during a bulk answer', () => {
  it('changes no profile, neither for the answer nor for its undo, and the undo can be tried again', async () => {
    const dir = await tempDir();
    const fs = faultyFs();
    const { store } = await openStore({ dir, fs });
    const rules = new RulesDesk(store, nodeFiles, new EvaluationPool(sourceWorker()));
    const handlers = createHandlers({
      store,
      rules,
      storeStatus: { readOnly: false, notice: null, dataFolder: dir },
      dialogs: new ScriptedDialogs(),
      files: nodeFiles,
      printer: await fakePrinter(),
      newId: randomUUID,
    });
    const call = async (channel: 'profiles.answerMany' | 'profiles.undoAnswerMany', arg: unknown) => (await handlers[channel](arg)) as Outcome<{ undo?: string }>;
    const profiles = [workload('SQL 1'), workload('SQL 2', { 'os-needs': 'other-os' })];
    for (const profile of profiles) await handlers['profiles.save']({ profile });
    const ids = profiles.map((profile) => profile.id);
    const answers = () => ids.map((id) => store.get(id).answers['os-needs'] ?? null);

    fs.arm({ at: 'write', path: /journal/, errno: 'ENOSPC' });
    expect(await call('profiles.answerMany', { ids, ...linux })).toMatchObject({ ok: false, error: { code: 'store-disk-full' } });
    expect(answers()).toEqual([null, 'other-os']);
    expect(ids.map((id) => store.history(id))).toEqual([[], []]);

    fs.arm();
    const answered = await call('profiles.answerMany', { ids, ...linux });
    const token = answered.ok ? answered.value.undo : undefined;
    fs.arm({ at: 'write', path: /journal/, errno: 'EIO' });
    expect(await call('profiles.undoAnswerMany', { token })).toMatchObject({ ok: false });
    expect(answers()).toEqual(['linux', 'linux']);

    fs.arm();
    expect(await call('profiles.undoAnswerMany', { token })).toMatchObject({ ok: true });
    expect(answers()).toEqual([null, 'other-os']);
    await rules.close();
    await store.close();
  });
});
