import { cite } from './sources';
import type { Question } from './types';

/**
 * The questions that build a workload profile. Each answer moves criterion weights (raw scale, base 1),
 * adjusts how well an option serves a criterion for this workload, or rules an option out with a reason.
 * The virtual machine is never ruled out, so every profile has a feasible option.
 */
export const questions: Question[] = [
  {
    id: 'code-trust',
    theme: 'security',
    text: 'Whose code runs in this workload?',
    help: 'Code you did not write or review is the main reason to want a kernel between workloads.',
    answers: [
      { id: 'own', label: 'Our own reviewed code' },
      {
        id: 'third-party',
        label: 'Vetted third-party software',
        weights: [{ criterion: 'isolation', delta: 0.5 }],
      },
      {
        id: 'untrusted',
        label: "Customers' or other untrusted code",
        weights: [{ criterion: 'isolation', delta: 2.5 }],
        ruleOut: [
          {
            option: 'container',
            reason: 'Untrusted code must not run in a plain container: it shares the host kernel, so one kernel exploit reaches the host and every neighbour.',
            citation: cite.nist800190SharedKernel,
          },
        ],
        ratings: [
          {
            option: 'container-on-vm',
            criterion: 'isolation',
            delta: -2,
            reason: 'Untrusted code of different tenants would share each node VM’s kernel unless every tenant gets its own VMs.',
          },
        ],
      },
    ],
  },
  {
    id: 'tenancy',
    theme: 'security',
    text: 'Who shares the infrastructure it runs on?',
    help: 'Neighbours you do not control raise the cost of a breakout.',
    answers: [
      { id: 'single-tenant', label: 'Nobody: dedicated to this workload' },
      {
        id: 'internal-teams',
        label: 'Other internal teams',
        weights: [{ criterion: 'isolation', delta: 0.5 }],
      },
      {
        id: 'multi-tenant',
        label: 'Several customers (multi-tenant)',
        weights: [
          { criterion: 'isolation', delta: 1.5 },
          { criterion: 'resource-efficiency', delta: 0.5 },
        ],
      },
    ],
  },
  {
    id: 'compliance',
    theme: 'security',
    text: 'Which compliance regime applies?',
    help: 'Auditors ask how in-scope workloads are segmented and how changes are evidenced.',
    answers: [
      { id: 'none', label: 'None in particular' },
      {
        id: 'standard',
        label: 'SOC 2, ISO 27001 or similar',
        weights: [{ criterion: 'isolation', delta: 0.5 }],
      },
      {
        id: 'strict',
        label: 'PCI DSS, HIPAA or similar',
        weights: [
          { criterion: 'isolation', delta: 2 },
          { criterion: 'automation', delta: 0.5 },
        ],
        ratings: [
          {
            option: 'container',
            criterion: 'isolation',
            delta: -2,
            reason: 'In-scope workloads on a shared kernel need segmentation argued and evidenced host by host.',
            citation: cite.pciDss,
          },
        ],
      },
      {
        id: 'high-assurance',
        label: 'Government or defence high-assurance',
        weights: [{ criterion: 'isolation', delta: 2.5 }],
        ruleOut: [
          {
            option: 'container',
            reason: 'High-assurance regimes require a hypervisor boundary between workloads of different sensitivity; a plain container shares the host kernel.',
            citation: cite.nist800190Sensitivity,
          },
        ],
      },
    ],
  },
  {
    id: 'os-needs',
    theme: 'platform',
    text: 'What operating system and kernel does it need?',
    help: 'A VM carries its own OS; containers share the kernel of their host.',
    answers: [
      { id: 'linux-any', label: 'Linux, any current kernel' },
      {
        id: 'linux-pinned-kernel',
        label: 'Linux with a pinned kernel version, custom kernel modules or drivers',
        weights: [{ criterion: 'os-compatibility', delta: 2 }],
        ruleOut: [
          {
            option: 'container',
            reason: 'A container cannot load its own kernel modules or pin its own kernel version: it shares the host kernel.',
            citation: cite.seedContainerization,
          },
        ],
        ratings: [
          {
            option: 'sandboxed-container',
            criterion: 'os-compatibility',
            delta: -1,
            reason: 'Sandbox guest kernels are built by the runtime; custom modules mean maintaining your own guest kernel.',
          },
        ],
      },
      {
        id: 'windows-modern',
        label: 'Windows Server 2019 or later, able to run in Windows containers',
        weights: [{ criterion: 'os-compatibility', delta: 1.5 }],
        ruleOut: [
          {
            option: 'sandboxed-container',
            reason: 'Kata Containers, Firecracker and gVisor run Linux workloads only.',
            citation: cite.kataDocs,
          },
        ],
        ratings: [
          {
            option: 'container',
            criterion: 'os-compatibility',
            delta: -1,
            reason: 'Windows containers need Windows hosts whose version matches the container image.',
            citation: cite.k8sWindows,
          },
        ],
      },
      {
        id: 'other-os',
        label: 'Legacy Windows or another OS (BSD, Solaris, mainframe Linux)',
        weights: [{ criterion: 'os-compatibility', delta: 3 }],
        ruleOut: [
          { option: 'container', reason: 'It needs its own operating system, and a container shares the host kernel.', citation: cite.seedContainerization },
          { option: 'container-on-vm', reason: 'Containers cannot host this operating system, whatever VM they run on.' },
          { option: 'sandboxed-container', reason: 'Sandboxed runtimes run Linux containers only.' },
        ],
      },
    ],
  },
  {
    id: 'hardware',
    theme: 'platform',
    text: 'Does it need special hardware?',
    help: 'GPUs, accelerators, dongles or special network cards must reach the workload.',
    answers: [
      { id: 'none', label: 'No' },
      {
        id: 'gpu',
        label: 'GPUs or other accelerators',
        weights: [
          { criterion: 'performance', delta: 1 },
          { criterion: 'resource-allocation', delta: 1 },
        ],
        ratings: [
          {
            option: 'sandboxed-container',
            criterion: 'performance',
            delta: -3,
            reason: 'GPU support inside sandboxes is limited and specific to each runtime.',
            citation: cite.gvisorDocs,
          },
          {
            option: 'container',
            criterion: 'resource-allocation',
            delta: 1,
            reason: 'Device plugins let many jobs share GPU nodes and release the devices when they finish.',
            citation: cite.k8sDevicePlugins,
          },
          {
            option: 'vm',
            criterion: 'resource-allocation',
            delta: -2,
            reason: 'Passthrough dedicates whole devices to one VM.',
            citation: cite.nist800125aPassthrough,
          },
        ],
      },
      {
        id: 'devices',
        label: 'Host devices: USB or serial devices, licence dongles, special network cards',
        weights: [{ criterion: 'os-compatibility', delta: 1 }],
        ratings: [
          {
            option: 'sandboxed-container',
            criterion: 'os-compatibility',
            delta: -3,
            reason: 'Sandboxes expose no host devices unless the runtime is set up for passthrough.',
          },
          {
            option: 'container-on-vm',
            criterion: 'os-compatibility',
            delta: -1,
            reason: 'The device must be passed through to the node VM and again into the container.',
          },
        ],
      },
    ],
  },
  {
    id: 'licensing',
    theme: 'organisation',
    text: 'How is the software licensed and supported?',
    help: 'Per-core licences and vendor support statements often decide the platform on their own.',
    answers: [
      { id: 'open', label: 'Open source or our own: no constraints' },
      {
        id: 'per-core',
        label: 'Licensed per server or per CPU core',
        weights: [{ criterion: 'resource-allocation', delta: 1 }],
        ratings: [
          {
            option: 'container',
            criterion: 'resource-allocation',
            delta: -3,
            reason: 'Per-core licences often count every core of the host a container could run on.',
          },
          {
            option: 'container-on-vm',
            criterion: 'resource-allocation',
            delta: 1,
            reason: 'A small dedicated node VM caps the cores the licence counts.',
          },
        ],
      },
      {
        id: 'vendor-vm-only',
        label: 'The vendor supports it only on a VM or bare metal',
        ruleOut: [
          { option: 'container', reason: 'The vendor does not support containers: running it in one forfeits support.' },
          { option: 'container-on-vm', reason: 'The vendor does not support containers: running it in one forfeits support.' },
          { option: 'sandboxed-container', reason: 'The vendor does not support containers: running it in one forfeits support.' },
        ],
      },
    ],
  },
  {
    id: 'startup-time',
    theme: 'workload',
    text: 'How long does it take to start and be ready to serve?',
    help: 'Fast start-up is what lets containers scale with load; a slow start wastes it.',
    answers: [
      {
        id: 'under-10s',
        label: 'Under 10 seconds',
        weights: [
          { criterion: 'performance', delta: 0.5 },
          { criterion: 'scalability', delta: 0.5 },
        ],
      },
      { id: '10s-to-1min', label: '10 seconds to a minute' },
      {
        id: '1-to-5min',
        label: '1 to 5 minutes',
        ratings: [
          {
            option: 'container',
            criterion: 'scalability',
            delta: -2,
            reason: 'Instances that take minutes to become ready cannot follow sudden load, however fast the container starts.',
          },
          {
            option: 'container-on-vm',
            criterion: 'scalability',
            delta: -2,
            reason: 'Instances that take minutes to become ready cannot follow sudden load, however fast the container starts.',
          },
          {
            option: 'sandboxed-container',
            criterion: 'scalability',
            delta: -2,
            reason: 'Instances that take minutes to become ready cannot follow sudden load, however fast the sandbox starts.',
          },
        ],
      },
      {
        id: 'over-5min',
        label: 'Over 5 minutes',
        weights: [{ criterion: 'scalability', delta: -0.5 }],
        ratings: [
          {
            option: 'container',
            criterion: 'scalability',
            delta: -3,
            reason: 'Start-up of over five minutes erases the container’s fast-scaling advantage.',
          },
          {
            option: 'container-on-vm',
            criterion: 'scalability',
            delta: -3,
            reason: 'Start-up of over five minutes erases the container’s fast-scaling advantage.',
          },
          {
            option: 'sandboxed-container',
            criterion: 'scalability',
            delta: -3,
            reason: 'Start-up of over five minutes erases the sandbox’s fast-scaling advantage.',
          },
        ],
      },
    ],
  },
  {
    id: 'load-pattern',
    theme: 'workload',
    text: 'How does its load vary?',
    help: 'The more sudden the changes, the more scaling speed matters.',
    answers: [
      { id: 'steady', label: 'Steady', weights: [{ criterion: 'scalability', delta: -0.5 }] },
      { id: 'predictable', label: 'Predictable peaks (daily, seasonal)', weights: [{ criterion: 'scalability', delta: 0.5 }] },
      {
        id: 'bursty',
        label: 'Bursty and unpredictable',
        weights: [
          { criterion: 'scalability', delta: 2 },
          { criterion: 'performance', delta: 1 },
        ],
      },
      {
        id: 'batch',
        label: 'Batch jobs that run and exit',
        weights: [
          { criterion: 'scalability', delta: 1 },
          { criterion: 'resource-allocation', delta: 1 },
          { criterion: 'resource-efficiency', delta: 0.5 },
        ],
      },
    ],
  },
  {
    id: 'cost-pressure',
    theme: 'organisation',
    text: 'How strong is the pressure on cost and density?',
    help: 'How much it matters to fit more workloads on the same hardware.',
    answers: [
      { id: 'low', label: 'Low' },
      { id: 'moderate', label: 'Moderate', weights: [{ criterion: 'resource-efficiency', delta: 0.5 }] },
      {
        id: 'high',
        label: 'High: density is a goal',
        weights: [
          { criterion: 'resource-efficiency', delta: 2 },
          { criterion: 'resource-allocation', delta: 0.5 },
        ],
      },
    ],
  },
  {
    id: 'deployment-targets',
    theme: 'platform',
    text: 'Where must it run?',
    help: 'Every additional platform makes portability worth more.',
    answers: [
      { id: 'one-dc', label: 'One data centre or one cloud', weights: [{ criterion: 'portability', delta: -0.5 }] },
      { id: 'hybrid', label: 'On premises and one public cloud', weights: [{ criterion: 'portability', delta: 1 }] },
      { id: 'multi-cloud', label: 'Several public clouds', weights: [{ criterion: 'portability', delta: 2 }] },
      {
        id: 'edge',
        label: 'Edge sites or devices with little hardware',
        weights: [
          { criterion: 'resource-efficiency', delta: 2 },
          { criterion: 'portability', delta: 1 },
        ],
        ratings: [
          {
            option: 'vm',
            criterion: 'resource-efficiency',
            delta: -1,
            reason: 'Small edge devices cannot spare a guest operating system per workload.',
          },
          {
            option: 'container-on-vm',
            criterion: 'resource-efficiency',
            delta: -2,
            reason: 'A VM layer under the containers eats the little memory edge devices have.',
          },
          {
            option: 'sandboxed-container',
            criterion: 'portability',
            delta: -2,
            reason: 'Many edge devices lack the virtualization extensions microVM sandboxes need.',
          },
        ],
      },
    ],
  },
  {
    id: 'automation-maturity',
    theme: 'operations',
    text: 'How mature is the automation of the team that will run it?',
    help: 'Containers pay off through automation; without it they add moving parts.',
    answers: [
      {
        id: 'manual',
        label: 'Mostly manual operations',
        weights: [{ criterion: 'automation', delta: -0.5 }],
        ratings: [
          {
            option: 'container',
            criterion: 'automation',
            delta: -2,
            reason: 'Without CI/CD and an orchestrator, running containers at scale adds work instead of removing it.',
          },
          {
            option: 'container-on-vm',
            criterion: 'automation',
            delta: -2,
            reason: 'Without CI/CD and an orchestrator, running containers at scale adds work instead of removing it.',
          },
          {
            option: 'sandboxed-container',
            criterion: 'automation',
            delta: -3,
            reason: 'A sandboxed runtime needs an orchestrator and runtime configuration the team does not run yet.',
          },
        ],
      },
      { id: 'ci-cd', label: 'CI/CD and infrastructure as code', weights: [{ criterion: 'automation', delta: 0.5 }] },
      {
        id: 'orchestrated',
        label: 'CI/CD, infrastructure as code and a running orchestrator (e.g. Kubernetes)',
        weights: [{ criterion: 'automation', delta: 1.5 }],
        ratings: [
          {
            option: 'vm',
            criterion: 'automation',
            delta: -1,
            reason: 'VMs sit outside the orchestrator the team already runs and need a second tool chain.',
          },
        ],
      },
    ],
  },
  {
    id: 'architecture',
    theme: 'workload',
    text: 'How is the application built?',
    help: 'Many small services multiply the benefit of light, quickly started instances.',
    answers: [
      {
        id: 'monolith',
        label: 'One monolith',
        weights: [
          { criterion: 'scalability', delta: -0.5 },
          { criterion: 'portability', delta: -0.5 },
        ],
      },
      { id: 'modular', label: 'A few services' },
      {
        id: 'microservices',
        label: 'Many microservices',
        weights: [
          { criterion: 'scalability', delta: 1 },
          { criterion: 'automation', delta: 1 },
          { criterion: 'resource-efficiency', delta: 1 },
        ],
      },
      {
        id: 'functions',
        label: 'Event-driven functions',
        weights: [
          { criterion: 'performance', delta: 1.5 },
          { criterion: 'scalability', delta: 1.5 },
        ],
      },
    ],
  },
  {
    id: 'state',
    theme: 'workload',
    text: 'Where does its state live?',
    help: 'Containers carry their dependencies, not their data.',
    answers: [
      { id: 'stateless', label: 'Stateless', weights: [{ criterion: 'portability', delta: 0.5 }] },
      { id: 'external', label: 'In managed databases or object storage' },
      {
        id: 'local-persistent',
        label: 'Persistent data on local disks (e.g. its own database)',
        weights: [{ criterion: 'scalability', delta: -0.5 }],
        ratings: [
          {
            option: 'container',
            criterion: 'portability',
            delta: -2,
            reason: 'Persistent volumes tie the container to its storage: it no longer moves with its image alone.',
            citation: cite.k8sStatefulSets,
          },
          {
            option: 'container-on-vm',
            criterion: 'portability',
            delta: -2,
            reason: 'Persistent volumes tie the container to its storage: it no longer moves with its image alone.',
            citation: cite.k8sStatefulSets,
          },
          {
            option: 'sandboxed-container',
            criterion: 'portability',
            delta: -2,
            reason: 'Persistent volumes tie the sandbox to its storage, and sandboxes add a layer to the storage path.',
          },
        ],
      },
    ],
  },
  {
    id: 'legacy',
    theme: 'organisation',
    text: 'How old is it, and how long will it live?',
    help: 'Containers assume configuration from the environment, disposable instances and health endpoints.',
    answers: [
      {
        id: 'new',
        label: 'New, built for the cloud',
        weights: [
          { criterion: 'automation', delta: 0.5 },
          { criterion: 'portability', delta: 0.5 },
        ],
      },
      { id: 'maintained', label: 'Actively maintained' },
      {
        id: 'legacy',
        label: 'Legacy: hard-coded IP addresses, configuration baked into the build, no health endpoints',
        weights: [{ criterion: 'os-compatibility', delta: 1 }],
        ratings: [
          {
            option: 'container',
            criterion: 'automation',
            delta: -2,
            reason: 'An app with baked-in configuration, fixed addresses and no health checks fights the orchestrator.',
            citation: cite.twelveFactor,
          },
          {
            option: 'container-on-vm',
            criterion: 'automation',
            delta: -2,
            reason: 'An app with baked-in configuration, fixed addresses and no health checks fights the orchestrator.',
            citation: cite.twelveFactor,
          },
          {
            option: 'sandboxed-container',
            criterion: 'automation',
            delta: -2,
            reason: 'An app with baked-in configuration, fixed addresses and no health checks fights the orchestrator.',
            citation: cite.twelveFactor,
          },
        ],
      },
    ],
  },
  {
    id: 'team-skills',
    theme: 'organisation',
    text: 'What does the team that runs it know best?',
    help: 'The platform the team knows is the one it operates safely at 3 a.m.',
    answers: [
      {
        id: 'vm-ops',
        label: 'Virtual machines and classic operations',
        ratings: [
          {
            option: 'container',
            criterion: 'automation',
            delta: -1,
            reason: 'The team would have to learn container tooling before it automates anything.',
          },
          {
            option: 'sandboxed-container',
            criterion: 'automation',
            delta: -2,
            reason: 'Sandboxed runtimes need container and virtualization skills at once.',
          },
        ],
      },
      {
        id: 'containers',
        label: 'Containers and orchestration',
        ratings: [
          {
            option: 'vm',
            criterion: 'automation',
            delta: -1,
            reason: 'The team automates containers; VM images and their patching would be a second discipline.',
          },
        ],
      },
      { id: 'both', label: 'Both' },
    ],
  },
  {
    id: 'latency',
    theme: 'workload',
    text: 'How sensitive is it to latency and jitter?',
    help: 'Every layer between the workload and the hardware adds jitter.',
    answers: [
      { id: 'tolerant', label: 'Tolerant' },
      {
        id: 'low-latency',
        label: 'Low latency matters (trading, real-time media)',
        weights: [{ criterion: 'performance', delta: 2 }],
        ratings: [
          {
            option: 'sandboxed-container',
            criterion: 'performance',
            delta: -1,
            reason: 'System calls through a sandbox kernel add latency on every I/O path.',
            citation: cite.gvisorDocs,
          },
        ],
      },
      {
        id: 'hard-real-time',
        label: 'Hard real-time deadlines',
        weights: [
          { criterion: 'performance', delta: 2 },
          { criterion: 'os-compatibility', delta: 1 },
        ],
        ruleOut: [
          {
            option: 'sandboxed-container',
            reason: 'A microVM or user-space kernel adds scheduling jitter that hard real-time deadlines cannot absorb.',
          },
        ],
        ratings: [
          {
            option: 'container-on-vm',
            criterion: 'performance',
            delta: -2,
            reason: 'Two schedulers (hypervisor and guest) stand between the task and the CPU.',
          },
        ],
      },
    ],
  },
];
