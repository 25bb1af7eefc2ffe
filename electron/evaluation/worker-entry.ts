import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Starts one evaluation worker thread; the composition root knows where the worker's code is. */
export type StartWorker = () => Worker;

/** The worker electron-vite builds beside the main process's entry (`out/main/evaluation-worker.js`). */
export function builtWorker(mainDir: string): StartWorker {
  const entry = resolve(mainDir, 'evaluation-worker.js');
  return () => new Worker(entry);
}

/** The worker from the TypeScript sources: browser mode, the tests, the e2e host and the benches run these. */
export function sourceWorker(): StartWorker {
  return tsxWorker(join(import.meta.dirname, 'worker.ts'));
}

/**
 * A worker thread running a TypeScript module through tsx (a dev dependency: the built app never comes here).
 * Node 20 does not carry the parent's `--import tsx` hooks into worker threads, so the thread registers tsx first.
 */
export function tsxWorker(modulePath: string): StartWorker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(modulePath).href)}); })`;
  return () => new Worker(bootstrap, { eval: true });
}
