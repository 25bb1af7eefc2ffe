import { cite, seed } from './basis';
import type { HostingOption } from './types';

/** The hosting options architects choose between, named as they would name them. */
export const options: HostingOption[] = [
  {
    id: 'vm',
    name: 'Virtual machine',
    shortName: 'VM',
    description: 'The workload in its own guest operating system on a hypervisor or as a cloud instance.',
    examples: 'VMware vSphere, Hyper-V, KVM/OpenStack, Proxmox VE; EC2, Azure and Compute Engine instances',
    basis: seed('Virtualization'),
  },
  {
    id: 'container',
    name: 'Containers on bare metal',
    shortName: 'Containers',
    description:
      'OCI containers sharing the kernel of physical hosts the team runs, usually orchestrated (Kubernetes or OpenShift on bare metal).',
    examples: 'Kubernetes or OpenShift on bare-metal nodes; Docker or Podman on a dedicated server',
    basis: seed('Containerization'),
  },
  {
    id: 'container-on-vm',
    name: 'Containers on VMs',
    shortName: 'Containers on VMs',
    description:
      'Containers scheduled onto virtual-machine nodes: the usual shape of managed Kubernetes, and of Kubernetes on a hypervisor estate.',
    examples: 'EKS, AKS, GKE node pools; OpenShift or Tanzu on vSphere',
    basis: cite('k8s-nodes-are-vms', 'Worker nodes are cloud VM instances'),
  },
  {
    id: 'microvm-sandbox',
    name: 'Micro-VM sandboxed containers',
    shortName: 'Micro-VM sandbox',
    description:
      'Each pod or container in a lightweight VM with its own guest kernel: needs hardware virtualization (KVM) on the host.',
    examples: 'Kata Containers, Firecracker (e.g. firecracker-containerd), selected with a Kubernetes RuntimeClass',
    basis: cite('kata-architecture', 'Overview: each pod runs in a lightweight VM with its own guest kernel'),
  },
  {
    id: 'userspace-sandbox',
    name: 'User-space-kernel sandboxed containers',
    shortName: 'gVisor sandbox',
    description:
      'Containers whose system calls a user-space kernel intercepts and serves: no guest kernel and no hardware virtualization needed.',
    examples: 'gVisor (runsc), as in GKE Sandbox',
    basis: cite('gvisor-overview', 'What is gVisor: an application kernel that implements the Linux system-call interface'),
  },
];
