import type { Evidence, Machine } from './machine';

/** An answer read from the inventory, with the column and value it came from. A person's answer replaces it. */
export interface InferredAnswer {
  questionId: string;
  answerId: string;
  source: string;
  value: string;
}

/**
 * One rule of inference: a fact, and the answer its value supports (null: the value supports none); and what holds
 * for a group of servers. `every`: the application needs what each of its servers needs, so the group's answer is
 * inferred only when every server supports the same one (one Windows Server 2022 VM beside Linux ones leaves the OS
 * open). `any`: one server with the property gives the application the need (one Fault Tolerant VM), and servers
 * without it say nothing against it.
 */
interface Inference {
  questionId: string;
  facts: (keyof Machine['facts'])[];
  answer(value: string, machine: Machine): string | null;
  group: 'every' | 'any';
}

/** A question a group's servers answer differently: the answers they give, and how many of them give none. */
export interface InferenceConflict {
  questionId: string;
  answers: string[];
  /** Servers that support no answer, where the group needs every server's (`every`); 0 otherwise. */
  unanswered: number;
}

const linux = /linux|ubuntu|debian|red ?hat|rhel|centos|suse|sles|rocky|alma|photon|fedora|coreos/i;
const otherOs = /freebsd|openbsd|netbsd|solaris|aix|z\/os|ibm i\b|hp-ux|netware|os\/2|ms-dos/i;
const oldWindows = /windows (nt|2000|xp|vista|7|8(\.1)?)\b|windows server (2003|2008|2012|2016)\b|windows (2003|2008|2012|2016)\b/i;

/**
 * Only what the facts support: Linux → any current kernel (a pinned kernel or own modules does not show in an
 * inventory); Windows before Server 2019 → older Windows ("… or later" labels are no version); another OS family.
 * Windows Server 2019 and later stay open: whether the application runs in a Windows container is not in the data.
 */
function osNeeds(value: string): string | null {
  if (/or later/i.test(value)) return null;
  if (/windows/i.test(value)) return oldWindows.test(value) ? 'windows-legacy' : null;
  if (otherOs.test(value)) return 'other-os';
  return linux.test(value) ? 'linux' : null;
}

/** The family of the server's guest OS (Tools-reported first), whatever its version: what a group's servers should share. */
export function osFamilyOf({ facts }: Machine): string | null {
  const value = (facts.osTools ?? facts.osConfigured)?.value ?? '';
  if (/windows/i.test(value)) return 'Windows';
  if (otherOs.test(value)) return 'Other';
  return linux.test(value) ? 'Linux' : null;
}

/** An explicit architecture, or "64-bit" in a vSphere guest OS label (vSphere's 64-bit guests are x86-64 unless ARM is named). */
function cpuArchitecture(value: string, machine: Machine): string | null {
  if (/arm64|aarch64/i.test(value)) return 'arm64';
  if (/s390x/i.test(value)) return 's390x';
  if (/ppc64|power/i.test(value)) return 'other';
  if (/x64|x86[-_ ]?64|amd64/i.test(value)) return 'x86-64';
  return machine.facts.platform && /64-bit/i.test(value) && !/arm/i.test(value) ? 'x86-64' : null;
}

const inferences: Inference[] = [
  { questionId: 'os-needs', facts: ['osTools', 'osConfigured'], answer: osNeeds, group: 'every' },
  { questionId: 'cpu-architecture', facts: ['architecture', 'osTools', 'osConfigured'], answer: cpuArchitecture, group: 'every' },
  // Fault Tolerance keeps one instance alive by the platform; HA restart alone could be either kind of singleton.
  {
    questionId: 'availability',
    facts: ['ftState'],
    answer: (value) => (/^(running|enabled|starting|needsecondary)$/i.test(value) ? 'singleton-platform-ha' : null),
    group: 'any',
  },
  { questionId: 'latency', facts: ['latencySensitivity'], answer: (value) => (/^high$/i.test(value) ? 'low-latency' : null), group: 'any' },
];

/** The answer one server's facts support for a question, with its evidence: the first fact that gives one wins. */
function inferAnswer({ questionId, facts, answer }: Inference, machine: Machine): InferredAnswer | null {
  for (const fact of facts) {
    const evidence: Evidence | undefined = machine.facts[fact];
    const answerId = evidence ? answer(evidence.value, machine) : null;
    if (evidence && answerId) return { questionId, answerId, source: evidence.source, value: evidence.value };
  }
  return null;
}

/** What a conflict's servers said, for the notes and the command line: the answers given, then how many gave none. */
export function conflictTerms({ answers, unanswered }: InferenceConflict): string[] {
  return [...answers, ...(unanswered > 0 ? [`no answer from ${unanswered}`] : [])];
}

/**
 * The answers the servers of one workload (one server, or an application's) support together, each with the first
 * server's evidence; and the questions they answer differently, left open.
 */
export function inferAnswers(machines: readonly Machine[]): { inferred: InferredAnswer[]; conflicts: InferenceConflict[] } {
  const inferred: InferredAnswer[] = [];
  const conflicts: InferenceConflict[] = [];
  for (const inference of inferences) {
    const answers = machines.map((machine) => inferAnswer(inference, machine));
    const given = answers.filter((answer) => answer !== null);
    const distinct = [...new Set(given.map((answer) => answer.answerId))];
    const unanswered = inference.group === 'every' ? answers.length - given.length : 0;
    if (distinct.length === 1 && unanswered === 0) inferred.push(given[0]!);
    else if (distinct.length > 0) conflicts.push({ questionId: inference.questionId, answers: distinct, unanswered });
  }
  return { inferred, conflicts };
}
