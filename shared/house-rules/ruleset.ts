import type { Catalog } from '../catalog/types';
import { applyHouseRules } from './overlay';
import type { HouseRules } from './schema';

/** A catalogue with the house rules in force (or none): prepared once, used for every profile. */
export interface Ruleset {
  catalog: Catalog;
  rules: HouseRules | null;
  /** The catalogue as the engine sees it under the rules. */
  effective: Catalog;
}

export function rulesetOf(catalog: Catalog, rules: HouseRules | null): Ruleset {
  return { catalog, rules, effective: applyHouseRules(catalog, rules) };
}
