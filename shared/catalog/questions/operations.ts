import { cite, judgement } from '../basis';
import { containerOptions, rating, rule } from '../define';
import type { Question, Rule } from '../types';

/** How the workload stays available and how it is operated. */
export const questions: Question[] = [
  {
    id: 'availability',
    theme: 'operations',
    decisive: true,
    text: 'How does it stay available when a host fails or is maintained?',
    help: 'A replicated service tolerates being rescheduled; a singleton that relies on live migration and HA restart of its VM does not.',
    answers: [
      { id: 'replicated', label: 'Several replicas: losing or moving one is fine' },
      { id: 'app-clustered', label: 'The application fails over itself (e.g. database replication)' },
      { id: 'restart-tolerated', label: 'One instance; a restart elsewhere within minutes is acceptable' },
      {
        id: 'singleton-platform-ha',
        label: 'One instance that relies on live migration and HA restart by the platform',
        weights: { availability: 3 },
        weightsWhy: 'The platform, not the application, keeps the service alive, so what the platform offers decides.',
      },
    ],
  },
  {
    id: 'automation-maturity',
    theme: 'operations',
    text: 'How mature is the automation of the team that will run it?',
    help: 'Containers pay off through automation; without it they add moving parts.',
    answers: [
      { id: 'manual', label: 'Mostly manual operations' },
      { id: 'ci-cd', label: 'CI/CD and infrastructure as code' },
    ],
  },
  {
    id: 'legacy',
    theme: 'operations',
    text: 'How old is it, and how long will it live?',
    help: 'Containers assume configuration from the environment, disposable instances and health endpoints.',
    answers: [
      {
        id: 'new',
        label: 'New, built for the cloud',
        weights: { automation: 0.5, portability: 0.5 },
        weightsWhy: 'A new application can be built for automated, portable delivery from the start.',
      },
      { id: 'maintained', label: 'Actively maintained' },
      { id: 'legacy', label: 'Legacy: hard-coded IP addresses, configuration baked into the build, no health endpoints' },
    ],
  },
];

export const rules: Rule[] = [
  rule(
    'vsphere-ha-and-vmotion',
    { availability: ['singleton-platform-ha'], 'hosting-environment': ['on-prem-hypervisor'] },
    rating(['vm'], 'availability', 4),
    'The hypervisor keeps the single instance alive: HA restarts the VM on another host after a failure, and live migration moves it off a host before maintenance.',
    cite('vsphere-ha', 'vSphere HA: restarting VMs after host failure; vMotion: live migration'),
  ),
  rule(
    'cloud-instance-recovery',
    { availability: ['singleton-platform-ha'], 'hosting-environment': { not: ['on-prem-hypervisor'] } },
    rating(['vm'], 'availability', 2),
    'A VM is restarted on healthy hardware after a failure; live migration through maintenance depends on the provider or hypervisor.',
    judgement('Cloud providers recover instances automatically, but only some migrate them live; bare-metal and edge hosts need a hypervisor cluster for either.'),
  ),
  rule(
    'pods-are-rescheduled-not-migrated',
    { availability: ['singleton-platform-ha'] },
    rating(containerOptions, 'availability', -2),
    'Kubernetes does not live-migrate pods: a failed node’s pods are evicted after 300 seconds by default and restarted elsewhere, and draining a node for maintenance restarts them.',
    cite('k8s-taint-evictions', 'Taint based evictions: default tolerationSeconds 300 for not-ready and unreachable'),
  ),
  rule(
    'containers-without-ci-cd',
    { 'automation-maturity': ['manual'] },
    rating(containerOptions, 'automation', -1),
    'Without CI/CD, running containers at scale adds image builds and deployments to do by hand.',
    judgement('Container platforms assume images built and rolled out by pipelines; by hand, each release becomes more work than on a VM.'),
  ),
  rule(
    'legacy-fights-the-orchestrator',
    { legacy: ['legacy'] },
    rating(containerOptions, 'automation', -2),
    'An app with baked-in configuration, fixed addresses and no health checks fights the orchestrator.',
    cite('twelve-factor', 'III Config; IX Disposability'),
  ),
];
