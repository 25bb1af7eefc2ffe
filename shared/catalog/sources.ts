import type { Source } from './types';

/**
 * Every public document the catalogue cites, by the id a basis names. `seed` is the source document of the
 * criteria. A reviewer checks a rating against the locator its basis gives in the document here.
 */
export const sources: Readonly<Record<string, Source>> = {
  seed: {
    title: 'Virtualization vs Containerization',
    publisher: 'Hostwise source document',
    supports: 'The criteria: four differences (resource efficiency, performance, isolation, portability) and four similarities.',
  },
  'felter-2015': {
    title: 'An updated performance comparison of virtual machines and Linux containers (Felter, Ferreira, Rajamony, Rubio)',
    publisher: 'IBM Research / IEEE ISPASS 2015',
    url: 'https://doi.org/10.1109/ISPASS.2015.7095802',
    supports: 'KVM and Docker both run CPU- and memory-bound work near native; containers equal or beat VMs in almost all cases; I/O-intensive work needs tuning on both, and KVM adds I/O and latency overhead.',
  },
  'nist-800-190': {
    title: 'NIST SP 800-190, Application Container Security Guide',
    publisher: 'NIST',
    url: 'https://doi.org/10.6028/NIST.SP.800-190',
    supports: 'Containers share the host kernel (a kernel flaw exposes every container); group containers of one sensitivity level on separate hosts.',
  },
  'k8s-pod-overhead': {
    title: 'Pod Overhead',
    publisher: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/',
    supports: 'A VM-based runtime (Kata with Firecracker) uses about 120 MiB per pod for the VM and guest OS: the example RuntimeClass sets overhead memory 120Mi, cpu 250m.',
  },
  'firecracker-spec': {
    title: 'Firecracker specification (SPECIFICATION.md)',
    publisher: 'Firecracker project, AWS',
    url: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
    supports: 'Guest /sbin/init starts within 125 ms of InstanceStart; the VMM threads use at most 5 MiB; the VMM needs KVM.',
  },
  'kata-architecture': {
    title: 'Kata Containers architecture',
    publisher: 'Kata Containers project',
    url: 'https://github.com/kata-containers/kata-containers/blob/main/docs/design/architecture/README.md',
    supports: 'Each pod runs in a lightweight VM with its own guest kernel and one agent, using hardware virtualization as a second layer of defence.',
  },
  'kata-requirements': {
    title: 'Kata Containers installation: prerequisites',
    publisher: 'Kata Containers project',
    url: 'https://github.com/kata-containers/kata-containers/blob/main/docs/install/README.md',
    supports: 'Kata Containers requires nested virtualization or bare metal.',
  },
  'gvisor-overview': {
    title: 'gVisor: README and compatibility',
    publisher: 'gVisor project, Google',
    url: 'https://gvisor.dev/docs/user_guide/compatibility/',
    supports: 'gVisor is an application kernel implementing a Linux-like interface in user space; it runs Linux applications on amd64 and arm64, and some system calls are not implemented.',
  },
  'gvisor-platforms': {
    title: 'gVisor Platform Guide',
    publisher: 'gVisor project, Google',
    url: 'https://gvisor.dev/docs/architecture_guide/platforms/',
    supports: 'The systrap platform runs inside a VM or on a machine without virtualization support; KVM is best on bare metal.',
  },
  'gvisor-performance': {
    title: 'gVisor Performance Guide',
    publisher: 'gVisor project, Google',
    url: 'https://gvisor.dev/docs/architecture_guide/performance/',
    supports: 'No added cost for CPU-bound work; system-call-heavy, network and file-system workloads pay structural and implementation costs; the Sentry uses memory per sandbox.',
  },
  'gvisor-security': {
    title: 'GKE Sandbox',
    publisher: 'Google Cloud documentation',
    url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/sandbox-pods',
    supports: 'gVisor protects the node’s host kernel when pods run unknown or untrusted code by reimplementing most of the Linux kernel API in user space.',
  },
  'gvisor-gpu': {
    title: 'gVisor GPU support (nvproxy)',
    publisher: 'gVisor project, Google',
    url: 'https://gvisor.dev/docs/user_guide/gpu/',
    supports: 'nvproxy supports selected NVIDIA GPU models and driver versions, no MIG, and no integration with NVIDIA’s Kubernetes device plugin outside GKE.',
  },
  'k8s-nodes-are-vms': {
    title: 'Amazon EKS nodes; AKS node pools; GKE machine support',
    publisher: 'AWS, Microsoft and Google Cloud documentation',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/worker.html',
    supports: 'Managed Kubernetes nodes are cloud VM instances: EC2 instances (EKS), Azure VMs in node pools (AKS), Compute Engine instances (GKE).',
  },
  'k8s-runtime-class': {
    title: 'Runtime Class',
    publisher: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/concepts/containers/runtime-class/',
    supports: 'A RuntimeClass selects the container runtime configuration, such as a sandboxed runtime, per pod.',
  },
  'k8s-windows': {
    title: 'Windows containers in Kubernetes',
    publisher: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/concepts/windows/intro/',
    supports: 'Windows containers run on Windows nodes, and the host and container OS versions must be compatible.',
  },
  'k8s-device-plugins': {
    title: 'Device Plugins',
    publisher: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/device-plugins/',
    supports: 'Device plugins advertise GPUs and other devices to the kubelet so pods request and release them.',
  },
  'k8s-statefulsets': {
    title: 'StatefulSets',
    publisher: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/',
    supports: 'StatefulSets give each pod stable, persistent storage that follows its identity.',
  },
  'k8s-taint-evictions': {
    title: 'Taints and Tolerations: taint based evictions',
    publisher: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/',
    supports: 'Pods tolerate not-ready and unreachable nodes for 300 seconds by default before eviction; pods are replaced, not migrated.',
  },
  'vsphere-ha': {
    title: 'vSphere HA admission control; Virtual Machine Migration (vMotion)',
    publisher: 'VMware by Broadcom documentation',
    url: 'https://developer.broadcom.com/xapis/vsphere-web-services-api/7.0U1/vim.cluster.FailoverHostAdmissionControlPolicy.html',
    supports: 'vSphere HA restarts a failed host’s VMs on other hosts; vMotion moves a running VM to another host without interrupting it.',
  },
  'rhel-rt-kvm': {
    title: 'Configuring virtualization on RHEL 9 for Real Time: setting up real-time virtual machines',
    publisher: 'Red Hat documentation',
    url: 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux_for_real_time/9/html/configuring_virtualization_on_rhel_9_for_real_time/setting-up-real-time-virtual-machines_configuring-virtualization-on-rhel-9-for-real-time',
    supports: 'A real-time guest needs each vCPU pinned to a physical CPU and its latency tuned and tested.',
  },
  'openshift-ibm-z': {
    title: 'About clusters with multi-architecture compute machines',
    publisher: 'Red Hat OpenShift documentation',
    url: 'https://docs.openshift.com/container-platform/4.16/post_installation_configuration/configuring-multi-arch-compute-machines/multi-architecture-configuration.html',
    supports: 'OpenShift runs on IBM Z and LinuxONE (s390x); the architecture of an image must match the node’s.',
  },
  'gcp-nested-virtualization': {
    title: 'About nested virtualization',
    publisher: 'Google Cloud Compute Engine documentation',
    url: 'https://cloud.google.com/compute/docs/instances/nested-virtualization/overview',
    supports: 'Nested VMs see a 10% or greater decrease in performance for CPU-bound workloads and possibly more for I/O-bound ones.',
  },
  'disa-container-srg': {
    title: 'Container Platform Security Requirements Guide',
    publisher: 'DISA (US Defense Information Systems Agency)',
    url: 'https://www.stigviewer.com/stigs/container_platform_security_requirements_guide',
    supports: 'A DoD requirements guide for container platforms: containers are used in DoD systems under its controls.',
  },
  'k3s-requirements': {
    title: 'K3s requirements',
    publisher: 'K3s documentation',
    url: 'https://docs.k3s.io/installation/requirements',
    supports: 'K3s runs on x86-64, arm64 and armhf; minimums are 2 cores and 2 GB of RAM for a server and 1 core and 512 MB for an agent.',
  },
  'pci-containers': {
    title: 'Information Supplement: Guidance for Containers and Container Orchestration Tools',
    publisher: 'PCI Security Standards Council',
    url: 'https://www.pcisecuritystandards.org/',
    supports: 'Guidance on running containerized services that process account data, including mixed security levels: it assumes containers are used, with segmentation and hardening controls.',
  },
  'avd-overview': {
    title: 'Azure Virtual Desktop: configure personal desktop assignment',
    publisher: 'Microsoft Learn',
    url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/virtual-desktop/configure-host-pool-personal-desktop-assignment-type.md',
    supports: 'Azure Virtual Desktop delivers desktops from session-host virtual machines; a personal host pool maps each user to one VM.',
  },
  'dev-containers': {
    title: 'Development Container Specification',
    publisher: 'containers.dev',
    url: 'https://containers.dev/implementors/spec',
    supports: 'A development container describes a full development environment as a container that tools and CI open alike.',
  },
  'twelve-factor': {
    title: 'The Twelve-Factor App',
    publisher: '12factor.net',
    url: 'https://12factor.net/',
    supports: 'Configuration in the environment and disposable processes are what container platforms assume.',
  },
  'sql-server-licensing': {
    title: 'Microsoft SQL Server licensing in container deployments (after the SQL Server 2022 licensing guide)',
    publisher: 'ServiceNow software asset management documentation',
    url: 'https://www.servicenow.com/docs/r/australia/it-asset-management/software-asset-management/microsoft-licensing-software-containers.html',
    supports: 'Under per-core licensing each VM or container is licensed like a device by its virtual cores, with a minimum of four core licences each (Microsoft’s guide: “Licensing individual virtual machines”, “Licensing individual containers”).',
  },
  'oracle-partitioning': {
    title: 'Partitioning: Server/Hardware Partitioning (Oracle Partitioning Policy)',
    publisher: 'Oracle',
    url: 'https://www.oracle.com/assets/partitioning-070609.pdf',
    supports: 'Soft partitioning (e.g. VMware, Hyper-V) may not be used to limit the licences needed; hosts and nodes that can run Oracle programs, container hosts included, are licensed for all their processors.',
  },
  'oracle-cloud-licensing': {
    title: 'Licensing Oracle Software in the Cloud Computing Environment',
    publisher: 'Oracle',
    url: 'https://www.oracle.com/assets/cloud-licensing-070579.pdf',
    supports: 'In authorised clouds (AWS, Azure, Google Cloud) Oracle counts the instance’s vCPUs.',
  },
};
