import { accept, override } from '../../../shared/decision';
import type { Profile } from '../../../shared/profile';
import { serializeProfileFile } from '../../../shared/profile-file';
import { decided, evaluated, exampleProfile, now } from '../decision/support';
import { writeTemp } from './support';

/** An example profile with the recommendation accepted by Ana, then changed by `edit`, written to a temp file. */
export function acceptedExample(name: string, edit: (profile: Profile) => Profile = (profile) => profile): string {
  const profile = exampleProfile(name);
  return writeTemp(`${name}.hostwise`, serializeProfileFile([edit(decided(accept(profile, evaluated(profile), 'Ana Lima', now)))]));
}

/** An example profile overridden with `option` by Bo, for `justification`. */
export function overriddenExample(name: string, option: string, justification: string): string {
  const profile = exampleProfile(name);
  return writeTemp(`${name}.hostwise`, serializeProfileFile([decided(override(profile, evaluated(profile), option, justification, 'Bo', now))]));
}
