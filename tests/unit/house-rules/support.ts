import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { catalog, type Catalog } from '../../../shared/catalog';
import { parseRulesFile, type HouseRules, type RulesFile, type RulesProblem } from '../../../shared/house-rules';
import { validRules } from '../../fixtures/hostile-rules-cases';

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

/** The valid rules with some properties replaced, as accepted rules. */
export function rulesWith(changes: Partial<RulesFile>): HouseRules {
  return accepted(JSON.stringify({ ...validRules, ...changes }));
}

export const exampleRules = (): HouseRules => accepted(repoFile(exampleRulesPath));
