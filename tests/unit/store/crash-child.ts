/**
 * Saves in bursts until killed: `node --import tsx crash-child.ts <dir> <trial>`.
 * Prints `ready` once the store is open, then `ack <id> <version>` for every acknowledged save.
 * Versions grow across trials (trial × 1e6 + counter), so the parent can tell an older version from a newer.
 */
import { randomUUID } from 'node:crypto';
import { openStore } from '../../../electron/store';
import { makeProfile, summary } from './profiles';

const [dir, trialArgument] = process.argv.slice(2);
if (dir === undefined || trialArgument === undefined) throw new Error('usage: crash-child.ts <dir> <trial>');
const trial = Number(trialArgument);

// A small journal limit: the kills land among journal appends and compactions alike.
const { store } = await openStore({ dir, journalLimit: 4_000 });
process.stdout.write('ready\n');
const ids = store.list().map((s) => s.id);
let counter = 0;

for (;;) {
  const burst = Array.from({ length: 1 + Math.floor(Math.random() * 4) }, () => {
    const reuse = ids.length > 0 && Math.random() < 0.5;
    const id = reuse ? ids[Math.floor(Math.random() * ids.length)]! : randomUUID();
    if (!reuse) ids.push(id);
    counter += 1;
    return makeProfile({ id, name: `trial ${trial}`, notes: String(trial * 1e6 + counter) });
  });
  await Promise.all(
    burst.map(async (profile) => {
      await store.save(profile, summary);
      process.stdout.write(`ack ${profile.id} ${profile.notes}\n`);
    }),
  );
}
