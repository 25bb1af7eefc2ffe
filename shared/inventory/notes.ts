import { profileLimits } from '../profile';
import { conflictTerms } from './inference';
import type { Workload } from './workloads';

/**
 * The line that opens the inventory's part of a profile's notes. A re-import replaces everything from it to the end
 * and keeps what comes before it: a person's text goes above it (the line says so).
 */
export const inventoryNotesHeading = '--- From the inventory: replaced at each import; write your notes above this line ---';

/**
 * A new profile's notes (the inferred answers are in its provenance): the heading, the conflicts, the sizes, the
 * servers and their details. Clipped to the notes limit, never mid-line.
 */
export function notesOf(workload: Workload, source: string): string {
  return clipped(inventoryLines(workload, source), profileLimits.notesLength);
}

/**
 * Saved notes with their inventory part replaced by the new import's: a person's text before the heading stays.
 * Notes without the heading (a person removed it) are all a person's, and the inventory part goes after them.
 */
export function refreshedNotes(saved: string, imported: string): string {
  const at = saved.indexOf(inventoryNotesHeading);
  const person = (at === -1 ? saved : saved.slice(0, at)).trimEnd();
  if (person === '') return imported;
  const room = profileLimits.notesLength - person.length - 1;
  const inventory = clipped(imported.split('\n'), room);
  return inventory === '' ? person : `${person}\n${inventory}`;
}

function inventoryLines(workload: Workload, source: string): string[] {
  return [
    inventoryNotesHeading,
    `Imported from ${source}.`,
    ...(workload.osFamilies.length > 1 ? [`Servers disagree on the OS family: ${workload.osFamilies.join(', ')}`] : []),
    ...workload.conflicts.map((conflict) => `Not inferred: ${conflict.questionId} (the servers disagree: ${conflictTerms(conflict).join(', ')})`),
    sizes(workload),
    `Servers (${workload.machines.length}): ${workload.machines.map((machine) => machine.name).join(', ')}`,
    ...workload.machines.flatMap((machine) =>
      machine.details.map((detail) => `${workload.machines.length > 1 ? `${machine.name} ` : ''}${detail.label}: ${detail.value}`),
    ),
  ];
}

function sizes({ machines }: Workload): string {
  const total = (pick: (machine: Workload['machines'][number]) => number | null) => {
    const known = machines.map(pick).filter((value): value is number => value !== null);
    return known.length === 0 ? 'unknown' : known.reduce((sum, value) => sum + value, 0).toLocaleString('en-US');
  };
  return `CPUs: ${total((m) => m.cpus)}; memory MiB: ${total((m) => m.memoryMiB)}; provisioned MiB: ${total((m) => m.provisionedMiB)}; in use MiB: ${total((m) => m.inUseMiB)}`;
}

function clipped(lines: string[], limit: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const room = limit - length - (kept.length > 0 ? 1 : 0);
    if (line.length > room) {
      if (room > 1) kept.push(`${line.slice(0, room - 1)}…`);
      break;
    }
    kept.push(line);
    length += line.length + (kept.length > 1 ? 1 : 0);
  }
  return kept.join('\n');
}
