import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { catalog, type Catalog } from '../../../shared/catalog';
import { parseRulesFile, type HouseRules, type RulesFile, type RulesProblem } from '../../../shared/house-rules';
import type { Profile } from '../../../shared/profile';
import { parseProfileFile } from '../../../shared/profile-file';
import { validProfile } from '../../fixtures/hostile-cases';

export { validRules, validRulesFile } from '../../fixtures/hostile-rules-cases';

const root = new URL('../../../', import.meta.url);

/** The bytes of a file in the repository. */
export function repoFile(path: string): Buffer {
  return readFileSync(new URL(path, root));
}

export const exampleRulesPath = 'assets/examples/acme-platform.hostwise-rules.json';

/** The rules of a file that must be accepted. */
export function accepted(input: string | Uint8Array, against: Catalog = catalog): HouseRules {
  const result = parseRulesFile(input, against);
  if (!result.ok) expect.fail(`refused: ${result.problems.map((found) => `${found.code} at ${found.path}: ${found.message}`).join('; ')}`);
  return result.rules;
}

/** The problems of a file that must be refused. */
export function refused(input: string | Uint8Array, against: Catalog = catalog): RulesProblem[] {
  const result = parseRulesFile(input, against);
  if (result.ok) expect.fail('the file was accepted');
  return result.problems;
}

/** Accepted rules with just these entries. */
export function rulesOf(entries: Partial<RulesFile>): HouseRules {
  return accepted(JSON.stringify({ format: 'hostwise.rules', formatVersion: 1, name: 'Test rules', version: '1', ...entries }));
}

/** A profile of the catalogue with these answers and weights. */
export function profileWith(answers: Profile['answers'], weightOverrides: Profile['weightOverrides'] = {}): Profile {
  return { ...validProfile, answers, weightOverrides };
}

/** The profiles of an example profile file, read against a catalogue (the plain one by default). */
export function exampleProfiles(name: string, against: Catalog = catalog): Profile[] {
  const parsed = parseProfileFile(repoFile(`assets/examples/${name}.hostwise`), { catalog: against });
  if (!parsed.ok) expect.fail(`${name}: ${parsed.error.code} at ${parsed.error.path}`);
  return parsed.profiles;
}

export const exampleRules = (): HouseRules => accepted(repoFile(exampleRulesPath));
