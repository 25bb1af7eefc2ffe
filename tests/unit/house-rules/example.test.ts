import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { contentHash, describeIdentity } from '../../../shared/house-rules';
import { accepted, exampleRules, exampleRulesPath, repoFile, validRules, validRulesFile } from './support';

const sha256sum = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the example rules file', () => {
  it('validates, with its name and version', () => {
    const { identity, file } = exampleRules();
    expect(identity).toMatchObject({ name: 'Acme platform team house rules', version: '2026.4' });
    expect(file.questions?.map((question) => question.id)).toEqual(['acme-data-classification', 'acme-openshift-scc']);
  });

  it('is identified by the SHA-256 of its bytes, as sha256sum prints it', () => {
    const bytes = repoFile(exampleRulesPath);
    expect(exampleRules().identity.hash).toBe(sha256sum(bytes));
    // Read as text, it is hashed as its UTF-8 bytes: the same file, the same hash.
    expect(accepted(bytes.toString('utf8')).identity.hash).toBe(sha256sum(bytes));
  });

  it('changes its hash with any byte, even whitespace', () => {
    expect(accepted(`${validRulesFile} `).identity.hash).not.toBe(accepted(validRulesFile).identity.hash);
    expect(contentHash(validRulesFile)).toBe(sha256sum(validRulesFile));
  });

  it('is named for screens and reports by name, version and the start of the hash', () => {
    const { identity } = exampleRules();
    expect(describeIdentity(identity)).toBe(`Acme platform team house rules 2026.4 (sha256 ${identity.hash.slice(0, 12)})`);
  });
});

describe('the valid rules the hostile corpus is made from', () => {
  it('validates against the catalogue', () => {
    expect(accepted(validRulesFile, catalog).file).toEqual(validRules);
  });
});
