import { cite } from './sources';
import type { HostingOption } from './types';

/** The hosting options architects choose between. */
export const options: HostingOption[] = [
  {
    id: 'vm',
    name: 'Virtual machine',
    shortName: 'VM',
    description: 'Each workload in its own guest operating system on a hypervisor.',
    citation: cite.seedVirtualization,
  },
  {
    id: 'container',
    name: 'Container',
    shortName: 'Container',
    description: 'OCI containers sharing the kernel of a bare-metal or dedicated host, usually orchestrated.',
    citation: cite.seedContainerization,
  },
  {
    id: 'container-on-vm',
    name: 'Containers on VMs',
    shortName: 'Containers on VMs',
    description:
      'Containers scheduled onto virtual machines (the usual shape of managed Kubernetes): the VM is the isolation boundary between node pools or tenants.',
    citation: cite.nist800190Overview,
  },
  {
    id: 'sandboxed-container',
    name: 'Sandboxed container',
    shortName: 'Sandboxed',
    description:
      'Containers run in a microVM or user-space kernel sandbox (Kata Containers, Firecracker, gVisor): the container workflow with a kernel per workload.',
    citation: cite.kataDocs,
  },
];
