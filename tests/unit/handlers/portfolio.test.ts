import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import { openQuestionsOf } from '../../../shared/portfolio';
import { profileLike, saved, startApp, tempDir } from './support';

describe('portfolio.get', () => {
  it('counts the saved workloads and ranks their open questions from the summaries each save stored', async () => {
    const app = await startApp();
    const groups = ['Payments', 'Payments', 'Payments', 'Billing', undefined, 'Billing'];
    const profiles = await saved(app, ...groups.map((group, index) => profileLike(index, { group })));
    const portfolio = await app.value('portfolio.get', null);

    const listed = await app.value('profiles.list', null);
    expect(portfolio.workloads.map(({ id }) => id).sort()).toEqual(profiles.map(({ id }) => id).sort());
    expect(portfolio.tally.workloads).toBe(6);
    const recommended = listed.filter(({ winner }) => winner !== null).length;
    expect(portfolio.tally.workloads - (portfolio.tally.options.none?.none ?? 0)).toBe(recommended);
    const members = (name: string | null) =>
      portfolio.groups.find((group) => group.name === name)!.workloads.map((index) => portfolio.workloads[index]!.id).sort();
    expect(portfolio.groups.map(({ name, tally }) => [name, tally.workloads])).toEqual([['Payments', 3], ['Billing', 2], [null, 1]]);
    expect(members('Billing')).toEqual([profiles[3]!.id, profiles[5]!.id].sort());
    expect(members(null)).toEqual([profiles[4]!.id]);
    expect(portfolio.unranked).toBe(0);

    // Each ranked question names exactly the workloads whose own evaluation says its answer could change them.
    const open = new Map(portfolio.workloads.map(({ id }) => [id, openQuestionsOf(evaluate(app.store.get(id), catalog).answerFirst)]));
    expect(portfolio.openQuestions.length).toBeGreaterThan(0);
    for (const { questionId, workloads } of portfolio.openQuestions) {
      const expected = portfolio.workloads.filter(({ id }) => questionId in open.get(id)!).map(({ id }) => id);
      expect(workloads.map((index) => portfolio.workloads[index]!.id).sort(), questionId).toEqual(expected.sort());
    }
  });

  it('follows a workload into another group, and back out of the trash', async () => {
    const app = await startApp();
    const [profile] = await saved(app, profileLike(0, { group: 'Payments' }));
    await app.value('profiles.save', { profile: { ...profile!, group: 'Billing' } });
    expect((await app.value('portfolio.get', null)).groups.map(({ name }) => name)).toEqual(['Billing']);
    await app.value('profiles.delete', { ids: [profile!.id] });
    expect((await app.value('portfolio.get', null)).workloads).toEqual([]);
    await app.value('profiles.undoDelete', { ids: [profile!.id] });
    const [revision] = app.store.history(profile!.id);
    await app.value('profiles.restoreRevision', { id: profile!.id, revisionId: revision!.id });
    const portfolio = await app.value('portfolio.get', null);
    expect(portfolio.groups.map(({ name }) => name)).toEqual(['Payments']);
    expect(portfolio.unranked).toBe(0);
  });

  it('leaves the library listing lean: the group, but not the open questions', async () => {
    const app = await startApp();
    await saved(app, profileLike(1));
    const [entry] = await app.value('profiles.list', null);
    expect(Object.keys(entry!).sort()).toEqual(['confidence', 'decision', 'group', 'id', 'margin', 'name', 'updatedAt', 'winner']);
  });

  it('gets the open questions of summaries saved without them once the saved summaries are evaluated again', async () => {
    const first = await startApp();
    const [profile] = await saved(first, profileLike(1));
    // As a Hostwise before the portfolio saved it: a summary without open questions, under an older basis.
    await first.store.save(profile!, { winner: 'vm', confidence: 'high', margin: 5, decision: 'undecided' });
    await first.store.setSetting('summaries-basis', 'an older Hostwise');
    expect((await first.value('portfolio.get', null)).unranked).toBe(1);
    await first.store.close();

    const second = await startApp({ dataDir: first.dataDir });
    const portfolio = await second.value('portfolio.get', null);
    expect(portfolio.unranked).toBe(0);
    expect(portfolio.openQuestions.map(({ questionId }) => questionId).sort()).toEqual(
      Object.keys(openQuestionsOf(evaluate(profile!, catalog).answerFirst)).sort(),
    );
  });
});

describe('export.portfolioPdf', () => {
  it('asks the printer for the portfolio summary and writes its pages where the user chose', async () => {
    const app = await startApp();
    await saved(app, profileLike(0), profileLike(1));
    const path = join(await tempDir('hostwise-portfolio-'), 'portfolio.pdf');
    app.dialogs.answerSave(path);
    expect(await app.value('export.portfolioPdf', { paper: 'Letter' })).toEqual({ saved: true, path });
    expect(app.dialogs.asked).toEqual(['Export portfolio summary as PDF']);
    expect(app.printer.requests).toEqual([{ kind: 'portfolio', paper: 'Letter' }]);
    expect(new Uint8Array(await readFile(path))).toEqual(app.printer.bytes);
  });

  it('neither prints nor writes when the dialog is cancelled', async () => {
    const app = await startApp();
    app.dialogs.answerSave(null);
    expect(await app.value('export.portfolioPdf', { paper: 'A4' })).toEqual({ saved: false });
    expect(app.printer.requests).toEqual([]);
  });
});
