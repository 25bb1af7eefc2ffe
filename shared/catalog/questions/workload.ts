import { cite, judgement, seed } from '../basis';
import { containerOptions, note, rating, rule, ruleOut, sharedKernelOptions } from '../define';
import type { Question, Rule } from '../types';

/** What kind of workload it is, how it scales, where its state lives and how it reacts to latency. */
export const questions: Question[] = [
  {
    id: 'workload-type',
    theme: 'workload',
    text: 'What kind of workload is it?',
    help: 'Desktops, developer environments and HPC jobs each have a platform practitioners reach for first.',
    answers: [
      { id: 'application', label: 'An application or service' },
      { id: 'virtual-desktop', label: 'Interactive user desktops (VDI)' },
      {
        id: 'developer-environment',
        label: 'Developer environments',
        weights: { portability: 1, 'resource-efficiency': 0.5 },
        weightsWhy: 'The same environment must open on laptops, CI and remote hosts, many of them at once.',
      },
      {
        id: 'hpc',
        label: 'HPC or tightly coupled parallel jobs (MPI)',
        weights: { performance: 2, 'resource-allocation': 1 },
        weightsWhy: 'Parallel jobs are paid for by the core-hour and limited by the interconnect.',
      },
    ],
  },
  {
    id: 'architecture',
    theme: 'workload',
    text: 'How is the application built?',
    help: 'Many small services multiply the benefit of light instances.',
    answers: [
      {
        id: 'monolith',
        label: 'One monolith',
        weights: { scalability: -0.5 },
        weightsWhy: 'A monolith scales as one piece, so fine-grained scaling matters less.',
      },
      { id: 'modular', label: 'A few services' },
      {
        id: 'microservices',
        label: 'Many microservices',
        weights: { automation: 1, 'resource-efficiency': 0.5, scalability: 0.5 },
        weightsWhy: 'Many small services multiply deployments and per-instance overhead.',
      },
      {
        id: 'functions',
        label: 'Event-driven functions',
        weights: { scalability: 1, 'resource-efficiency': 1 },
        weightsWhy: 'Functions scale per event and are billed by what they use.',
      },
    ],
  },
  {
    id: 'scale-churn',
    theme: 'workload',
    decisive: true,
    text: 'How many instances run, and how long do they live?',
    help: 'Start-up speed matters only when instances come and go often.',
    answers: [
      {
        id: 'few-long-lived',
        label: 'A few long-lived servers',
        weights: { scalability: -0.5 },
        weightsWhy: 'Servers that live for months rarely need to start fast.',
      },
      {
        id: 'elastic',
        label: 'Tens of replicas that scale with load',
        weights: { scalability: 1 },
        weightsWhy: 'Capacity must follow demand.',
      },
      {
        id: 'high-churn',
        label: 'Thousands of short-lived instances (jobs, functions, CI runs)',
        weights: { scalability: 2, 'resource-efficiency': 1 },
        weightsWhy: 'Start-up time and per-instance overhead are paid thousands of times a day.',
      },
    ],
  },
  {
    id: 'load-pattern',
    theme: 'workload',
    text: 'How does its load vary?',
    help: 'The more sudden the changes, the more scaling speed matters.',
    answers: [
      { id: 'steady', label: 'Steady', weights: { scalability: -0.5 }, weightsWhy: 'Steady load needs no elasticity.' },
      {
        id: 'predictable',
        label: 'Predictable peaks (daily, seasonal)',
        weights: { scalability: 0.5 },
        weightsWhy: 'Peaks can be planned for, so scaling speed matters a little.',
      },
      {
        id: 'bursty',
        label: 'Bursty and unpredictable',
        weights: { scalability: 1.5 },
        weightsWhy: 'Capacity must arrive before the burst is over.',
      },
      {
        id: 'batch',
        label: 'Batch jobs that run and exit',
        weights: { 'resource-allocation': 1, scalability: 0.5 },
        weightsWhy: 'Resources should be taken for the job and given back when it ends.',
      },
    ],
  },
  {
    id: 'startup-time',
    theme: 'workload',
    text: 'How long does the application take to start and be ready to serve?',
    help: 'An application that needs minutes to warm up gains little from an instance that starts in a second.',
    answers: [
      { id: 'under-10s', label: 'Under 10 seconds' },
      { id: '10s-to-1min', label: '10 seconds to a minute' },
      { id: '1-to-5min', label: '1 to 5 minutes' },
      { id: 'over-5min', label: 'Over 5 minutes' },
    ],
  },
  {
    id: 'state',
    theme: 'workload',
    text: 'Where does its state live?',
    help: 'Containers carry their dependencies, not their data.',
    answers: [
      { id: 'stateless', label: 'Stateless', weights: { portability: 0.5 }, weightsWhy: 'Nothing ties a stateless service to one place.' },
      { id: 'external', label: 'In managed databases or object storage' },
      {
        id: 'local-persistent',
        label: 'Persistent data on local disks (e.g. its own database)',
        weights: { scalability: -0.5 },
        weightsWhy: 'Data on local disks scales by adding storage, not instances.',
      },
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
        label: 'Low latency matters (trading, real-time media, soft real-time)',
        weights: { performance: 2 },
        weightsWhy: 'Run-time overhead shows directly in response times.',
      },
      {
        id: 'hard-real-time',
        label: 'Hard real-time deadlines',
        weights: { performance: 3 },
        weightsWhy: 'A missed deadline is a failure, so jitter decides.',
      },
    ],
  },
];

const fastStart = { 'startup-time': { not: ['1-to-5min', 'over-5min'] } } as const;

export const rules: Rule[] = [
  rule(
    'desktops-are-vms',
    { 'workload-type': ['virtual-desktop'] },
    ruleOut(...containerOptions),
    'Desktop virtualization delivers each user a full desktop OS as a VM: containers share a host kernel and have no desktop session.',
    cite('avd-overview', 'What is Azure Virtual Desktop: desktops and apps delivered from virtual machines'),
  ),
  rule(
    'dev-containers',
    { 'workload-type': ['developer-environment'] },
    rating(sharedKernelOptions, 'automation', 1),
    'Dev Containers describe the whole environment as a container image that editors and CI open alike.',
    cite('dev-containers', 'Development Container Specification: overview'),
  ),
  rule(
    'hypervisor-between-mpi-and-interconnect',
    { 'workload-type': ['hpc'] },
    rating(['vm', 'container-on-vm', 'microvm-sandbox'], 'performance', -1),
    'The hypervisor sits between MPI and the interconnect: RDMA needs SR-IOV passthrough, and each layer adds latency.',
    cite('felter-2015', 'Results: KVM network latency overhead'),
  ),
  rule(
    'gvisor-no-rdma',
    { 'workload-type': ['hpc'] },
    rating(['userspace-sandbox'], 'performance', -3),
    'A user-space kernel between MPI and the interconnect serves every network call itself: RDMA devices do not reach the job.',
    cite('gvisor-performance', 'Performance guide: network-heavy workloads'),
  ),
  rule(
    'vm-boots-for-elastic-load',
    { 'scale-churn': ['elastic'], ...fastStart },
    rating(['vm'], 'scalability', -2),
    'A new VM boots a whole operating system, so its capacity follows demand in minutes where a container’s follows in seconds.',
    seed('Differences 2: Performance (faster start-up times)'),
  ),
  rule(
    'vm-boots-for-churn',
    { 'scale-churn': ['high-churn'], ...fastStart },
    rating(['vm'], 'scalability', -4),
    'Booting a whole operating system for each of thousands of short-lived instances wastes minutes and a guest OS every time.',
    seed('Differences 2: Performance (faster start-up times)'),
  ),
  rule(
    'microvms-start-fast',
    { 'scale-churn': ['high-churn'] },
    note,
    'Micro-VMs keep up with this churn: Firecracker reaches guest init within 125 ms, and it was built to run AWS Lambda’s short-lived functions.',
    cite('firecracker-spec', 'Start-up time: guest init within 125 ms'),
  ),
  rule(
    'slow-start-dominates',
    { 'scale-churn': ['elastic', 'high-churn'], 'startup-time': ['1-to-5min', 'over-5min'] },
    note,
    'The application itself needs minutes to be ready, so how fast the instance starts does not change how fast capacity arrives.',
    judgement('Readiness is bounded by the slower of instance start-up and application warm-up.'),
  ),
  rule(
    'volumes-tie-to-storage',
    { state: ['local-persistent'] },
    rating(containerOptions, 'portability', -2),
    'Persistent volumes tie the container to its storage: it no longer moves with its image alone.',
    cite('k8s-statefulsets', 'StatefulSets: stable persistent storage per pod'),
  ),
  rule(
    'no-sandbox-for-hard-deadlines',
    { latency: ['hard-real-time'] },
    ruleOut('microvm-sandbox', 'userspace-sandbox'),
    'A guest kernel or system-call interception adds scheduling jitter that hard real-time deadlines cannot absorb.',
    judgement('Hard real-time work is run on tuned kernels (PREEMPT_RT, isolated CPUs); a sandbox adds a scheduler or an interception layer that is not tuned for it.'),
  ),
  rule(
    'two-schedulers-for-hard-deadlines',
    { latency: ['hard-real-time'] },
    rating(['vm', 'container-on-vm'], 'performance', -2),
    'Two schedulers (hypervisor and guest) stand between the task and the CPU; real-time KVM narrows but does not close the gap to bare metal.',
    cite('rhel-rt-kvm', 'Real-time KVM: tuning guests for low latency'),
  ),
];
