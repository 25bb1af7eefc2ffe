/** Why a store was opened read-only; every write then fails with `store-read-only`. */
export type ReadOnlyReason =
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'locked'; owner: { pid: number; hostname: string } | null }
  | { kind: 'folder-read-only'; errno: string };

/**
 * - opened: the store file was whole;
 * - created: there was none, a new empty one was made;
 * - recovered: the store file was damaged or missing, the last good copy was opened;
 * - reset: the store file and the last good copy were both damaged, a new empty one was made.
 */
export type OpenOutcome = 'opened' | 'created' | 'recovered' | 'reset';

/** What happened on open, for the user. */
export interface OpenNotice {
  outcome: OpenOutcome;
  readOnly: ReadOnlyReason | null;
  /** Damaged files moved aside under a timestamped name; they are never deleted. */
  keptAside: string[];
  /** What was wrong with each damaged file, for support. */
  problems: string[];
  /** What to tell the user; null when there is nothing to say. */
  message: string | null;
}

export function readOnlySentence(reason: ReadOnlyReason): string {
  switch (reason.kind) {
    case 'newer-version':
      return `Your saved profiles were written by a newer version of Hostwise (format ${reason.version}; this version reads up to ${reason.supported}), so they are open read-only. Update Hostwise to change them.`;
    case 'locked': {
      const who = reason.owner ? ` (process ${reason.owner.pid} on ${reason.owner.hostname})` : '';
      return `Another Hostwise window${who} is using your saved profiles, so they are open read-only here. Close it, then reopen Hostwise to make changes.`;
    }
    case 'folder-read-only':
      return `Hostwise cannot write to the folder that holds your saved profiles (${reason.errno}), so they are open read-only.`;
  }
}

const outcomeSentences: Record<OpenOutcome, string | null> = {
  opened: null,
  created: 'Hostwise created a new, empty library for your saved profiles.',
  recovered:
    'Your saved profiles file was damaged or missing, so Hostwise opened the last good copy. Changes from your most recent save may be missing.',
  reset: 'Your saved profiles file and its last good copy were both damaged, so Hostwise started an empty library.',
};

const journalSentence = 'Some of your latest changes could not be read back from the journal of your saved profiles, so they are missing.';

/** How a recovery from the last good copy went: saves replayed from its journals, and whether the chain held. */
export interface Recovery {
  replayed: number;
  chained: boolean;
}

function recoveredSentence({ replayed, chained }: Recovery): string {
  const saves = `${replayed} ${replayed === 1 ? 'save' : 'saves'} replayed`;
  if (chained) return `Your saved profiles file was damaged or missing, so Hostwise recovered it from the last good copy and its journals (${saves}).`;
  return `Your saved profiles file was damaged or missing, so Hostwise recovered it from the last good copy and its journals (${saves}), but they do not all follow on from it: changes from your latest saves may be missing.`;
}

/** `journalDamaged`: part of the journal could not be applied (see `problems`); `recovery`: set when `.bak` was opened. */
export function openNotice(outcome: OpenOutcome, readOnly: ReadOnlyReason | null, keptAside: string[], problems: string[], journalDamaged: boolean, recovery: Recovery | null = null): OpenNotice {
  const kept = keptAside.length > 0 ? `The damaged ${keptAside.length === 1 ? 'file was' : 'files were'} kept at ${keptAside.join(' and ')}.` : null;
  const journal = journalDamaged ? journalSentence : null;
  const first = outcome === 'recovered' && recovery !== null ? recoveredSentence(recovery) : outcomeSentences[outcome];
  const sentences = [first, journal, kept, readOnly && readOnlySentence(readOnly)].filter((s) => s !== null);
  return { outcome, readOnly, keptAside, problems, message: sentences.length > 0 ? sentences.join(' ') : null };
}
