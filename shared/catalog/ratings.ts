import { cite } from './sources';
import type { Rating } from './types';

/**
 * Every option rated on every criterion, 0–10, with the sentence and source behind the number.
 * Agrees with the seed: containers lead on efficiency, performance and portability; VMs on isolation and
 * OS compatibility. The hybrids sit between, as their own documentation describes them.
 */
export const ratings: Rating[] = [
  // Resource efficiency
  {
    option: 'vm',
    criterion: 'resource-efficiency',
    score: 3,
    rationale: 'Every VM carries a full operating system, binaries and libraries, taking up tens of GBs.',
    citation: cite.seedVirtualization,
  },
  {
    option: 'container',
    criterion: 'resource-efficiency',
    score: 9,
    rationale: 'Containers share the host kernel instead of running a full OS per instance.',
    citation: cite.seedResourceEfficiency,
  },
  {
    option: 'container-on-vm',
    criterion: 'resource-efficiency',
    score: 6,
    rationale: 'Containers pack densely inside each VM, but every node VM still pays for a guest OS.',
    citation: cite.seedResourceEfficiency,
  },
  {
    option: 'sandboxed-container',
    criterion: 'resource-efficiency',
    score: 7,
    rationale: 'A microVM adds a small guest kernel per workload: Firecracker specifies at most 5 MiB of overhead.',
    citation: cite.firecrackerSpec,
  },
  // Performance and start-up
  {
    option: 'vm',
    criterion: 'performance',
    score: 5,
    rationale: 'The hypervisor layer and a full OS boot add overhead and slow start-up to minutes.',
    citation: cite.seedPerformance,
  },
  {
    option: 'container',
    criterion: 'performance',
    score: 9,
    rationale: 'Containers have less overhead than VMs, leading to better performance and faster start-up.',
    citation: cite.seedPerformance,
  },
  {
    option: 'container-on-vm',
    criterion: 'performance',
    score: 7,
    rationale: 'Containers start in seconds on running node VMs; the hypervisor still taxes I/O-heavy work.',
    citation: cite.seedPerformance,
  },
  {
    option: 'sandboxed-container',
    criterion: 'performance',
    score: 7,
    rationale: 'A Firecracker microVM reaches guest init within 125 ms; system-call-heavy work pays a sandbox tax.',
    citation: cite.firecrackerSpec,
  },
  // Isolation and security
  {
    option: 'vm',
    criterion: 'isolation',
    score: 9,
    rationale: 'VMs are completely isolated from the host system, offering a higher level of security.',
    citation: cite.seedIsolationDifference,
  },
  {
    option: 'container',
    criterion: 'isolation',
    score: 4,
    rationale: 'Containers are isolated but share the host kernel: one kernel flaw can expose every container.',
    citation: cite.nist800190SharedKernel,
  },
  {
    option: 'container-on-vm',
    criterion: 'isolation',
    score: 7,
    rationale: 'Grouping containers of one sensitivity level on their own VMs keeps a hypervisor between groups.',
    citation: cite.nist800190Sensitivity,
  },
  {
    option: 'sandboxed-container',
    criterion: 'isolation',
    score: 8,
    rationale: 'Each workload gets its own kernel behind a hardware-virtualization or user-space-kernel boundary.',
    citation: cite.kataDocs,
  },
  // Portability
  {
    option: 'vm',
    criterion: 'portability',
    score: 4,
    rationale: 'VM images are large and tied to hypervisor formats, so moving them between clouds takes conversion.',
    citation: cite.seedVirtualization,
  },
  {
    option: 'container',
    criterion: 'portability',
    score: 9,
    rationale: 'Containers carry all their dependencies and run on any platform and cloud environment.',
    citation: cite.seedPortability,
  },
  {
    option: 'container-on-vm',
    criterion: 'portability',
    score: 8,
    rationale: 'The container images stay portable; only the node VMs are specific to each platform.',
    citation: cite.seedPortability,
  },
  {
    option: 'sandboxed-container',
    criterion: 'portability',
    score: 6,
    rationale: 'Images are standard, but the sandbox runtime needs nested virtualization or bare-metal hosts.',
    citation: cite.k8sRuntimeClass,
  },
  // OS and kernel compatibility
  {
    option: 'vm',
    criterion: 'os-compatibility',
    score: 10,
    rationale: 'Each VM includes a full copy of an operating system: any OS, kernel version or module runs.',
    citation: cite.seedVirtualization,
  },
  {
    option: 'container',
    criterion: 'os-compatibility',
    score: 3,
    rationale: 'Containers share the host kernel and do not bring an OS of their own.',
    citation: cite.seedContainerization,
  },
  {
    option: 'container-on-vm',
    criterion: 'os-compatibility',
    score: 5,
    rationale: 'The node VM can run the kernel or Windows version the containers need, but they still share it.',
    citation: cite.k8sWindows,
  },
  {
    option: 'sandboxed-container',
    criterion: 'os-compatibility',
    score: 4,
    rationale: 'Each sandbox has its own Linux guest kernel, yet only Linux and a narrower system-call surface.',
    citation: cite.gvisorDocs,
  },
  // Resource allocation
  {
    option: 'vm',
    criterion: 'resource-allocation',
    score: 6,
    rationale: 'The hypervisor allocates fixed slices of CPU and memory; resizing a VM is coarse and often needs a restart.',
    citation: cite.seedResourceAllocation,
  },
  {
    option: 'container',
    criterion: 'resource-allocation',
    score: 8,
    rationale: 'Per-container CPU and memory limits are fine-grained and reclaimed as soon as a container stops.',
    citation: cite.seedResourceAllocation,
  },
  {
    option: 'container-on-vm',
    criterion: 'resource-allocation',
    score: 7,
    rationale: 'Fine-grained limits inside each VM, on top of the coarser VM allocation of the node pool.',
    citation: cite.seedResourceAllocation,
  },
  {
    option: 'sandboxed-container',
    criterion: 'resource-allocation',
    score: 7,
    rationale: 'Each sandbox is sized like a small VM; memory given to a guest kernel is reclaimed less readily.',
    citation: cite.kataDocs,
  },
  // Scalability
  {
    option: 'vm',
    criterion: 'scalability',
    score: 5,
    rationale: 'VMs scale, but each new instance boots a full OS, so capacity follows demand in minutes.',
    citation: cite.seedScalability,
  },
  {
    option: 'container',
    criterion: 'scalability',
    score: 9,
    rationale: 'Lightweight instances that start in seconds let orchestrators scale replicas up and down with load.',
    citation: cite.k8sAutoscaling,
  },
  {
    option: 'container-on-vm',
    criterion: 'scalability',
    score: 8,
    rationale: 'Pods scale in seconds; adding node VMs when the pool is full takes minutes.',
    citation: cite.k8sAutoscaling,
  },
  {
    option: 'sandboxed-container',
    criterion: 'scalability',
    score: 8,
    rationale: 'MicroVMs start in well under a second, so sandboxed replicas scale almost like containers.',
    citation: cite.firecrackerSpec,
  },
  // Automation
  {
    option: 'vm',
    criterion: 'automation',
    score: 6,
    rationale: 'VMs are automated with image builders and infrastructure-as-code, with more moving parts per change.',
    citation: cite.seedAutomation,
  },
  {
    option: 'container',
    criterion: 'automation',
    score: 9,
    rationale: 'Declarative images and orchestrators make build, deploy and roll-back routine.',
    citation: cite.seedAutomation,
  },
  {
    option: 'container-on-vm',
    criterion: 'automation',
    score: 8,
    rationale: 'Container workflows for the apps, plus infrastructure-as-code for the node VMs.',
    citation: cite.seedAutomation,
  },
  {
    option: 'sandboxed-container',
    criterion: 'automation',
    score: 7,
    rationale: 'The same container tooling, selected per workload with a RuntimeClass; the runtime itself needs care.',
    citation: cite.k8sRuntimeClass,
  },
];
