import { cite } from '../basis';
import { note, rating, rule, ruleOut } from '../define';
import type { Question, Rule } from '../types';

/** Whose code runs, who shares the infrastructure, and which regime audits it. */
export const questions: Question[] = [
  {
    id: 'code-trust',
    theme: 'security',
    decisive: true,
    text: 'Whose code runs in this workload?',
    help: 'Code you did not write or review is the main reason to want a kernel between workloads.',
    answers: [
      { id: 'own', label: 'Our own reviewed code' },
      {
        id: 'third-party',
        label: 'Vetted third-party software',
        weights: { isolation: 0.5 },
        weightsWhy: 'Code you did not write makes a breakout somewhat more likely.',
      },
      {
        id: 'untrusted',
        label: "Customers' or other untrusted code (CI jobs, plugins, functions)",
        weights: { isolation: 2 },
        weightsWhy: 'Untrusted code is the main reason isolation decides the choice.',
      },
    ],
  },
  {
    id: 'tenancy',
    theme: 'security',
    text: 'Who shares the infrastructure it runs on?',
    help: 'Neighbours you do not control raise the cost of a breakout.',
    answers: [
      { id: 'single-tenant', label: 'Nobody: dedicated to this workload' },
      {
        id: 'internal-teams',
        label: 'Other internal teams',
        weights: { isolation: 0.5 },
        weightsWhy: 'A breakout would reach other teams’ workloads.',
      },
      {
        id: 'multi-tenant',
        label: 'Several customers (multi-tenant)',
        weights: { isolation: 1, 'resource-efficiency': 0.5 },
        weightsWhy: 'A breakout would reach other customers; per-tenant overhead multiplies with the tenants.',
      },
    ],
  },
  {
    id: 'compliance',
    theme: 'security',
    text: 'Which compliance regime applies?',
    help: 'Auditors ask how in-scope workloads are segmented and how changes are evidenced.',
    answers: [
      { id: 'none', label: 'None in particular' },
      {
        id: 'standard',
        label: 'SOC 2, ISO 27001 or similar',
        weights: { automation: 0.5 },
        weightsWhy: 'Auditors want changes evidenced, which automation provides.',
      },
      {
        id: 'strict',
        label: 'PCI DSS, HIPAA or similar',
        weights: { isolation: 1, automation: 0.5 },
        weightsWhy: 'In-scope workloads must be segmented from everything else, and every change evidenced.',
      },
      {
        id: 'high-assurance',
        label: 'Government or defence high-assurance',
        weights: { isolation: 2 },
        weightsWhy: 'Separation between sensitivity levels is a control the assessor tests.',
      },
    ],
  },
];

export const rules: Rule[] = [
  rule(
    'untrusted-code-shared-kernel',
    { 'code-trust': ['untrusted'] },
    ruleOut('container'),
    'Untrusted code must not run in a plain container on shared hosts: one kernel exploit reaches the host and every neighbour.',
    cite('nist-800-190', '3.5 Host OS risks: shared kernel'),
  ),
  rule(
    'untrusted-code-node-neighbours',
    { 'code-trust': ['untrusted'] },
    rating(['container-on-vm'], 'isolation', -2),
    'Unless every tenant gets node VMs of its own, untrusted code shares each node’s kernel with its neighbours.',
    cite('nist-800-190', '4.3 Orchestrator countermeasures: segregate workloads by sensitivity onto separate hosts'),
  ),
  rule(
    'node-vm-per-tenant',
    { 'code-trust': ['untrusted'], tenancy: ['multi-tenant'] },
    rating(['container-on-vm'], 'resource-efficiency', -3),
    'Untrusted code of many customers is safe on containers on VMs only with node VMs per tenant: every tenant then costs at least one VM, and the containers’ density is lost.',
    cite('nist-800-190', '4.3 Orchestrator countermeasures: segregate workloads by sensitivity onto separate hosts'),
  ),
  rule(
    'pci-allows-containers',
    { compliance: ['strict'] },
    note,
    'PCI DSS guidance treats containers as in scope and usable when the cardholder-data environment is segmented: it does not require VMs.',
    cite('pci-containers', 'Guidance for Containers and Container Orchestration Tools: segmentation'),
  ),
  rule(
    'sandbox-runtime-to-accredit',
    { compliance: ['high-assurance'] },
    rating(['microvm-sandbox', 'userspace-sandbox'], 'automation', -1),
    'A sandbox runtime is one more component in the accreditation boundary, without the hardening guides that hypervisors and container platforms have.',
    cite('disa-container-srg', 'Container Platform Security Requirements Guide: controls for container platforms'),
  ),
  rule(
    'high-assurance-mixed-sensitivity',
    { compliance: ['high-assurance'], tenancy: ['internal-teams', 'multi-tenant'] },
    ruleOut('container'),
    'Workloads of different sensitivity levels must not share a host kernel: group them on separate hosts or VMs.',
    cite('nist-800-190', '4.3 and 4.4: group containers of one sensitivity level on separate host OSs'),
  ),
];
