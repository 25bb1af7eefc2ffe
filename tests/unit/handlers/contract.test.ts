import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../../shared/api';
import { catalog } from '../../../shared/catalog';
import type { Profile } from '../../../shared/profile';
import { base64, exampleRules, examples, profileLike, saved, snapshot, startApp, type App } from './support';

const valid = examples[0]!.profile;
const uuid = valid.id;
const withProfile = (change: Record<string, unknown>) => ({ profile: { ...valid, ...change } });

/** For every channel, arguments its schema refuses: wrong type, extra key, bad uuid, out-of-range numbers. */
const malformed: Record<Channel, [string, unknown][]> = {
  'catalog.get': [['undefined', undefined], ['an object', {}], ['a string', 'catalog']],
  'store.status': [['an object', {}], ['a number', 0]],
  evaluate: [
    ['no argument', null],
    ['negative samples', { profile: valid, samples: -1 }],
    ['fractional samples', { profile: valid, samples: 1.5 }],
    ['too many samples', { profile: valid, samples: 100_001 }],
    ['negative seed', { profile: valid, seed: -1 }],
    ['an extra key', { profile: valid, debug: true }],
    ['a profile with a bad uuid', withProfile({ id: 'order-service' })],
  ],
  'profiles.list': [['undefined', undefined], ['an object', {}]],
  'profiles.get': [
    ['a bad uuid', { id: 'not-a-uuid' }],
    ['a number id', { id: 42 }],
    ['an extra key', { id: uuid, withHistory: true }],
    ['no id', {}],
  ],
  'profiles.save': [
    ['a blank name', withProfile({ name: '   ' })],
    ['a negative weight', withProfile({ weightOverrides: { isolation: -1 } })],
    ['an unknown profile key', withProfile({ password: 'hunter2' })],
    ['an answer that is a number', withProfile({ answers: { 'code-trust': 1 } })],
    ['an extra key', { profile: valid, force: true }],
    ['a bare profile', valid],
  ],
  'profiles.rename': [
    ['an empty name', { id: uuid, name: '' }],
    ['a name over 200 characters', { id: uuid, name: 'n'.repeat(201) }],
    ['a bad uuid', { id: 'x', name: 'Name' }],
    ['no name', { id: uuid }],
  ],
  'profiles.duplicate': [['a bad uuid', { id: 'x' }], ['ids instead of id', { ids: [uuid] }]],
  'profiles.delete': [
    ['no ids', { ids: [] }],
    ['a bad uuid', { ids: ['x'] }],
    ['an id instead of ids', { ids: uuid }],
    ['more than 10,000 ids', { ids: Array.from({ length: 10_001 }, () => uuid) }],
  ],
  'profiles.undoDelete': [['no ids', { ids: [] }], ['a number', { ids: [1] }]],
  'profiles.previewAnswerMany': [['no question', { ids: [uuid], answerId: 'linux' }], ['a question id with markup', { ids: [uuid], questionId: '<b>', answerId: null }]],
  'profiles.answerMany': [
    ['no ids', { ids: [], questionId: 'os-needs', answerId: 'linux' }],
    ['an answer that is a number', { ids: [uuid], questionId: 'os-needs', answerId: 1 }],
    ['an undefined answer', { ids: [uuid], questionId: 'os-needs' }],
  ],
  'profiles.undoAnswerMany': [['a bad token', { token: 'x' }], ['no token', {}]],
  'profiles.history': [['a bad uuid', { id: 'x' }], ['an extra key', { id: uuid, limit: 5 }]],
  'profiles.restoreRevision': [
    ['revision 0', { id: uuid, revisionId: 0 }],
    ['a negative revision', { id: uuid, revisionId: -3 }],
    ['a fractional revision', { id: uuid, revisionId: 1.5 }],
    ['a revision as text', { id: uuid, revisionId: '1' }],
  ],
  'profiles.decide': [
    ['an unknown kind', { id: uuid, kind: 'veto' }],
    ['an override without an option', { id: uuid, kind: 'override', justification: 'Because.' }],
    ['an option that is not an id', { id: uuid, kind: 'override', option: 'Virtual Machine', justification: 'Because.' }],
    ['a signer from the window', { id: uuid, kind: 'accept', by: 'Mallory' }],
  ],
  'settings.signer.get': [['an object', {}]],
  'settings.signer.set': [
    ['a blank name', { name: '  ' }],
    ['a name over 200 characters', { name: 'n'.repeat(201) }],
  ],
  'import.preview': [
    ['an unknown source', { source: 'disk' }],
    ['an extra key', { source: 'dialog', path: '/etc/passwd' }],
    ['no files', { source: 'files', files: [] }],
    ['text that is not base64', { source: 'files', files: [{ name: 'a.hostwise', base64: 'not base64!' }] }],
    ['101 files', { source: 'files', files: Array.from({ length: 101 }, () => ({ name: 'a.hostwise', base64: '' })) }],
  ],
  'import.apply': [
    ['no items', { items: [] }],
    ['an unknown decision', { items: [{ profile: valid, decision: 'merge' }] }],
    ['a profile with a bad uuid', { items: [{ profile: { ...valid, id: 'x' }, decision: 'add' }] }],
  ],
  'inventory.preview': [
    ['no options', { from: { source: 'dialog' } }],
    ['an unknown format', { from: { source: 'dialog' }, format: 'xls', groupBy: null, includePoweredOff: false }],
    ['a path from the window', { from: { source: 'dialog', path: '/etc/passwd' }, format: 'auto', groupBy: null, includePoweredOff: false }],
    ['a file far over the size limit', { from: { source: 'file', name: 'a.csv', base64: 'A'.repeat(80_000_000) }, format: 'auto', groupBy: null, includePoweredOff: false }],
    ['a bad token', { from: { source: 'previewed', token: 'x' }, format: 'auto', groupBy: null, includePoweredOff: false }],
    ['an unknown mapping field', { from: { source: 'dialog' }, format: 'csv', mapping: { Hostname: 'hostname' }, groupBy: null, includePoweredOff: false }],
  ],
  'inventory.apply': [['no token', {}], ['a bad token', { token: 'latest' }]],
  'inventory.saveMapping': [['no token', {}], ['a mapping from the window', { token: uuid, mapping: { Hostname: 'name' } }]],
  'export.profiles': [
    ['no ids', { ids: [] }],
    ['a bad uuid', { ids: ['x'] }],
    ['a path from the window', { ids: [uuid], path: '/tmp/out.hostwise' }],
  ],
  'export.pdf': [
    ['an unknown paper', { ids: [uuid], paper: 'A3' }],
    ['no paper', { ids: [uuid] }],
    ['a path from the window', { ids: [uuid], paper: 'A4', path: '/tmp/out.pdf' }],
  ],
  'portfolio.get': [['an object', {}], ['a string', 'portfolio']],
  'export.portfolioPdf': [
    ['an unknown paper', { paper: 'A3' }],
    ['no paper', {}],
    ['a path from the window', { paper: 'A4', path: '/tmp/out.pdf' }],
  ],
  'export.portfolio': [
    ['an unknown format', { ids: [uuid], format: 'ods' }],
    ['no format', { ids: [uuid] }],
    ['no ids', { ids: [], format: 'csv' }],
    ['over 10,000 ids', { ids: Array.from({ length: 10_001 }, () => uuid), format: 'csv' }],
    ['a path from the window', { ids: [uuid], format: 'xlsx', path: '/tmp/out.xlsx' }],
  ],
  'rules.get': [['an object', {}], ['a string', 'rules']],
  'rules.restating': [['an object', {}]],
  'rules.open': [
    ['an unknown source', { source: 'url' }],
    ['a path from the window', { source: 'remembered', path: '/etc/passwd' }],
    ['text that is not base64', { source: 'file', name: 'a.hostwise-rules.json', base64: 'not base64!' }],
    ['a file far over the size limit', { source: 'file', name: 'a.hostwise-rules.json', base64: 'A'.repeat(2_000_000) }],
  ],
  'rules.preview': [['no change', {}], ['an unknown change', { change: 'everything' }]],
  'rules.accept': [['no hash', {}], ['a short hash', { hash: 'abc123' }], ['an upper-case hash', { hash: 'A'.repeat(64) }]],
  'rules.unload': [['an object', {}], ['a number', 1]],
};

const serversCsv = 'Hostname,vCPUs,RAM GB\nweb01,2,4\n';
const inventoryDefaults = { format: 'auto', groupBy: null, includePoweredOff: false } as const;

/** One valid request per channel, over a store that holds `profile` with one earlier version. */
const wellFormed: Record<Channel, (app: App, profile: Profile) => unknown> = {
  'catalog.get': () => null,
  'store.status': () => null,
  evaluate: (_, profile) => ({ profile, samples: 200, seed: 7 }),
  'profiles.list': () => null,
  'profiles.get': (_, { id }) => ({ id }),
  'profiles.save': (_, profile) => ({ profile: { ...profile, notes: 'Saved again.' } }),
  'profiles.rename': (_, { id }) => ({ id, name: 'Renamed' }),
  'profiles.duplicate': (_, { id }) => ({ id }),
  'profiles.delete': (_, { id }) => ({ ids: [id] }),
  'profiles.undoDelete': (_, { id }) => ({ ids: [id] }),
  'profiles.previewAnswerMany': (_, { id }) => ({ ids: [id], questionId: 'os-needs', answerId: 'linux' }),
  'profiles.answerMany': (_, { id }) => ({ ids: [id], questionId: 'os-needs', answerId: 'linux' }),
  'profiles.undoAnswerMany': async (app, { id }) => ({ token: (await app.value('profiles.answerMany', { ids: [id], questionId: 'os-needs', answerId: 'other-os' })).undo }),
  'profiles.history': (_, { id }) => ({ id }),
  'profiles.restoreRevision': (app, { id }) => ({ id, revisionId: app.store.history(id)[0]!.id }),
  'profiles.decide': async (app, { id }) => {
    await app.value('settings.signer.set', { name: 'Ada Architect' });
    return { id, kind: 'accept' };
  },
  'settings.signer.get': () => null,
  'settings.signer.set': () => ({ name: 'Ada Architect' }),
  'import.preview': () => ({ source: 'files', files: [{ name: examples[1]!.name, base64: base64(readFileSync(examples[1]!.path)) }] }),
  'import.apply': () => ({ items: [{ profile: profileLike(2), decision: 'add' }] }),
  'inventory.preview': () => ({ from: { source: 'file', name: 'servers.csv', base64: base64(serversCsv) }, ...inventoryDefaults }),
  'inventory.apply': async (app) => {
    const preview = await app.value('inventory.preview', { from: { source: 'file', name: 'servers.csv', base64: base64(serversCsv) }, ...inventoryDefaults });
    return { token: preview.status === 'previewed' ? preview.token : '' };
  },
  'inventory.saveMapping': async (app) => {
    const preview = await app.value('inventory.preview', { from: { source: 'file', name: 'servers.csv', base64: base64(serversCsv) }, ...inventoryDefaults });
    return { token: preview.status === 'previewed' ? preview.token : '' };
  },
  'export.profiles': (app, { id }) => {
    app.dialogs.answerSave(null);
    return { ids: [id] };
  },
  'export.pdf': (app, { id }) => {
    app.dialogs.answerSave(null);
    return { ids: [id], paper: 'Letter' };
  },
  'portfolio.get': () => null,
  'export.portfolioPdf': (app) => {
    app.dialogs.answerSave(null);
    return { paper: 'A4' };
  },
  'export.portfolio': (app, { id }) => {
    app.dialogs.answerSave(null);
    return { ids: [id], format: 'csv' };
  },
  'rules.get': () => null,
  'rules.restating': () => null,
  'rules.open': () => ({ source: 'file', name: 'acme.hostwise-rules.json', base64: base64(exampleRules) }),
  'rules.preview': () => ({ change: 'unload' }),
  'rules.accept': (app) => {
    const opened = app.rules.consider('acme.hostwise-rules.json', exampleRules, null);
    return { hash: opened.status === 'pending' ? opened.candidate.identity.hash : '' };
  },
  'rules.unload': () => null,
};

async function appWithHistory(): Promise<{ app: App; profile: Profile }> {
  const app = await startApp();
  const [profile] = await saved(app, profileLike(0));
  await app.value('profiles.save', { profile: { ...profile!, notes: 'Second version.' } });
  return { app, profile: profile! };
}

describe('the handler of every channel', () => {
  it('covers the contract exactly', async () => {
    const { app } = await appWithHistory();
    expect(Object.keys(app.handlers).sort()).toEqual([...channels].sort());
  });

  it.each(channels)('%s answers a well-formed request with plain JSON', async (channel) => {
    const { app, profile } = await appWithHistory();
    // `call` checks the JSON round trip of every outcome, failed or not.
    const outcome = await app.call(channel, await wellFormed[channel](app, profile));
    expect(outcome).toMatchObject({ ok: true });
  });

  const cases = channels.flatMap((channel) => malformed[channel].map(([what, arg]) => [channel, what, arg] as const));

  it.each(cases)('%s refuses %s with invalid-argument before doing anything', async (channel, _what, arg) => {
    const { app, profile } = await appWithHistory();
    const before = await snapshot(app.dataDir);
    const error = await app.failure(channel, arg);
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toEqual(expect.arrayContaining([{ path: expect.any(String), message: expect.any(String) }]));
    expect(app.dialogs.asked).toEqual([]);
    expect(app.printer.requests).toEqual([]);
    expect(await snapshot(app.dataDir)).toEqual(before);
    expect(app.store.get(profile.id).notes).toBe('Second version.');
  });
});

describe('a profile whose answers the catalogue does not know', () => {
  const unknownAnswer = (profile: Profile): Profile => ({ ...profile, answers: { ...profile.answers, 'os-needs': 'beos' } });

  it.each([
    ['evaluate', (profile: Profile) => ({ profile })],
    ['profiles.save', (profile: Profile) => ({ profile })],
    ['import.apply', (profile: Profile) => ({ items: [{ profile, decision: 'add' }] })],
  ] as const)('is refused by %s with profile-invalid and never stored', async (channel, request) => {
    const app = await startApp();
    const profile = unknownAnswer(profileLike(0));
    const before = await snapshot(app.dataDir);
    const error = await app.failure(channel, request(profile));
    expect(error).toMatchObject({ code: 'profile-invalid', path: '$.answers["os-needs"]' });
    expect(error.message).toContain('"beos"');
    expect(await snapshot(app.dataDir)).toEqual(before);
  });

  it('stops a whole import before any profile of it is saved', async () => {
    const app = await startApp();
    const good = profileLike(0);
    const error = await app.failure('import.apply', {
      items: [
        { profile: good, decision: 'add' },
        { profile: unknownAnswer(profileLike(1)), decision: 'add' },
      ],
    });
    expect(error.code).toBe('profile-invalid');
    expect(app.store.find(good.id)).toBeNull();
    expect(await app.value('profiles.list', null)).toEqual([]);
  });
});

describe('store.status and catalog.get', () => {
  it('give the catalogue the engine uses and how the store opened', async () => {
    const app = await startApp();
    expect(await app.value('catalog.get', null)).toStrictEqual(JSON.parse(JSON.stringify(catalog)));
    expect(await app.value('store.status', null)).toEqual({
      readOnly: false,
      notice: 'Hostwise created a new, empty library for your saved profiles.',
      dataFolder: app.dataDir,
    });
  });

  it('an unknown profile id is a coded profile-not-found, not a crash', async () => {
    const app = await startApp();
    const id = randomUUID();
    for (const channel of ['profiles.get', 'profiles.history', 'profiles.duplicate'] as const) {
      expect(await app.failure(channel, { id })).toMatchObject({ code: 'profile-not-found', details: { id } });
    }
  });
});
