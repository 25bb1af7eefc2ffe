import fc from 'fast-check';
import type { Catalog } from '../../../shared/catalog/types';
import { fixtureWith } from './fixture';

const rating = fc.integer({ min: 0, max: 10 });
const row = fc.tuple(rating, rating, rating);
const baseWeight = fc.integer({ min: 0, max: 4 });

/** The fixture's options, criteria and questions with any ratings and base weights: small integers, so scores often tie. */
export const fixtureCatalogs: fc.Arbitrary<Catalog> = fc
  .tuple(fc.record({ vm: row, container: row, 'userspace-sandbox': row }), fc.tuple(baseWeight, baseWeight, baseWeight))
  .map(([ratings, baseWeights]) => fixtureWith(ratings, baseWeights));
