import type { Evidence, Machine } from './machine';

/** An answer read from the inventory, with the column and value it came from. A person's answer replaces it. */
export interface InferredAnswer {
  questionId: string;
  answerId: string;
  source: string;
  value: string;
}

/** One rule of inference: a fact, and the answer its value supports (null: the value supports none). */
interface Inference {
  questionId: string;
  facts: (keyof Machine['facts'])[];
  answer(value: string, machine: Machine): string | null;
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
  { questionId: 'os-needs', facts: ['osTools', 'osConfigured'], answer: osNeeds },
  { questionId: 'cpu-architecture', facts: ['architecture', 'osTools', 'osConfigured'], answer: cpuArchitecture },
  // Fault Tolerance keeps one instance alive by the platform; HA restart alone could be either kind of singleton.
  { questionId: 'availability', facts: ['ftState'], answer: (value) => (/^(running|enabled|starting|needsecondary)$/i.test(value) ? 'singleton-platform-ha' : null) },
  { questionId: 'latency', facts: ['latencySensitivity'], answer: (value) => (/^high$/i.test(value) ? 'low-latency' : null) },
];

/** The answers one server's facts support, each with its evidence: the first fact that gives an answer wins. */
export function inferAnswers(machine: Machine): InferredAnswer[] {
  return inferences.flatMap(({ questionId, facts, answer }) => {
    for (const fact of facts) {
      const evidence: Evidence | undefined = machine.facts[fact];
      const answerId = evidence ? answer(evidence.value, machine) : null;
      if (evidence && answerId) return [{ questionId, answerId, source: evidence.source, value: evidence.value }];
    }
    return [];
  });
}
