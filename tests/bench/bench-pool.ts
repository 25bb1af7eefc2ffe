import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtWorker, EvaluationPool, sourceWorker } from '../../electron/evaluation';

const builtEntry = resolve('out/main/evaluation-worker.js');

/** The evaluation pool a bench measures: the built worker where `npx electron-vite build` made one, as the app runs it; else the sources through tsx. */
export function benchPool(): { pool: EvaluationPool; worker: string } {
  const built = existsSync(builtEntry);
  return {
    pool: new EvaluationPool(built ? builtWorker(resolve('out/main')) : sourceWorker()),
    worker: built ? 'built (out/main/evaluation-worker.js)' : 'TypeScript sources through tsx (no build found)',
  };
}
