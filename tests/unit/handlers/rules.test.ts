import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { evaluateUnder, parseRulesFile, previewRules, rulesetOf, type HouseRules, type Ruleset } from '../../../shared/house-rules';
import type { Profile } from '../../../shared/profile';
import { evaluationSummary } from '../../../electron/handlers/profiles';
import { hostileRulesFolder, hostileRulesManifest } from '../../tools/generated-files';
import { base64, exampleRules, exampleRulesPath, examples, profileLike, saved, snapshot, startApp, tempDir, type App } from './support';
import { summary } from '../store/profiles';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL(hostileRulesManifest, root), 'utf8')) as Record<string, { code: string; path: string }>;
const hostileFiles = readdirSync(new URL(hostileRulesFolder, root)).sort();
const acme = parseRulesFile(exampleRules, catalog) as { ok: true; rules: HouseRules };
const acmeRuleset = rulesetOf(catalog, acme.rules);
const plainRuleset = rulesetOf(catalog, null);
/** What the library lists of a profile's saved summary (the portfolio reads its open questions). */
const listedSummary = (profile: Profile, ruleset: Ruleset) => {
  const { winner, confidence, margin, decision } = evaluationSummary(profile, ruleset);
  return { winner, confidence, margin, decision };
};

/**
 * An example profile under a new id with some answers varied, deterministically by `index`: each catalogue question
 * is left as it is, unanswered or given one of its answers, so a library covers many combinations.
 */
function variedProfile(index: number): Profile {
  const base = profileLike(index);
  const answers = { ...base.answers };
  catalog.questions.forEach((question, position) => {
    const pick = (index * 7919 + position * 104_729) % (question.answers.length + 3);
    if (pick === question.answers.length) delete answers[question.id];
    else if (pick < question.answers.length) answers[question.id] = question.answers[pick]!.id;
  });
  return { ...base, name: `Workload ${index}`, answers };
}

/** An app whose library holds every example profile. */
async function libraryOfExamples(): Promise<App> {
  const app = await startApp();
  await saved(app, ...examples.map(({ profile }) => profile));
  return app;
}

/** Opens the example rules through the open dialog and accepts them once previewed. */
async function acceptExample(app: App, path = exampleRulesPath) {
  app.dialogs.answerOpen([path]);
  const opened = await app.value('rules.open', { source: 'dialog' });
  if (opened.status !== 'pending') throw new Error(`The example rules were ${opened.status}`);
  const state = await app.value('rules.accept', { hash: opened.candidate.identity.hash });
  await app.rules.restated();
  return state;
}

describe('rules.open', () => {
  it('puts a file chosen in the dialog under review: its identity and every entry, nothing changed yet', async () => {
    const app = await libraryOfExamples();
    const before = await snapshot(app.dataDir);
    app.dialogs.answerOpen([exampleRulesPath]);
    const opened = await app.value('rules.open', { source: 'dialog' });
    expect(opened).toMatchObject({ status: 'pending', name: 'acme-platform.hostwise-rules.json' });
    if (opened.status !== 'pending') return;
    expect(opened.candidate.identity).toEqual(acme.rules.identity);
    expect(opened.candidate.path).toBe(exampleRulesPath);
    expect(opened.candidate.entries).toContainEqual({ kind: 'ruleOuts', id: 'no-gvisor', reason: expect.any(String), link: expect.stringMatching(/^https:/) });
    expect(app.dialogs.asked).toEqual(['Open house rules']);
    expect(await snapshot(app.dataDir)).toEqual(before);
    expect((await app.value('rules.get', null)).accepted).toBeNull();
  });

  it('reads a dropped file from its bytes, and says a cancelled dialog opened nothing', async () => {
    const app = await startApp();
    const dropped = await app.value('rules.open', { source: 'file', name: 'acme.hostwise-rules.json', base64: base64(exampleRules) });
    expect(dropped).toMatchObject({ status: 'pending', candidate: { path: null, identity: acme.rules.identity } });
    app.dialogs.answerOpen([]);
    expect(await app.value('rules.open', { source: 'dialog' })).toEqual({ status: 'cancelled' });
  });

  it('refuses every hostile file with its code at its place, and the library does not change', async () => {
    const app = await libraryOfExamples();
    const before = { files: await snapshot(app.dataDir), state: await app.value('rules.get', null), list: await app.value('profiles.list', null) };
    expect(hostileFiles.length).toBeGreaterThanOrEqual(40);
    for (const file of hostileFiles) {
      app.dialogs.answerOpen([join(new URL(hostileRulesFolder, root).pathname, file)]);
      const opened = await app.value('rules.open', { source: 'dialog' });
      expect(opened.status, file).toBe('refused');
      if (opened.status !== 'refused') continue;
      expect({ code: opened.problems[0]!.code, path: opened.problems[0]!.path }, file).toEqual(manifest[file]);
    }
    expect(await app.failure('rules.preview', { change: 'candidate' })).toMatchObject({ code: 'rules-none-pending' });
    expect(await snapshot(app.dataDir)).toEqual(before.files);
    expect(await app.value('rules.get', null)).toEqual(before.state);
    expect(await app.value('profiles.list', null)).toEqual(before.list);
  });

  it('reloads from the remembered path, and says when there is none or the file is gone', async () => {
    const app = await startApp();
    expect(await app.failure('rules.open', { source: 'remembered' })).toMatchObject({ code: 'rules-none-remembered' });
    const path = join(await tempDir(), 'acme.hostwise-rules.json');
    await copyFile(exampleRulesPath, path);
    await acceptExample(app, path);
    await app.value('rules.unload', null);
    expect(await app.value('rules.open', { source: 'remembered' })).toMatchObject({ status: 'pending', candidate: { path } });
    await rm(path);
    expect(await app.value('rules.open', { source: 'remembered' })).toMatchObject({ status: 'refused', problems: [{ code: 'unreadable-file', path: '$' }] });
  });
});

describe('rules.preview', () => {
  it('lists exactly the saved profiles whose recommendation changes, with before, after and why', async () => {
    const app = await libraryOfExamples();
    app.dialogs.answerOpen([exampleRulesPath]);
    await app.value('rules.open', { source: 'dialog' });
    const preview = await app.value('rules.preview', { change: 'candidate' });
    const expected = previewRules(app.store.currentProfiles().map(({ profile }) => profile), plainRuleset, acmeRuleset);
    expect(preview).toEqual(expected);
    expect(preview.compared).toBe(examples.length);
    expect(preview.changed.map((change) => change.name).sort()).toEqual(
      examples.filter(({ name }) => name.startsWith('edge-iot') || name.startsWith('legacy-windows')).map(({ profile }) => profile.name).sort(),
    );
    for (const change of preview.changed) {
      expect(change.before).toMatchObject({ status: 'recommended' });
      expect(change.after).toMatchObject({ status: 'insufficient-answers' });
      expect(change.why).toContainEqual(expect.objectContaining({ kind: 'required', entry: 'classify-first' }));
    }
  });

  it('across a library of 1,000 varied profiles, lists exactly those whose full evaluation changes under the rules', async () => {
    const app = await startApp();
    const library = Array.from({ length: 1_000 }, (_, index) => variedProfile(index));
    // The preview reads the profiles, not their saved summaries: any summary will do.
    await Promise.all(library.map((profile) => app.store.save(profile, summary)));
    await app.value('rules.open', { source: 'file', name: 'acme.hostwise-rules.json', base64: base64(exampleRules) });
    const preview = await app.value('rules.preview', { change: 'candidate' });
    // The oracle: each profile evaluated in full, with the simulation, under the plain catalogue and under the rules.
    const full = (profile: Profile, ruleset: Ruleset) => evaluateUnder(profile, ruleset, { samples: 500 }).recommendation;
    const changes = library.filter((profile) => {
      const [before, after] = [full(profile, plainRuleset), full(profile, acmeRuleset)];
      return before.status !== after.status || before.winner !== after.winner;
    });
    expect(preview.compared).toBe(1_000);
    expect(preview.changed.map(({ profileId }) => profileId).sort()).toEqual(changes.map(({ id }) => id).sort());
    expect(changes.length).toBeGreaterThan(100);
    expect(changes.length).toBeLessThan(1_000);
  });

  it('previews an unload as the way back to the plain catalogue', async () => {
    const app = await libraryOfExamples();
    await acceptExample(app);
    const preview = await app.value('rules.preview', { change: 'unload' });
    expect(preview.changed.map(({ before, after }) => [before.status, after.status])).toEqual(
      preview.changed.map(() => ['insufficient-answers', 'recommended']),
    );
    expect(preview.changed).toHaveLength(2);
  });
});

describe('rules.accept and rules.unload', () => {
  it('accepting puts the rules in force for the catalogue, evaluations, saves and the saved summaries', async () => {
    const app = await libraryOfExamples();
    const state = await acceptExample(app);
    expect(state.accepted).toMatchObject({ identity: acme.rules.identity, path: exampleRulesPath, fileStatus: 'same' });
    expect(state.rememberedPath).toBe(exampleRulesPath);
    expect(await app.value('catalog.get', null)).toEqual(JSON.parse(JSON.stringify(acmeRuleset.effective)));

    const [profile] = await saved(app, profileLike(0));
    expect(profile!.houseRules).toEqual(acme.rules.identity);
    const evaluation = await app.value('evaluate', { profile: profile!, samples: 0 });
    expect(evaluation.houseRules).toMatchObject({ ...acme.rules.identity, effects: expect.arrayContaining([expect.objectContaining({ entry: 'no-gvisor' })]) });

    const list = await app.value('profiles.list', null);
    for (const entry of list) {
      const stored = app.store.get(entry.id);
      expect({ winner: entry.winner, confidence: entry.confidence, margin: entry.margin, decision: entry.decision }, entry.name).toEqual(listedSummary(stored, acmeRuleset));
    }
  });

  it('restating keeps every profile and adds no revision', async () => {
    const app = await libraryOfExamples();
    const before = app.store.currentProfiles();
    await acceptExample(app);
    expect(app.store.currentProfiles()).toEqual(before);
    for (const { profile } of before) expect(app.store.history(profile.id)).toEqual([]);
  });

  it('unloading returns everything to the plain catalogue; saves lose the stamp', async () => {
    const app = await libraryOfExamples();
    const plainList = await app.value('profiles.list', null);
    await acceptExample(app);
    const state = await app.value('rules.unload', null);
    await app.rules.restated();
    expect(state).toMatchObject({ accepted: null, refused: null, rememberedPath: exampleRulesPath });
    expect(await app.value('catalog.get', null)).toEqual(JSON.parse(JSON.stringify(catalog)));
    expect(await app.value('profiles.list', null)).toEqual(plainList);
    const [profile] = await saved(app, { ...profileLike(1), houseRules: acme.rules.identity });
    expect(profile!.houseRules).toBeUndefined();
    expect((await app.value('evaluate', { profile: profile!, samples: 0 })).houseRules).toBeNull();
  });

  it('a profile that answers the rules’ own questions keeps them and its stamp when saved without the rules', async () => {
    const app = await startApp();
    await acceptExample(app);
    const [classified] = await saved(app, { ...profileLike(0), answers: { ...profileLike(0).answers, 'acme-data-classification': 'internal' } });
    expect(classified!.houseRules).toEqual(acme.rules.identity);
    await app.value('rules.unload', null);
    await app.rules.restated();
    const [again] = await saved(app, { ...classified!, notes: 'Edited without the rules.' });
    expect(again).toMatchObject({ houseRules: acme.rules.identity, answers: { 'acme-data-classification': 'internal' } });
    expect((await app.value('evaluate', { profile: again!, samples: 0 })).houseRules).toBeNull();
  });

  it('accepts only the file reviewed', async () => {
    const app = await startApp();
    expect(await app.failure('rules.accept', { hash: acme.rules.identity.hash })).toMatchObject({ code: 'rules-none-pending' });
    await app.value('rules.open', { source: 'file', name: 'acme.hostwise-rules.json', base64: base64(exampleRules) });
    const before = await snapshot(app.dataDir);
    expect(await app.failure('rules.accept', { hash: '0'.repeat(64) })).toMatchObject({ code: 'rules-not-reviewed' });
    expect(await snapshot(app.dataDir)).toEqual(before);
  });

  it('a file opened while another is being accepted stays under review', async () => {
    const app = await startApp();
    const other = Buffer.from(Buffer.from(exampleRules).toString('utf8').replace('"version": "2026.4"', '"version": "2026.5"'));
    await app.value('rules.open', { source: 'file', name: 'acme.hostwise-rules.json', base64: base64(exampleRules) });
    const accepting = app.value('rules.accept', { hash: acme.rules.identity.hash });
    const opened = await app.value('rules.open', { source: 'file', name: 'acme-next.hostwise-rules.json', base64: base64(other) });
    await accepting;
    if (opened.status !== 'pending') throw new Error(`The next rules were ${opened.status}`);
    expect(opened.candidate.identity.version).toBe('2026.5');
    expect(await app.value('rules.preview', { change: 'candidate' })).toBeTruthy();
    const state = await app.value('rules.accept', { hash: opened.candidate.identity.hash });
    expect(state.accepted?.identity.version).toBe('2026.5');
  });
});

describe('rules.get', () => {
  it('says whether the accepted file changed on disk or went missing', async () => {
    const path = join(await tempDir(), 'acme.hostwise-rules.json');
    await copyFile(exampleRulesPath, path);
    const app = await startApp();
    await acceptExample(app, path);
    await writeFile(path, `${await readFile(path, 'utf8')}\n`);
    expect((await app.value('rules.get', null)).accepted?.fileStatus).toBe('changed');
    await rm(path);
    expect((await app.value('rules.get', null)).accepted?.fileStatus).toBe('missing');
  });

  it('parses the accepted rules again at start; rules that no longer parse are reported, not silently dropped', async () => {
    const first = await startApp();
    const [erp] = await saved(first, examples.find(({ name }) => name === 'legacy-windows-erp.hostwise')!.profile);
    if (!erp) throw new Error('The ERP example was not saved');
    await acceptExample(first);
    expect(evaluationSummary(erp, acmeRuleset).winner).not.toEqual(evaluationSummary(erp, plainRuleset).winner);
    expect((await first.value('profiles.list', null)).find(({ id }) => id === erp.id)).toMatchObject({ winner: evaluationSummary(erp, acmeRuleset).winner });
    await first.store.close();
    const second = await startApp({ dataDir: first.dataDir });
    expect((await second.value('rules.get', null)).accepted?.identity).toEqual(acme.rules.identity);
    await second.store.acceptHouseRules({ bytes: new TextEncoder().encode('{"format":"hostwise.rules","formatVersion":9}'), hash: 'f'.repeat(64), path: null });
    await second.store.close();

    const third = await startApp({ dataDir: first.dataDir });
    const state = await third.value('rules.get', null);
    expect(state.accepted).toBeNull();
    // The library's summaries were computed under the rules now refused: they are restated under the plain catalogue.
    await third.rules.restated();
    expect((await third.value('profiles.list', null)).find(({ id }) => id === erp.id)).toMatchObject({ winner: evaluationSummary(erp, plainRuleset).winner });
    expect(state.refused).toMatchObject({ hash: 'f'.repeat(64), problems: [{ code: 'newer-version', path: '$.formatVersion' }] });
    expect(await third.value('catalog.get', null)).toEqual(JSON.parse(JSON.stringify(catalog)));
    expect((await third.value('rules.unload', null)).refused).toBeNull();
  });
});

describe('summaries at start', () => {
  it('summaries saved under another catalogue are evaluated again at start, once; a library already up to date is left alone', async () => {
    const first = await startApp();
    const [erp] = await saved(first, profileLike(0));
    await first.store.setSetting('summaries-basis', 'hostwise 0.0.1; catalogue 1; rules none'); // as an older catalogue left it
    await first.store.restateSummaries([{ id: erp!.id, updatedAt: erp!.updatedAt, summary }]);
    await first.store.close();

    const second = await startApp({ dataDir: first.dataDir });
    expect((await second.value('profiles.list', null))[0]).toMatchObject(listedSummary(erp!, plainRuleset));
    await second.store.restateSummaries([{ id: erp!.id, updatedAt: erp!.updatedAt, summary }]);
    await second.store.close();

    const third = await startApp({ dataDir: first.dataDir });
    expect((await third.value('profiles.list', null))[0]).toMatchObject(summary);
  });
});

describe('previews one after another', () => {
  it('agree with a fresh preview, also after a profile changed and after rules were accepted', async () => {
    const app = await libraryOfExamples();
    const open = () => app.value('rules.open', { source: 'file', name: 'acme.hostwise-rules.json', base64: base64(exampleRules) });
    const fresh = () => previewRules(app.store.currentProfiles().map(({ profile }) => profile), app.rules.ruleset, acmeRuleset);
    await open();
    expect(await app.value('rules.preview', { change: 'candidate' })).toEqual(fresh());

    const erp = examples.find(({ name }) => name.startsWith('legacy-windows'))!.profile;
    const edge = examples.find(({ name }) => name.startsWith('edge-iot'))!.profile;
    await app.value('profiles.save', { profile: { ...erp, answers: edge.answers, weightOverrides: edge.weightOverrides } });
    const again = await app.value('rules.preview', { change: 'candidate' });
    expect(again).toEqual(fresh());
    expect(again.changed.find(({ profileId }) => profileId === erp.id)?.before.winner).toBe('container');

    await app.value('rules.accept', { hash: acme.rules.identity.hash });
    await app.rules.restated();
    const unload = await app.value('rules.preview', { change: 'unload' });
    expect(unload).toEqual(previewRules(app.store.currentProfiles().map(({ profile }) => profile), acmeRuleset, plainRuleset));
  });
});
