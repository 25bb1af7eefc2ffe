import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../shared/catalog';
import { evaluate } from '../../shared/engine';
import type { Confidence, RecommendationStatus } from '../../shared/engine/types';
import { parseProfileFile } from '../../shared/profile-file';

/** One reference workload: a profile file and what an experienced architect accepts and rejects for it. */
export interface Expectation {
  file: string;
  accept: string[];
  mustNotWin: string[];
  basis: string;
}

export interface CaseResult {
  file: string;
  accept: string[];
  winner: string;
  status: RecommendationStatus;
  confidence: Confidence | null;
  /** The recommendation is given and is one the expert accepts. */
  agrees: boolean;
  /** A winner the expert rejects, shown with high confidence. */
  confidentlyWrong: boolean;
}

const folder = join(import.meta.dirname, 'cases');

export function expectations(): Expectation[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'expectations.json'), 'utf8')) as Expectation[];
}

/** Evaluates every reference case with the shipped catalogue and the default simulation. */
export function calibrate(cases: readonly Expectation[] = expectations()): CaseResult[] {
  return cases.map((expected) => {
    const parsed = parseProfileFile(readFileSync(join(folder, expected.file)));
    if (!parsed.ok) throw new Error(`${expected.file}: ${parsed.error.message}`);
    const { recommendation } = evaluate(parsed.profiles[0]!, catalog);
    const accepted = expected.accept.includes(recommendation.winner);
    return {
      file: expected.file,
      accept: expected.accept,
      winner: recommendation.winner,
      status: recommendation.status,
      confidence: recommendation.confidence,
      agrees: recommendation.status === 'recommended' && accepted,
      confidentlyWrong: !accepted && expected.mustNotWin.includes(recommendation.winner) && recommendation.confidence === 'high',
    };
  });
}
