import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtWorker, EvaluationPool, sourceWorker } from '../../electron/evaluation';
import { nodeFiles } from '../../electron/files';
import { createHandlers, type Handlers } from '../../electron/handlers';
import { RulesDesk } from '../../electron/rules/desk';
import type { ProfileStore } from '../../electron/store';
import { ScriptedDialogs } from '../e2e/host/dialogs';

const builtEntry = resolve('out/main/evaluation-worker.js');

/** The evaluation pool a bench measures: the built worker where `npx electron-vite build` made one, as the app runs it; else the sources through tsx. */
export function benchPool(): { pool: EvaluationPool; worker: string } {
  const built = existsSync(builtEntry);
  return {
    pool: new EvaluationPool(built ? builtWorker(resolve('out/main')) : sourceWorker()),
    worker: built ? 'built (out/main/evaluation-worker.js)' : 'TypeScript sources through tsx (no build found)',
  };
}

/** The app's handlers over `store` in `dir`, with a rules desk on the bench's pool, as at a start of the app; nothing is printed. */
export function benchHandlers(store: ProfileStore, dir: string): { rules: RulesDesk; handlers: Handlers } {
  const rules = new RulesDesk(store, nodeFiles, benchPool().pool);
  const handlers = createHandlers({
    store,
    rules,
    storeStatus: { readOnly: false, notice: null, dataFolder: dir },
    dialogs: new ScriptedDialogs(),
    files: nodeFiles,
    printer: { printReport: () => Promise.reject(new Error('No printing in this bench.')) },
    newId: randomUUID,
  });
  return { rules, handlers };
}
