/**
 * TOPSIS relative closeness of each alternative (rows of 0–10 ratings): vector-normalized, weighted,
 * every criterion a benefit. 1 when an alternative is both ideal and anti-ideal (all alike).
 */
export function topsisCloseness(rows: readonly (readonly number[])[], weights: readonly number[]): number[] {
  const norms = weights.map((_, criterion) => Math.hypot(...rows.map((row) => row[criterion]!)));
  // A column of zeros tells the alternatives nothing apart: it contributes 0 instead of 0/0.
  const weighted = rows.map((row) =>
    row.map((rating, criterion) => (norms[criterion]! > 0 ? (weights[criterion]! * rating) / norms[criterion]! : 0)),
  );
  const ideal = weights.map((_, criterion) => Math.max(...weighted.map((row) => row[criterion]!)));
  const antiIdeal = weights.map((_, criterion) => Math.min(...weighted.map((row) => row[criterion]!)));
  return weighted.map((row) => {
    const toIdeal = distance(row, ideal);
    const toAntiIdeal = distance(row, antiIdeal);
    return toIdeal + toAntiIdeal === 0 ? 1 : toAntiIdeal / (toIdeal + toAntiIdeal);
  });
}

function distance(a: readonly number[], b: readonly number[]): number {
  let squares = 0;
  for (let index = 0; index < a.length; index++) squares += (a[index]! - b[index]!) ** 2;
  return Math.sqrt(squares);
}
