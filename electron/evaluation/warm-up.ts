import { createRandomState, nextUniform } from '../../shared/engine/random';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';

const at = '2026-01-01T00:00:00.000Z';

/**
 * `count` distinct profiles answered at random (seeded) over the catalogue's questions, some left open: work that
 * takes the engine through every path a library does (simulations included), to warm the threads up on. Only the
 * plain catalogue's questions, so every ruleset reads them.
 */
export function warmUpProfiles({ catalog }: Ruleset, count: number): Profile[] {
  const random = createRandomState(count);
  return Array.from({ length: count }, (_, index) => {
    const answers: Record<string, string> = {};
    for (const question of catalog.questions) {
      const pick = Math.floor(nextUniform(random) * (question.answers.length + 1));
      if (pick < question.answers.length) answers[question.id] = question.answers[pick]!.id;
    }
    const id = `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
    return { id, name: `Warm-up ${index}`, catalogVersion: catalog.version, answers, weightOverrides: {}, notes: '', revisit: [], createdAt: at, updatedAt: at };
  });
}
