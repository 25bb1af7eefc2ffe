import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { catalog } from '../../../shared/catalog';
import type { Decided } from '../../../shared/decision';
import { evaluate, type Evaluation } from '../../../shared/engine';
import type { Profile } from '../../../shared/profile';
import { parseProfileFile } from '../../../shared/profile-file';

export const now = new Date('2026-03-02T10:30:00Z');

/** The only profile of an example file, carried to the current catalogue as an import does. */
export function exampleProfile(name: string): Profile {
  const parsed = parseProfileFile(readFileSync(new URL(`../../../assets/examples/${name}.hostwise`, import.meta.url)));
  if (!parsed.ok) expect.fail(parsed.error.message);
  return parsed.profiles[0]!;
}

/** The evaluation without the simulation: the outcome, the ranking and the reasons. */
export function evaluated(profile: Profile): Evaluation {
  return evaluate(profile, catalog, { samples: 0 });
}

/** The profile of a decision that had to be recorded. */
export function decided(result: Decided): Profile {
  if (!result.ok) expect.fail(`refused: ${result.error.code}: ${result.error.message}`);
  return result.profile;
}
