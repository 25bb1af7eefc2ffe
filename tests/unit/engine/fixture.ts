import type { Basis, Catalog, OptionId, Range } from '../../../shared/catalog/types';
import type { Profile } from '../../../shared/profile';

/**
 * A catalogue (schema v2) small enough to check by hand: three criteria, three options.
 *
 *                      isolation  performance  portability   base weights 2 : 1 : 1 → 0.5, 0.25, 0.25
 *   vm                     9           4            4
 *   container              2           7            8
 *   userspace-sandbox      6           4            8
 *
 * Ratings are point ranges (low = likely = high) unless a test asks for ranges, so the Monte Carlo simulation
 * varies only the weights by default.
 * Column norms are whole numbers (√(81+4+36) = 11, √(16+49+16) = 9, √(16+64+64) = 12) so TOPSIS works out by hand.
 *
 * Questions and the rules their answers trigger:
 *   kernel: other-kernel        → rules out container ("Shares the host kernel.") and the sandbox ("Runs on a Linux-compatible kernel")
 *   guest-os (asked only when kernel = other-kernel): unsupported → rules out vm
 *   host-access: privileged     → rules out container
 *   isolation-need: strict      → isolation weight +2, container isolation −1; relaxed → isolation weight −3
 *   load: bursty                → performance weight +1; vm portability −5, container portability +4,
 *                                 sandbox performance +1; a note unless isolation-need is strict
 *   virtualization: not-available → rules out vm
 */
const basis: Basis = { kind: 'source', source: 'seed', locator: 'Test fixture' };
const judgement: Basis = { kind: 'judgement', reasoning: 'Fixture reasoning.' };

export type FixtureOption = 'vm' | 'container' | 'userspace-sandbox';
/** A rating: a number is the point range (n, n, n). */
export type Cell = number | Range;
/** Ratings on isolation, performance and portability, in that order. */
export type RatingTable = Record<FixtureOption, readonly [Cell, Cell, Cell]>;

export const fixtureRatings: RatingTable = {
  vm: [9, 4, 4],
  container: [2, 7, 8],
  'userspace-sandbox': [6, 4, 8],
};

const criteria: Catalog['criteria'] = [
  { id: 'isolation', name: 'Isolation', description: 'Separation.', kind: 'difference', baseWeight: 2, basis },
  { id: 'performance', name: 'Performance', description: 'Speed.', kind: 'difference', baseWeight: 1, basis },
  { id: 'portability', name: 'Portability', description: 'Moving around.', kind: 'similarity', baseWeight: 1, basis },
];

const rangeOf = (cell: Cell): Range => (typeof cell === 'number' ? { low: cell, likely: cell, high: cell } : cell);

/** The fixture with other ratings or base weights (isolation, performance, portability). */
export function fixtureWith(ratings: RatingTable, baseWeights: readonly [number, number, number] = [2, 1, 1]): Catalog {
  return {
    ...rest,
    criteria: criteria.map((criterion, index) => ({ ...criterion, baseWeight: baseWeights[index]! })),
    ratings: Object.entries(ratings).flatMap(([option, cells]) =>
      cells.map((cell, index) => {
        const range = rangeOf(cell);
        return {
          option: option as OptionId,
          criterion: criteria[index]!.id,
          ...range,
          rationale: `${option} rates ${range.likely} on ${criteria[index]!.id}`,
          basis,
        };
      }),
    ),
  };
}

const rest: Omit<Catalog, 'criteria' | 'ratings'> = {
  version: 7,
  sources: {
    seed: { title: 'Seed document', publisher: 'Hostwise', supports: 'The fixture’s ratings.' },
  },
  options: [
    { id: 'vm', name: 'Virtual machine', shortName: 'VM', description: 'A guest OS.', examples: 'KVM', basis },
    { id: 'container', name: 'Container', shortName: 'Container', description: 'Shared kernel.', examples: 'Docker', basis },
    {
      id: 'userspace-sandbox',
      name: 'Sandboxed container',
      shortName: 'Sandboxed',
      description: 'A container behind a user-space kernel.',
      examples: 'gVisor',
      basis,
    },
  ],
  themes: [{ id: 'platform', name: 'Platform' }],
  questions: [
    {
      id: 'kernel',
      theme: 'platform',
      text: 'Which kernel does it need?',
      help: '',
      answers: [
        { id: 'linux', label: 'Linux' },
        { id: 'other-kernel', label: 'Another kernel' },
      ],
    },
    {
      id: 'guest-os',
      theme: 'platform',
      text: 'Does a hypervisor support that kernel?',
      help: '',
      relevantWhen: { kernel: ['other-kernel'] },
      answers: [
        { id: 'supported', label: 'Yes' },
        { id: 'unsupported', label: 'No' },
      ],
    },
    {
      id: 'host-access',
      theme: 'platform',
      text: 'Does it need privileged host access?',
      help: '',
      answers: [
        { id: 'none', label: 'No' },
        { id: 'privileged', label: 'Yes' },
      ],
    },
    {
      id: 'isolation-need',
      theme: 'platform',
      text: 'How strong must isolation be?',
      help: '',
      answers: [
        { id: 'standard', label: 'Standard' },
        { id: 'strict', label: 'Strict', weights: { isolation: 2 }, weightsWhy: 'Isolation matters more.' },
        { id: 'relaxed', label: 'Relaxed', weights: { isolation: -3 }, weightsWhy: 'Isolation matters less.' },
      ],
    },
    {
      id: 'load',
      theme: 'platform',
      text: 'How does the load behave?',
      help: '',
      answers: [
        { id: 'steady', label: 'Steady' },
        { id: 'bursty', label: 'Bursty', weights: { performance: 1 }, weightsWhy: 'Bursts need speed.' },
      ],
    },
    {
      id: 'virtualization',
      theme: 'platform',
      text: 'Is hardware virtualization available?',
      help: '',
      answers: [
        { id: 'available', label: 'Yes' },
        { id: 'not-available', label: 'No' },
      ],
    },
  ],
  rules: [
    { id: 'shares-host-kernel', when: { kernel: ['other-kernel'] }, effect: { kind: 'rule-out', options: ['container'] }, reason: 'Shares the host kernel.', basis },
    {
      id: 'linux-compatible-kernel',
      when: { kernel: ['other-kernel'] },
      effect: { kind: 'rule-out', options: ['userspace-sandbox'] },
      reason: 'Runs on a Linux-compatible kernel',
      basis,
    },
    { id: 'no-guest-support', when: { 'guest-os': ['unsupported'] }, effect: { kind: 'rule-out', options: ['vm'] }, reason: 'No hypervisor runs it.', basis },
    {
      id: 'privileged-owns-host',
      when: { 'host-access': ['privileged'] },
      effect: { kind: 'rule-out', options: ['container'] },
      reason: 'Privileged containers own the host.',
      basis,
    },
    {
      id: 'namespaces-fall-short',
      when: { 'isolation-need': ['strict'] },
      effect: { kind: 'rating', options: ['container'], criterion: 'isolation', delta: -1 },
      reason: 'Namespaces alone fall short.',
      basis,
    },
    {
      id: 'heavy-images',
      when: { load: ['bursty'] },
      effect: { kind: 'rating', options: ['vm'], criterion: 'portability', delta: -5 },
      reason: 'Images are heavy to move.',
      basis,
    },
    {
      id: 'light-images',
      when: { load: ['bursty'] },
      effect: { kind: 'rating', options: ['container'], criterion: 'portability', delta: 4 },
      reason: 'Images move anywhere.',
      basis,
    },
    {
      id: 'warm-pools',
      when: { load: ['bursty'] },
      effect: { kind: 'rating', options: ['userspace-sandbox'], criterion: 'performance', delta: 1 },
      reason: 'Warm pools help.',
      basis: judgement,
    },
    {
      id: 'bursts-without-strict-isolation',
      when: { load: ['bursty'], 'isolation-need': { not: ['strict'] } },
      effect: { kind: 'note' },
      reason: 'Bursts were weighed against ordinary isolation.',
      basis: judgement,
    },
    {
      id: 'vm-needs-vt',
      when: { virtualization: ['not-available'] },
      effect: { kind: 'rule-out', options: ['vm'] },
      reason: 'A hypervisor needs VT-x or AMD-V.',
      basis,
    },
  ],
};

export const fixtureCatalog = fixtureWith(fixtureRatings);

/** The fixture with some questions marked decisive. */
export function withDecisive(catalog: Catalog, ...questionIds: string[]): Catalog {
  return {
    ...catalog,
    questions: catalog.questions.map((question) => (questionIds.includes(question.id) ? { ...question, decisive: true } : question)),
  };
}

export function makeProfile(answers: Profile['answers'] = {}, weightOverrides: Profile['weightOverrides'] = {}): Profile {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Payments API',
    catalogVersion: 7,
    answers,
    weightOverrides,
    notes: '',
    revisit: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}
