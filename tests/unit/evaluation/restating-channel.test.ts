import { describe, expect, it } from 'vitest';
import { exampleRules, saved, startApp } from '../handlers/support';
import { variedLibrary } from './library';
import { catalog } from '../../../shared/catalog';
import { rulesetOf } from '../../../shared/house-rules';

describe('rules.restating', () => {
  it('says how far the saved profiles are evaluated again after an accept, and null once they all are', async () => {
    const app = await startApp();
    await saved(app, ...variedLibrary(rulesetOf(catalog, null), 4));
    expect(await app.value('rules.restating', null)).toBeNull();
    const opened = app.rules.consider('acme.hostwise-rules.json', exampleRules, null);
    if (opened.status !== 'pending') throw new Error(`The example rules were ${opened.status}`);
    await app.value('rules.accept', { hash: opened.candidate.identity.hash });
    expect(await app.value('rules.restating', null)).toEqual({ done: 0, total: 12 });
    await app.rules.restated();
    expect(await app.value('rules.restating', null)).toBeNull();
  });
});
