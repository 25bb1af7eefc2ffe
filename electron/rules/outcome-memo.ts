import { outcomeUnder, type Outcome, type Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';

/**
 * Outcomes already worked out, per ruleset and version of a profile (its id, answers and weights, all an outcome
 * depends on): a preview
 * evaluates a profile under the rules in force once, not at every preview, and the outcomes under accepted rules
 * carry over, as the ruleset previewed becomes the one in force. Rulesets no longer held are forgotten with them.
 */
export class OutcomeMemo {
  private readonly byRuleset = new WeakMap<Ruleset, Map<string, Outcome>>();

  readonly outcome = (profile: Profile, ruleset: Ruleset): Outcome => {
    const known = this.byRuleset.get(ruleset) ?? new Map<string, Outcome>();
    this.byRuleset.set(ruleset, known);
    const key = JSON.stringify([profile.id, profile.answers, profile.weightOverrides]);
    const outcome = known.get(key) ?? outcomeUnder(profile, ruleset);
    known.set(key, outcome);
    return outcome;
  };
}
