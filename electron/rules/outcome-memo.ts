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

  /**
   * Works out, in the background and a few profiles at a time (so requests are served between slices), the
   * outcomes a preview will need under `ruleset`; stops early once `wanted` says they are no longer needed.
   */
  async warm(profiles: readonly Profile[], ruleset: Ruleset, wanted: () => boolean): Promise<void> {
    for (let start = 0; start < profiles.length && wanted(); start += warmSlice) {
      for (const profile of profiles.slice(start, start + warmSlice)) this.outcome(profile, ruleset);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** Profiles per background slice: about 10 ms of work, short enough not to hold up a request. */
const warmSlice = 25;
