/** The entry of an evaluation worker thread: runs the pool's batches with the ruleset of the run. */
import { parentPort } from 'node:worker_threads';
import type { Ruleset } from '../../shared/house-rules';
import type { FromWorker, ToWorker } from './messages';
import { profileTasks } from './tasks';

const port = parentPort!;
let ruleset: Ruleset | null = null;

function answer(message: FromWorker): void {
  port.postMessage(message);
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'ruleset') {
    ruleset = message.ruleset;
    return;
  }
  const task = profileTasks[message.task];
  answer({ kind: 'results', results: message.profiles.map((profile) => task.run(profile, ruleset!)) });
});
answer({ kind: 'ready' });
