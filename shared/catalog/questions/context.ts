import { cite, judgement } from '../basis';
import { containerOptions, rating, rule, ruleOut, sharedKernelOptions } from '../define';
import type { Question, Rule } from '../types';

/** Where the workload will run, what the hosts can do, and what the organisation already runs. */
export const questions: Question[] = [
  {
    id: 'hosting-environment',
    theme: 'context',
    decisive: true,
    text: 'Where will it run?',
    help: 'In a public cloud without bare-metal instances a Kubernetes node is a VM, so containers there are containers on VMs.',
    answers: [
      { id: 'public-cloud', label: 'A public cloud, on its VM instances (managed Kubernetes or VMs)' },
      { id: 'public-cloud-bare-metal', label: 'A public cloud, with bare-metal instances available to us' },
      { id: 'on-prem-hypervisor', label: 'Our data centre, on a hypervisor estate (vSphere, Hyper-V, KVM/OpenStack, Proxmox)' },
      { id: 'on-prem-bare-metal', label: 'Our data centre, on bare-metal servers' },
      {
        id: 'edge',
        label: 'Edge sites or devices with little hardware',
        weights: { 'resource-efficiency': 2 },
        weightsWhy: 'Edge devices have little memory and CPU to spare, so what each instance costs beyond the application (a guest OS or kernel above all) matters more.',
      },
    ],
  },
  {
    id: 'hardware-virtualization',
    theme: 'context',
    text: 'Can it use hardware virtualization where it runs?',
    help: 'Micro-VM sandboxes (Kata, Firecracker) need KVM: VT-x or AMD-V on hosts you run, or nested virtualization in cloud instances.',
    answers: [
      { id: 'available', label: 'Yes: hosts with VT-x/AMD-V, or cloud instances with nested virtualization' },
      { id: 'not-available', label: 'No: CPUs without VT-x/AMD-V, or cloud instances without nested virtualization' },
    ],
  },
  {
    id: 'existing-platform',
    theme: 'context',
    decisive: true,
    text: 'What does the organisation already run in production, and know?',
    help: 'The platform the team knows is the one it operates safely at 3 a.m.',
    answers: [
      { id: 'kubernetes', label: 'A Kubernetes platform (or OpenShift) in production, with the skills to run it' },
      { id: 'vm-only', label: 'A hypervisor estate only: no container platform and no container skills' },
      { id: 'both', label: 'Both' },
      { id: 'greenfield', label: 'Neither yet: we are choosing now' },
    ],
  },
  {
    id: 'portability-targets',
    theme: 'context',
    text: 'On how many platforms must it run?',
    help: 'Every additional platform makes portability worth more.',
    answers: [
      {
        id: 'one-platform',
        label: 'One data centre or one cloud',
        weights: { portability: -0.5 },
        weightsWhy: 'A workload that never moves gains little from portability.',
      },
      {
        id: 'hybrid',
        label: 'On premises and one public cloud',
        weights: { portability: 1 },
        weightsWhy: 'It must move between two kinds of platform.',
      },
      {
        id: 'multi-cloud',
        label: 'Several public clouds',
        weights: { portability: 2 },
        weightsWhy: 'It must run unchanged on several providers.',
      },
    ],
  },
];

export const rules: Rule[] = [
  rule(
    'cloud-nodes-are-vms',
    { 'hosting-environment': ['public-cloud'] },
    ruleOut('container'),
    'In a public cloud without bare-metal instances every Kubernetes node is a VM instance: containers there are containers on VMs.',
    cite('k8s-nodes-are-vms', 'Managed node groups and node pools are VM instances'),
  ),
  rule(
    'bare-metal-outside-estate',
    { 'hosting-environment': ['on-prem-hypervisor'] },
    rating(['container'], 'automation', -2),
    'Bare-metal container hosts would sit outside the hypervisor estate and its tooling.',
    judgement('An estate run through its hypervisor manager has no provisioning, patching or monitoring path for new bare-metal hosts.'),
  ),
  rule(
    'bare-metal-outside-the-pool',
    { 'hosting-environment': ['on-prem-hypervisor'] },
    rating(['container'], 'resource-efficiency', -2),
    'Dedicated bare-metal hosts beside the estate are capacity its resource pools cannot share.',
    judgement('Hardware bought for a separate bare-metal cluster sits idle whenever that cluster does, while the estate pools everything else.'),
  ),
  rule(
    'microvms-nested',
    { 'hosting-environment': ['public-cloud', 'on-prem-hypervisor'], 'hardware-virtualization': ['available'] },
    rating(['microvm-sandbox'], 'performance', -1),
    'On VM nodes, micro-VMs run nested: Google measures a 10 % or greater loss for CPU-bound work and possibly more for I/O-bound work.',
    cite('gcp-nested-virtualization', 'Performance: 10% or greater decrease for CPU-bound workloads'),
  ),
  rule(
    'microvm-needs-kvm',
    { 'hardware-virtualization': ['not-available'] },
    ruleOut('microvm-sandbox'),
    'Kata Containers and Firecracker need KVM, which needs hardware virtualization on the host or nested virtualization in the instance.',
    cite('kata-requirements', 'Hardware requirements: Intel VT-x, AMD-V or equivalent'),
  ),
  rule(
    'no-hypervisor-without-vt',
    { 'hardware-virtualization': ['not-available'], 'hosting-environment': ['edge', 'on-prem-bare-metal'] },
    ruleOut('vm', 'container-on-vm'),
    'Without VT-x or AMD-V on the hosts you run, no hypervisor runs VMs at a usable speed.',
    judgement('KVM, Hyper-V and ESXi all require the CPU’s virtualization extensions; pure emulation is an order of magnitude slower.'),
  ),
  rule(
    'platform-team-runs-kubernetes',
    { 'existing-platform': ['kubernetes', 'both'] },
    rating(sharedKernelOptions, 'automation', 2),
    'The team already deploys, patches and monitors containers on its Kubernetes platform.',
    judgement('Reusing a platform in production avoids building and learning a second one.'),
  ),
  rule(
    'sandbox-is-a-runtime-to-add',
    { 'existing-platform': ['kubernetes', 'both'] },
    rating(['microvm-sandbox', 'userspace-sandbox'], 'automation', 1),
    'A sandbox runs on the same Kubernetes platform through a RuntimeClass, but the runtime must be installed and kept up to date on the nodes.',
    cite('k8s-runtime-class', 'RuntimeClass: selecting a container runtime configuration per pod'),
  ),
  rule(
    'no-container-platform-yet',
    { 'existing-platform': ['vm-only'] },
    rating(containerOptions, 'automation', -2),
    'With no container platform and no container skills, one must be built and learnt before this workload can run on it.',
    judgement('Standing up, securing and operating a container platform is a project of its own for a VM-only team.'),
  ),
];
