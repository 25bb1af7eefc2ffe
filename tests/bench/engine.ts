import type { Catalog } from '../../shared/catalog/types';
import { evaluate } from '../../shared/engine';
import type { Profile } from '../../shared/profile';
import { quantile, report, time } from './stats';

/**
 * A profile that answers the first `count` questions with the answer at `choice` (or the last one): all of them
 * for a decided workload, or a few so the value of information tries every answer of every other question.
 */
function profileAnswering(catalog: Catalog, count: number, choice = 1): Profile {
  return {
    id: '00000000-0000-4000-8000-00000000be7c',
    name: 'Benchmark workload',
    catalogVersion: catalog.version,
    answers: Object.fromEntries(
      catalog.questions.slice(0, count).map((question) => [question.id, (question.answers[choice] ?? question.answers.at(-1))!.id]),
    ),
    weightOverrides: {},
    notes: '',
    revisit: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** Prints the median and p95 of evaluate() with and without the Monte Carlo simulation. */
export async function benchEngine(catalog: Catalog): Promise<void> {
  // Every first answer: a public-cloud workload with four options still open, so the simulation has a field.
  const profile = profileAnswering(catalog, catalog.questions.length, 0);
  const partial = profileAnswering(catalog, 5);
  const open = (candidate: Profile) => evaluate(candidate, catalog, { samples: 0 }).ranking.filter((option) => !option.ruledOut).length;
  const simulated = time(() => evaluate(profile, catalog, { samples: 10_000 }), { warmUp: 10, runs: 50 });
  const undecided = time(() => evaluate(partial, catalog, { samples: 10_000 }), { warmUp: 10, runs: 50 });
  const plain = time(() => evaluate(profile, catalog, { samples: 0 }), { warmUp: 50, runs: 200 });
  const undecidedPlain = time(() => evaluate(partial, catalog, { samples: 0 }), { warmUp: 50, runs: 200 });
  console.log(
    `engine (${catalog.criteria.length} criteria × ${catalog.options.length} options, ${catalog.questions.length} questions answered)`,
  );
  console.log(report(`  evaluate(), 10,000 samples of weights and ratings, all answered, ${open(profile)} options open`, simulated));
  console.log(report(`  evaluate(), 10,000 samples, 5 answered, ${open(partial)} open (value of information over the rest)`, undecided));
  console.log(report('  evaluate(), no simulation', plain));
  console.log(report('  evaluate(), no simulation, 5 answered (value of information over the rest)', undecidedPlain));
  console.log(`  ratio (10,000 samples / none): ${(quantile(simulated, 0.5) / quantile(plain, 0.5)).toFixed(1)}×`);
}
