import type { Citation } from './types';

/** The sources the catalogue cites. `seed` is the source document of the criteria. */
const seed = (section: string): Citation => ({ source: 'seed', section });

export const cite = {
  seedVirtualization: seed('Virtualization'),
  seedContainerization: seed('Containerization'),
  seedResourceEfficiency: seed('Differences 1: Resource Efficiency'),
  seedPerformance: seed('Differences 2: Performance'),
  seedIsolationDifference: seed('Differences 3: Isolation'),
  seedPortability: seed('Differences 4: Portability'),
  seedIsolationSimilarity: seed('Similarities 1: Isolation'),
  seedResourceAllocation: seed('Similarities 2: Resource Allocation'),
  seedScalability: seed('Similarities 3: Scalability'),
  seedAutomation: seed('Similarities 4: Automation'),
  nist800190SharedKernel: {
    source: 'NIST SP 800-190, Application Container Security Guide',
    section: '3.5 Host OS risks (shared kernel)',
    url: 'https://doi.org/10.6028/NIST.SP.800-190',
  },
  nist800190Sensitivity: {
    source: 'NIST SP 800-190, Application Container Security Guide',
    section: '3.3 and 4.3 Orchestrator risks and countermeasures (mixing workload sensitivity levels)',
    url: 'https://doi.org/10.6028/NIST.SP.800-190',
  },
  nist800190Overview: {
    source: 'NIST SP 800-190, Application Container Security Guide',
    section: '2 Introduction to application containers',
    url: 'https://doi.org/10.6028/NIST.SP.800-190',
  },
  nist800125: {
    source: 'NIST SP 800-125, Guide to Security for Full Virtualization Technologies',
    section: '2 Overview of full virtualization; 3 Virtualization security',
    url: 'https://doi.org/10.6028/NIST.SP.800-125',
  },
  nist800125aPassthrough: {
    source: 'NIST SP 800-125A Rev. 1, Security Recommendations for Server-based Hypervisor Platforms',
    section: '2.2.2 Device virtualization (passthrough and self-virtualizing devices)',
    url: 'https://doi.org/10.6028/NIST.SP.800-125Ar1',
  },
  firecrackerSpec: {
    source: 'Firecracker specification',
    section: 'Start-up time ≤ 125 ms to guest init; memory overhead ≤ 5 MiB per microVM',
    url: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
  },
  kataDocs: {
    source: 'Kata Containers documentation',
    section: 'Overview: lightweight VMs that run containers with a hardware-virtualization boundary',
    url: 'https://katacontainers.io/docs/',
  },
  gvisorDocs: {
    source: 'gVisor documentation',
    section: 'What is gVisor; Performance guide (system-call overhead)',
    url: 'https://gvisor.dev/docs/',
  },
  k8sRuntimeClass: {
    source: 'Kubernetes documentation',
    section: 'Runtime Class (selecting a sandboxed container runtime per workload)',
    url: 'https://kubernetes.io/docs/concepts/containers/runtime-class/',
  },
  k8sWindows: {
    source: 'Kubernetes documentation',
    section: 'Windows containers in Kubernetes (Windows nodes; host and container OS versions must match)',
    url: 'https://kubernetes.io/docs/concepts/windows/intro/',
  },
  k8sDevicePlugins: {
    source: 'Kubernetes documentation',
    section: 'Device plugins (GPUs and other devices exposed to containers)',
    url: 'https://kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/device-plugins/',
  },
  k8sAutoscaling: {
    source: 'Kubernetes documentation',
    section: 'Horizontal Pod Autoscaling',
    url: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
  },
  k8sStatefulSets: {
    source: 'Kubernetes documentation',
    section: 'StatefulSets and persistent volumes',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/',
  },
  twelveFactor: {
    source: 'The Twelve-Factor App',
    section: 'III Config; VI Processes; IX Disposability',
    url: 'https://12factor.net/',
  },
  pciDss: {
    source: 'PCI DSS v4.0 Information Supplement: Guidance for Containers and Container Orchestration Tools',
    section: 'Workload isolation and segmentation',
    url: 'https://www.pcisecuritystandards.org/',
  },
} as const satisfies Record<string, Citation>;
