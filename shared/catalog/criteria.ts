import { judgement, seed } from './basis';
import type { Criterion } from './types';

/**
 * The criteria every option is rated on: the seed document's four differences and its similarities, plus two
 * context criteria (availability, licensing) that weigh nothing until an answer makes them matter.
 */
export const criteria: Criterion[] = [
  {
    id: 'resource-efficiency',
    name: 'Resource efficiency',
    description: 'Memory, CPU and disk each instance costs beyond the application itself.',
    kind: 'difference',
    baseWeight: 1,
    basis: seed('Differences 1: Resource Efficiency'),
  },
  {
    id: 'performance',
    name: 'Run-time performance',
    description:
      'Overhead on CPU, memory, storage and network I/O while it runs. Start-up speed counts once, under scalability, where churn makes it matter.',
    kind: 'difference',
    baseWeight: 1,
    basis: seed('Differences 2: Performance'),
  },
  {
    id: 'isolation',
    name: 'Isolation and security',
    description: 'How strongly one workload is separated from the host and from its neighbours.',
    kind: 'difference',
    baseWeight: 1,
    basis: seed('Differences 3: Isolation (and Similarities 1: both isolate)'),
  },
  {
    id: 'portability',
    name: 'Portability',
    description: 'How easily the workload moves between hosts, data centres and clouds.',
    kind: 'difference',
    baseWeight: 1,
    basis: seed('Differences 4: Portability'),
  },
  {
    id: 'resource-allocation',
    name: 'Resource allocation',
    description: 'How precisely CPU, memory and devices are allotted to each instance and reclaimed.',
    kind: 'similarity',
    baseWeight: 1,
    basis: seed('Similarities 2: Resource Allocation'),
  },
  {
    id: 'scalability',
    name: 'Scalability and start-up',
    description: 'How quickly and finely capacity follows demand, including how fast a new instance is ready.',
    kind: 'similarity',
    baseWeight: 1,
    basis: seed('Similarities 3: Scalability'),
  },
  {
    id: 'automation',
    name: 'Automation and operability',
    description: 'How well this team can automate and operate it with the tools and skills it has.',
    kind: 'similarity',
    baseWeight: 1,
    basis: seed('Similarities 4: Automation'),
  },
  {
    id: 'availability',
    name: 'Availability through host failure and maintenance',
    description: 'Whether a single instance survives host maintenance and failure without the application’s help.',
    kind: 'context',
    baseWeight: 0,
    basis: judgement(
      'Not in the seed document: it matters only for workloads that rely on the platform to keep one instance running, so it weighs nothing until the availability question says so.',
    ),
  },
  {
    id: 'licensing',
    name: 'Licence exposure',
    description: 'How many licences the placement forces under the vendor’s published licensing policy.',
    kind: 'context',
    baseWeight: 0,
    basis: judgement(
      'Not in the seed document: it matters only for commercially licensed software, so it weighs nothing until the licensing question says so.',
    ),
  },
];
