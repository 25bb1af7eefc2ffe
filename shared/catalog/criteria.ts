import { cite } from './sources';
import type { Criterion } from './types';

/** The criteria every option is rated on: the seed's differences and similarities, plus OS compatibility. */
export const criteria: Criterion[] = [
  {
    id: 'resource-efficiency',
    name: 'Resource efficiency',
    description: 'How much memory, CPU and disk each instance costs beyond the application itself.',
    baseWeight: 1,
    citation: cite.seedResourceEfficiency,
  },
  {
    id: 'performance',
    name: 'Performance and start-up',
    description: 'Run-time overhead and how fast a new instance is ready to serve.',
    baseWeight: 1,
    citation: cite.seedPerformance,
  },
  {
    id: 'isolation',
    name: 'Isolation and security',
    description: 'How strongly one workload is separated from the host and from its neighbours.',
    baseWeight: 1,
    citation: cite.seedIsolationDifference,
  },
  {
    id: 'portability',
    name: 'Portability',
    description: 'How easily the workload moves between platforms, data centres and clouds.',
    baseWeight: 1,
    citation: cite.seedPortability,
  },
  {
    id: 'os-compatibility',
    name: 'OS and kernel compatibility',
    description:
      'Freedom to run another operating system, a pinned kernel or kernel modules: a VM carries its own OS, containers share the host kernel.',
    baseWeight: 1,
    citation: cite.seedContainerization,
  },
  {
    id: 'resource-allocation',
    name: 'Resource allocation',
    description: 'How precisely CPU, memory and devices can be allotted to each instance and reclaimed.',
    baseWeight: 1,
    citation: cite.seedResourceAllocation,
  },
  {
    id: 'scalability',
    name: 'Scalability',
    description: 'How quickly and finely capacity follows demand, up and down.',
    baseWeight: 1,
    citation: cite.seedScalability,
  },
  {
    id: 'automation',
    name: 'Automation',
    description: 'How well deployment and operations can be automated with current tools.',
    baseWeight: 1,
    citation: cite.seedAutomation,
  },
];
