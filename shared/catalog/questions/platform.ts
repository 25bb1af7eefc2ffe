import { cite, judgement, seed } from '../basis';
import { containerOptions, rating, rule, ruleOut, sandboxOptions, sharedKernelOptions } from '../define';
import type { Question, Rule } from '../types';

/** What the workload needs from the operating system, the CPU and the hardware. */
export const questions: Question[] = [
  {
    id: 'os-needs',
    theme: 'platform',
    decisive: true,
    text: 'What operating system and kernel does it need?',
    help: 'A VM carries its own OS; containers share the kernel of their host. Linux on IBM Z is Linux: answer the CPU question for it.',
    answers: [
      { id: 'linux', label: 'Linux, any current kernel' },
      { id: 'linux-custom-kernel', label: 'Linux with a pinned kernel version, custom kernel modules or drivers' },
      { id: 'windows-containerizable', label: 'Windows Server 2019 or later, able to run in Windows containers' },
      { id: 'windows-legacy', label: 'Older Windows, or a Windows application that cannot run in a Windows container' },
      { id: 'other-os', label: 'Another OS: BSD, Solaris, AIX, z/OS, IBM i' },
    ],
  },
  {
    id: 'cpu-architecture',
    theme: 'platform',
    text: 'Which CPU architecture does it run on?',
    help: 'Container images are built per architecture; only some sandboxes exist beyond x86-64 and ARM64.',
    answers: [
      { id: 'x86-64', label: 'x86-64' },
      { id: 'arm64', label: 'ARM64' },
      { id: 's390x', label: 'IBM Z or LinuxONE (s390x)' },
      { id: 'other', label: 'Another architecture (e.g. POWER, ppc64le)' },
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
        weights: { performance: 1, 'resource-allocation': 1 },
        weightsWhy: 'Accelerators are expensive: how fast they run and how finely they are shared both matter more.',
      },
      { id: 'host-devices', label: 'Host devices: USB or serial devices, licence dongles, special network cards' },
    ],
  },
];

export const rules: Rule[] = [
  rule(
    'gvisor-is-its-own-kernel',
    { 'os-needs': ['linux-custom-kernel'] },
    ruleOut('userspace-sandbox'),
    'gVisor implements the Linux system-call interface itself: there is no kernel version or module of your own to load.',
    cite('gvisor-overview', 'What is gVisor: an application kernel, not a Linux kernel'),
  ),
  rule(
    'kernel-comes-from-the-host',
    { 'os-needs': ['linux-custom-kernel'] },
    rating(sharedKernelOptions, 'portability', -3),
    'The kernel or module comes from the host: the workload is tied to hosts or node images that carry it, and every container there shares it.',
    seed('Containerization: containers share the host system’s kernel'),
  ),
  rule(
    'custom-guest-kernel',
    { 'os-needs': ['linux-custom-kernel'] },
    rating(['microvm-sandbox'], 'portability', -1),
    'A micro-VM runs the runtime’s guest kernel; a custom one must be built and kept in step with the runtime.',
    cite('kata-architecture', 'Guest assets: the guest kernel is configurable'),
  ),
  rule(
    'sandboxes-run-linux-only',
    { 'os-needs': ['windows-containerizable'] },
    ruleOut(...sandboxOptions),
    'Kata Containers, Firecracker and gVisor run Linux containers only.',
    cite('gvisor-overview', 'Supported: Linux applications'),
  ),
  rule(
    'windows-nodes-match-image',
    { 'os-needs': ['windows-containerizable'] },
    rating(sharedKernelOptions, 'portability', -2),
    'Windows containers need Windows nodes whose OS version matches the image’s.',
    cite('k8s-windows', 'Windows containers in Kubernetes: host and container OS version compatibility'),
  ),
  rule(
    'needs-its-own-os',
    { 'os-needs': ['windows-legacy', 'other-os'] },
    ruleOut(...containerOptions),
    'It needs an operating system of its own, and a container shares a Linux or current Windows host kernel.',
    seed('Containerization: containers share the host system’s kernel'),
  ),
  rule(
    'gvisor-x86-and-arm-only',
    { 'cpu-architecture': ['s390x', 'other'] },
    ruleOut('userspace-sandbox'),
    'gVisor supports x86-64 and ARM64 only.',
    cite('gvisor-overview', 'Supported architectures: amd64 and arm64'),
  ),
  rule(
    'images-per-architecture',
    { 'cpu-architecture': ['s390x', 'other'] },
    rating(['container', 'container-on-vm', 'microvm-sandbox'], 'portability', -1),
    'Every image must exist for this architecture: many public images are multi-architecture, not all, and in-house images need their own builds.',
    cite('openshift-ibm-z', 'OpenShift on IBM Z and LinuxONE: s390x images'),
  ),
  rule(
    'gpu-sharing-by-device-plugins',
    { hardware: ['gpu'] },
    rating(sharedKernelOptions, 'resource-allocation', 2),
    'Device plugins let jobs share GPU nodes and release the devices as soon as they finish.',
    cite('k8s-device-plugins', 'Device plugins: advertising GPUs and other devices to the kubelet'),
  ),
  rule(
    'gvisor-gpu-subset',
    { hardware: ['gpu'] },
    rating(['userspace-sandbox'], 'performance', -2),
    'gVisor’s GPU support (nvproxy) covers a subset of NVIDIA drivers and device calls.',
    cite('gvisor-gpu', 'GPU support: nvproxy supported drivers and limitations'),
  ),
  rule(
    'devices-into-microvms',
    { hardware: ['gpu', 'host-devices'] },
    rating(['microvm-sandbox'], 'automation', -2),
    'A device reaches a micro-VM only through passthrough (VFIO) that the runtime and the host must be set up for.',
    judgement('Kata supports VFIO passthrough, but it needs IOMMU groups, a matching guest kernel and per-node configuration.'),
  ),
  rule(
    'gvisor-no-host-devices',
    { hardware: ['host-devices'] },
    ruleOut('userspace-sandbox'),
    'gVisor gives containers no direct access to host devices such as USB, serial ports or special network cards.',
    cite('gvisor-overview', 'Limitations: no direct host device access'),
  ),
  rule(
    'device-through-node-vm',
    { hardware: ['host-devices'] },
    rating(['container-on-vm'], 'automation', -1),
    'The device must be passed through to the node VM and then again into the container.',
    judgement('Two passthrough layers, each with its own configuration, and the pod is pinned to the node that has the device.'),
  ),
];
