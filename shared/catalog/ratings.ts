import { cite, judgement, seed } from './basis';
import { optionIds, type Basis, type CriterionId, type OptionId, type Rating } from './types';

/**
 * Every option rated on every criterion as a range (low / likely / high, 0–10), with the sentence and the basis
 * behind it. Only the seed's four differences start apart; where the seed says both approaches provide a
 * property, and on the context criteria, every option starts equal and only answers move it.
 */
export const ratings: Rating[] = [
  // Resource efficiency: the seed's first difference.
  rate('vm', 'resource-efficiency', [2, 3, 5], 'Each VM carries a full operating system, binaries and libraries, taking up tens of GBs.', seed('Virtualization')),
  rate('container', 'resource-efficiency', [8, 9, 10], 'Containers share the host kernel instead of running a full operating system per instance.', seed('Differences 1: Resource Efficiency')),
  rate(
    'container-on-vm',
    'resource-efficiency',
    [5, 7, 8],
    'Containers pack densely inside each node VM; every node pays for one guest OS, shared by all the containers on it.',
    judgement('The per-container cost is the container’s; the guest OS of each node VM is spread over the containers it runs, so the overhead shrinks as nodes grow.'),
  ),
  rate(
    'microvm-sandbox',
    'resource-efficiency',
    [5, 6, 8],
    'Each pod carries a guest kernel and agent: Kubernetes’ Pod Overhead example reserves 120 MiB and 250m CPU per Kata pod. Firecracker’s few MiB is the VMM alone.',
    cite('k8s-pod-overhead', 'Usage example: RuntimeClass kata-fc with overhead memory 120Mi, cpu 250m'),
  ),
  rate(
    'userspace-sandbox',
    'resource-efficiency',
    [5, 7, 8],
    'No guest kernel: the sandbox’s user-space kernel and file proxy add some memory and CPU per sandbox.',
    cite('gvisor-performance', 'Performance guide: memory and CPU overhead of the Sentry'),
  ),
  // Run-time performance: the seed's second difference, moderated by measurements.
  rate(
    'vm',
    'performance',
    [6, 8, 9],
    'KVM guests run CPU- and memory-bound work close to native speed; I/O-intensive and latency-sensitive work pays the hypervisor’s overhead.',
    cite('felter-2015', 'Results: CPU and memory near native for both; KVM adds I/O and latency overhead'),
  ),
  rate(
    'container',
    'performance',
    [8, 9, 10],
    'Containers run at near-native speed and equal or beat VMs in every measured case; NAT networking adds latency.',
    cite('felter-2015', 'Conclusions: Docker equals or exceeds KVM performance in every case tested'),
  ),
  rate(
    'container-on-vm',
    'performance',
    [6, 8, 9],
    'The containers themselves add almost nothing, but every I/O still crosses the node VM’s hypervisor.',
    cite('felter-2015', 'Results: KVM I/O and latency overhead, inherited by containers inside the VM'),
  ),
  rate(
    'microvm-sandbox',
    'performance',
    [5, 7, 8],
    'Each container runs on a guest kernel behind virtual devices: VM-like I/O overhead, with a lighter VMM.',
    cite('kata-architecture', 'Architecture: virtio devices and a guest kernel per pod'),
  ),
  rate(
    'userspace-sandbox',
    'performance',
    [3, 5, 7],
    'Every system call is intercepted by the user-space kernel: CPU-bound work runs near native, system-call-, network- and file-heavy work pays most.',
    cite('gvisor-performance', 'Performance guide: system-call, network and file-system overheads'),
  ),
  // Isolation and security: the seed's third difference (both isolate; VMs more strongly).
  rate('vm', 'isolation', [8, 9, 10], 'VMs are completely isolated from the host system, offering a higher level of security.', seed('Differences 3: Isolation')),
  rate(
    'container',
    'isolation',
    [3, 5, 6],
    'Containers are isolated but share the host kernel: one kernel flaw can expose the host and every container on it.',
    cite('nist-800-190', '3.5 Host OS risks: shared kernel'),
  ),
  rate(
    'container-on-vm',
    'isolation',
    [4, 6, 8],
    'Containers on one node share its kernel; grouping workloads of one sensitivity on their own node VMs keeps a hypervisor between groups.',
    cite('nist-800-190', '4.3 Orchestrator countermeasures: segregate workloads by sensitivity onto separate hosts'),
  ),
  rate(
    'microvm-sandbox',
    'isolation',
    [7, 8, 9],
    'Each pod runs behind a hardware-virtualization boundary with its own guest kernel.',
    cite('kata-architecture', 'Overview: hardware virtualization as a second layer of defence'),
  ),
  rate(
    'userspace-sandbox',
    'isolation',
    [6, 7, 8],
    'A user-space kernel serves the container’s system calls, so it reaches only a small part of the host kernel; there is no hardware boundary.',
    cite('gvisor-security', 'Security model: reducing the host kernel attack surface'),
  ),
  // Portability: the seed's fourth difference.
  rate(
    'vm',
    'portability',
    [3, 4, 6],
    'A VM image carries a whole OS (tens of GBs) in a hypervisor’s format, so moving it between platforms takes conversion.',
    seed('Virtualization'),
  ),
  rate('container', 'portability', [8, 9, 10], 'Containers carry all their dependencies and run on any platform and cloud environment.', seed('Differences 4: Portability')),
  rate(
    'container-on-vm',
    'portability',
    [7, 9, 10],
    'The container images move unchanged; only the node VMs are specific to each platform, and every major cloud offers managed Kubernetes.',
    seed('Differences 4: Portability'),
  ),
  rate(
    'microvm-sandbox',
    'portability',
    [4, 6, 7],
    'Images are standard, but the runtime needs KVM: bare-metal hosts or instances with nested virtualization, which not every platform offers.',
    cite('kata-requirements', 'Hardware requirements: hardware virtualization support'),
  ),
  rate(
    'userspace-sandbox',
    'portability',
    [6, 7, 9],
    'Runs on any Linux host, cloud VMs included, without nested virtualization; some system calls and file-system features are not implemented.',
    cite('gvisor-platforms', 'Platforms: systrap needs no virtualization support'),
  ),
  // The seed's similarities and the context criteria: equal until an answer differentiates.
  ...equal('resource-allocation', 'Both allow for efficient use of system resources by allocating only what is necessary for each instance.', seed('Similarities 2: Resource Allocation')),
  ...equal('scalability', 'Both improve scalability: applications scale up or down as needed. Start-up speed counts only where the workload’s churn makes it matter.', seed('Similarities 3: Scalability')),
  ...equal('automation', 'Both can be automated and managed through various tools; what differs is what this team already runs.', seed('Similarities 4: Automation')),
  ...equal(
    'availability',
    'Every option restarts a failed instance somewhere; it differs only for a workload that relies on the platform to keep one instance alive.',
    judgement('Equal until the availability question says the workload relies on one instance surviving host maintenance.'),
  ),
  ...equal(
    'licensing',
    'No licence counts cores or hosts until the licensing question says so.',
    judgement('Equal until the licensing question names a licence whose terms depend on the placement.'),
  ),
];

function rate(option: OptionId, criterion: CriterionId, [low, likely, high]: [number, number, number], rationale: string, basis: Basis): Rating {
  return { option, criterion, low, likely, high, rationale, basis };
}

/** One statement, one place: every option rated the same on a criterion where the approaches do not differ. */
function equal(criterion: CriterionId, rationale: string, basis: Basis): Rating[] {
  return optionIds.map((option) => rate(option, criterion, [5, 5, 5], rationale, basis));
}
