import { cite, judgement } from '../basis';
import { containerOptions, note, rating, rule, ruleOut } from '../define';
import type { Question, Rule } from '../types';

/** Licensing and cost. */
export const questions: Question[] = [
  {
    id: 'licensing',
    theme: 'organisation',
    decisive: true,
    text: 'How is the software licensed and supported?',
    help: 'Vendors’ published licensing policies count cores differently on VMs and containers, and some vendors support only VMs.',
    answers: [
      { id: 'open', label: 'Open source or our own: no constraints' },
      {
        id: 'sql-server',
        label: 'Microsoft SQL Server, licensed per core',
      },
      {
        id: 'oracle',
        label: 'Oracle Database or middleware, licensed per processor',
        weights: { licensing: 3 },
        weightsWhy: 'Under Oracle’s policies the placement can multiply the licence bill several times over.',
      },
      {
        id: 'per-physical-core',
        label: 'Another licence counted per physical core of every host it can run on',
      },
      { id: 'vendor-vm-only', label: 'The vendor supports it only on a VM or bare metal (including virtual appliances)' },
    ],
  },
  {
    id: 'cost-pressure',
    theme: 'organisation',
    text: 'How strong is the pressure on cost and density?',
    help: 'How much it matters to fit more workloads on the same hardware.',
    answers: [
      { id: 'low', label: 'Low' },
      {
        id: 'moderate',
        label: 'Moderate',
        weights: { 'resource-efficiency': 0.5 },
        weightsWhy: 'Density counts somewhat.',
      },
      {
        id: 'high',
        label: 'High: density is a goal',
        weights: { 'resource-efficiency': 2 },
        weightsWhy: 'Fitting more workloads on the same hardware is an explicit goal.',
      },
    ],
  },
];

export const rules: Rule[] = [
  rule(
    'sql-server-per-virtual-core',
    { licensing: ['sql-server'] },
    note,
    'SQL Server licenses each VM or container by its virtual cores, with a minimum of four core licences each: the option does not change the count.',
    cite('sql-server-licensing', 'Licensing by virtual machine or container: per virtual core, four-core minimum'),
  ),
  rule(
    'oracle-containers-soft-partitioning',
    { licensing: ['oracle'] },
    rating(containerOptions, 'licensing', -3),
    'Oracle does not count container platforms as hard partitioning: every core of every node the container could run on needs licences, unless nodes are dedicated to it.',
    cite('oracle-partitioning', 'Soft partitioning: licensing all cores of the physical servers'),
  ),
  rule(
    'oracle-hypervisor-soft-partitioning',
    { licensing: ['oracle'], 'hosting-environment': ['on-prem-hypervisor'] },
    rating(['vm'], 'licensing', -3),
    'Oracle treats VMware and Hyper-V as soft partitioning: every host in the cluster the VM can reach needs licences; a cluster dedicated to Oracle caps them.',
    cite('oracle-partitioning', 'Soft partitioning: VMware, Hyper-V'),
  ),
  rule(
    'oracle-authorized-cloud',
    { licensing: ['oracle'], 'hosting-environment': ['public-cloud', 'public-cloud-bare-metal'] },
    note,
    'In an authorised cloud Oracle counts the instance’s vCPUs, so a VM is licensed for its own size.',
    cite('oracle-cloud-licensing', 'Licensing Oracle Software in the Cloud Computing Environment: counting vCPUs'),
  ),
  rule(
    'oracle-hard-partitioning-on-bare-metal',
    { licensing: ['oracle'], 'hosting-environment': ['on-prem-bare-metal', 'edge'] },
    rating(['vm'], 'licensing', -1),
    'Only a hypervisor Oracle recognises as hard partitioning (e.g. Oracle Linux KVM with pinned CPUs) limits the count to the VM’s cores.',
    cite('oracle-partitioning', 'Hard partitioning: approved technologies'),
  ),
  rule(
    'per-physical-core-everywhere',
    { licensing: ['per-physical-core'] },
    note,
    'Every option runs on shared hosts that all count: dedicate hosts or nodes to it either way. The licence does not favour an option.',
    judgement('Host-counted licences follow the hosts a workload can reach, and VMs and containers both reach a pool unless pinned to dedicated hosts.'),
  ),
  rule(
    'vendor-supports-vms-only',
    { licensing: ['vendor-vm-only'] },
    ruleOut(...containerOptions),
    'The vendor supports it only on a VM or bare metal: running it in a container forfeits support.',
    judgement('A vendor’s support statement is binding in practice: an unsupported platform means no fixes and no help in an incident.'),
  ),
];
