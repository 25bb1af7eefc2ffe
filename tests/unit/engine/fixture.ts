import type { Catalog, OptionId } from '../../../shared/catalog/types';
import type { Profile } from '../../../shared/profile';

/**
 * A catalogue small enough to check by hand: three criteria, three options.
 *
 *                 isolation  performance  portability   base weights 2 : 1 : 1 → 0.5, 0.25, 0.25
 *   vm                9           4            4
 *   container         2           7            8
 *   sandboxed         6           4            8
 *
 * Column norms are whole numbers (√(81+4+36) = 11, √(16+49+16) = 9, √(16+64+64) = 12) so TOPSIS works out by hand.
 */
const citation = { source: 'seed', section: 'Test fixture' };

/** Ratings on isolation, performance and portability, in that order. */
export type RatingTable = Record<FixtureOption, readonly [number, number, number]>;
type FixtureOption = 'vm' | 'container' | 'sandboxed-container';

export const fixtureRatings: RatingTable = {
  vm: [9, 4, 4],
  container: [2, 7, 8],
  'sandboxed-container': [6, 4, 8],
};

const criteria: Catalog['criteria'] = [
  { id: 'isolation', name: 'Isolation', description: 'Separation.', baseWeight: 2, citation },
  { id: 'performance', name: 'Performance', description: 'Speed.', baseWeight: 1, citation },
  { id: 'portability', name: 'Portability', description: 'Moving around.', baseWeight: 1, citation },
];

/** The fixture with other ratings or base weights (isolation, performance, portability). */
export function fixtureWith(
  ratings: RatingTable,
  baseWeights: readonly [number, number, number] = [2, 1, 1],
): Catalog {
  return {
    ...rest,
    criteria: criteria.map((criterion, index) => ({ ...criterion, baseWeight: baseWeights[index]! })),
    ratings: Object.entries(ratings).flatMap(([option, scores]) =>
      scores.map((score, index) => ({
        option: option as OptionId,
        criterion: criteria[index]!.id,
        score,
        rationale: `${option} rates ${score} on ${criteria[index]!.id}`,
        citation,
      })),
    ),
  };
}

const rest: Omit<Catalog, 'criteria' | 'ratings'> = {
  version: 7,
  options: [
    { id: 'vm', name: 'Virtual machine', shortName: 'VM', description: 'A guest OS.', citation },
    { id: 'container', name: 'Container', shortName: 'Container', description: 'Shared kernel.', citation },
    {
      id: 'sandboxed-container',
      name: 'Sandboxed container',
      shortName: 'Sandboxed',
      description: 'A container behind a user-space kernel.',
      citation,
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
        {
          id: 'other-kernel',
          label: 'Another kernel',
          ruleOut: [
            { option: 'container', reason: 'Shares the host kernel.' },
            { option: 'sandboxed-container', reason: 'Runs on a Linux-compatible kernel' },
          ],
        },
      ],
    },
    {
      id: 'host-access',
      theme: 'platform',
      text: 'Does it need privileged host access?',
      help: '',
      answers: [
        { id: 'none', label: 'No' },
        { id: 'privileged', label: 'Yes', ruleOut: [{ option: 'container', reason: 'Privileged containers own the host.' }] },
      ],
    },
    {
      id: 'isolation-need',
      theme: 'platform',
      text: 'How strong must isolation be?',
      help: '',
      answers: [
        { id: 'standard', label: 'Standard' },
        {
          id: 'strict',
          label: 'Strict',
          weights: [{ criterion: 'isolation', delta: 2 }],
          ratings: [{ option: 'container', criterion: 'isolation', delta: -1, reason: 'Namespaces alone fall short.' }],
        },
        { id: 'relaxed', label: 'Relaxed', weights: [{ criterion: 'isolation', delta: -3 }] },
      ],
    },
    {
      id: 'load',
      theme: 'platform',
      text: 'How does the load behave?',
      help: '',
      answers: [
        { id: 'steady', label: 'Steady' },
        {
          id: 'bursty',
          label: 'Bursty',
          weights: [{ criterion: 'performance', delta: 1 }],
          ratings: [
            { option: 'vm', criterion: 'portability', delta: -5, reason: 'Images are heavy to move.' },
            { option: 'container', criterion: 'portability', delta: 4, reason: 'Images move anywhere.' },
            { option: 'sandboxed-container', criterion: 'performance', delta: 1, reason: 'Warm pools help.' },
          ],
        },
      ],
    },
  ],
};

export const fixtureCatalog = fixtureWith(fixtureRatings);

export function makeProfile(
  answers: Profile['answers'] = {},
  weightOverrides: Profile['weightOverrides'] = {},
): Profile {
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
