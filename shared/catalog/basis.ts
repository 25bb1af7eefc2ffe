import type { Basis } from './types';

/** A section of the seed document, the source of the criteria. */
export function seed(section: string): Basis {
  return { kind: 'source', source: 'seed', locator: section };
}

/** A cited public source at a locator (section, page, heading). */
export function cite(source: string, locator: string): Basis {
  return { kind: 'source', source, locator };
}

/** A practitioner judgement, with the reasoning a reviewer can check. */
export function judgement(reasoning: string): Basis {
  return { kind: 'judgement', reasoning };
}
