export { EvaluationPool, type PoolRunOptions } from './pool';
export { profileTasks, type ProfileTask, type TaskName, type TaskResult } from './tasks';
export { builtWorker, sourceWorker, tsxWorker, type StartWorker } from './worker-entry';
