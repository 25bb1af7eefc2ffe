import { profileLimits } from '../profile';
import type { Workload } from './workloads';

/**
 * The profile's notes (the inferred answers are in its provenance): the conflicts, the sizes, the servers and their details. Clipped to the notes limit, never mid-line.
 */
export function notesOf(workload: Workload, source: string): string {
  const lines = [
    `Imported from ${source}.`,
    ...workload.conflicts.map((conflict) => `Not inferred: ${conflict.questionId} (the servers disagree: ${conflict.answers.join(', ')})`),
    sizes(workload),
    `Servers (${workload.machines.length}): ${workload.machines.map((machine) => machine.name).join(', ')}`,
    ...workload.machines.flatMap((machine) =>
      machine.details.map((detail) => `${workload.machines.length > 1 ? `${machine.name} ` : ''}${detail.label}: ${detail.value}`),
    ),
  ];
  return clipped(lines, profileLimits.notesLength);
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
