/**
 * PROMETHEE II net outranking flows of alternatives (rows of 0–10 ratings): an outranking method, structurally
 * unlike a weighted sum, so its agreement is evidence. Pairwise preference per criterion is linear between an
 * indifference threshold (a difference too small to matter) and a preference threshold (a decisive difference).
 */
const prometheeThresholds = { indifference: 0.5, preference: 3 } as const;

export function prometheeNetFlows(rows: readonly (readonly number[])[], weights: readonly number[]): number[] {
  const n = rows.length;
  if (n < 2) return rows.map(() => 0);
  return rows.map((a, i) => {
    let leaving = 0;
    let entering = 0;
    rows.forEach((b, j) => {
      if (i === j) return;
      leaving += preference(a, b, weights);
      entering += preference(b, a, weights);
    });
    return (leaving - entering) / (n - 1);
  });
}

/** How strongly `a` is preferred to `b`, 0–1: the weighted sum of the criteria's preference degrees. */
function preference(a: readonly number[], b: readonly number[], weights: readonly number[]): number {
  let total = 0;
  for (let criterion = 0; criterion < weights.length; criterion++) {
    total += weights[criterion]! * preferenceDegree(a[criterion]! - b[criterion]!);
  }
  return total;
}

function preferenceDegree(difference: number): number {
  const { indifference, preference } = prometheeThresholds;
  if (difference <= indifference) return 0;
  return difference >= preference ? 1 : (difference - indifference) / (preference - indifference);
}
