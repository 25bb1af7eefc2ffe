import type { CatalogStep } from './migrate-profile';

/** Steps from catalogue version 1 on. A version without a step changed no id (e.g. only reworded text). */
export const catalogSteps: readonly CatalogStep[] = [
  {
    from: 1,
    renamedQuestions: { 'team-skills': 'existing-platform' },
    answers: {
      'existing-platform': { 'vm-ops': 'vm-only', containers: 'kubernetes', both: 'both' },
      'os-needs': { 'linux-any': 'linux', 'linux-pinned-kernel': 'linux-custom-kernel', 'windows-modern': 'windows-containerizable' },
      hardware: { devices: 'host-devices' },
      'automation-maturity': { orchestrated: 'ci-cd' },
      licensing: { 'per-core': 'per-physical-core' },
    },
    splitQuestions: {
      'deployment-targets': {
        'one-dc': { 'portability-targets': 'one-platform' },
        hybrid: { 'portability-targets': 'hybrid' },
        'multi-cloud': { 'portability-targets': 'multi-cloud' },
        edge: { 'hosting-environment': 'edge' },
      },
    },
    addedQuestions: [
      'hosting-environment',
      'hardware-virtualization',
      'existing-platform',
      'cpu-architecture',
      'availability',
      'scale-churn',
      'workload-type',
    ],
    removedCriteria: ['os-compatibility'],
    options: { 'sandboxed-container': ['microvm-sandbox', 'userspace-sandbox'] },
    changes: [
      'Catalogue 2 asks where the workload runs, what the team already runs, whether hardware virtualization is available, how it stays available, and its scale and churn: answer the new questions marked to revisit.',
      '“Sandboxed container” is now two options: micro-VM sandboxes (Kata, Firecracker) and user-space-kernel sandboxes (gVisor).',
      'OS and kernel needs are now constraints rather than a weighted criterion; availability and licence exposure are new criteria.',
      '“Where must it run?” became “On how many platforms must it run?”; its edge answer moved to “Where will it run?”.',
      '“What does the team know best?” became “What does the organisation already run in production, and know?”.',
    ],
  },
];
