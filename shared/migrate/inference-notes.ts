import { profileLimits, type Provenance } from '../profile';

/**
 * Before profiles had a provenance field, an inventory import recorded each inferred answer as a notes line:
 * `Inferred: os-needs = windows-legacy from vInfo 'OS according to the VMware Tools' ("…")`. Such profiles (file
 * format 3, and the store) move those lines into `provenance`, once, here.
 */
const linePattern = /^Inferred: ([a-z0-9][a-z0-9-]*) = ([a-z0-9][a-z0-9-]*) from (.+?) \("(.*)"\)$/;

interface Noted {
  notes: string;
  provenance?: Provenance | undefined;
}

/** The profile with its "Inferred: …" notes lines moved into provenance (an entry already there wins). */
export function liftInferenceNotes<T extends Noted>(profile: T): T {
  const lines = profile.notes.split('\n');
  const lifted: Provenance = {};
  const kept = lines.filter((line) => {
    const match = linePattern.exec(line);
    if (!match) return true;
    const [, question = '', answer = '', source = '', value = ''] = match;
    lifted[question] = { answer, source: source.slice(0, profileLimits.sourceLength), value: value.slice(0, profileLimits.sourceValueLength) };
    return false;
  });
  if (kept.length === lines.length) return profile;
  return { ...profile, notes: kept.join('\n'), provenance: { ...lifted, ...profile.provenance } };
}
