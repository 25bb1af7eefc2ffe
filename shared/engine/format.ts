/** Plain, locale-independent number formats for the sentences the engine writes. */

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A probability as a whole percentage that reads 0% or 100% only when it is exactly that. */
export function share(probability: number): string {
  const rounded = Math.round(probability * 100);
  if (rounded === 100 && probability < 1) return '>99%';
  if (rounded === 0 && probability > 0) return '<1%';
  return `${rounded}%`;
}

export function points(value: number): string {
  return value.toFixed(1);
}

export function rating(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}/10`;
}

export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Joins items as "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Ends catalogue text with a full stop when it has none of its own. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`;
}

/** Catalogue text as a clause inside a sentence: no closing full stop. */
export function clause(text: string): string {
  return text.trimEnd().replace(/\.$/, '');
}
