import { useTasks, type Task } from './activity';

/** What the app is busy with (printing, importing), with progress where it can count it; empty when idle. */
export function ActivityStatus() {
  const tasks = Object.entries(useTasks());
  return (
    // Always in the page, so screen readers announce each task as it starts and moves on.
    <div className="hw-activity" role="status" aria-label="Activity">
      {tasks.map(([key, task]) => (
        <TaskLine key={key} task={task} />
      ))}
    </div>
  );
}

function TaskLine({ task }: { task: Task }) {
  return (
    <p className="hw-task">
      <span className="hw-spinner" aria-hidden="true" />
      <span>{task.label}</span>
      {task.progress ? <progress max={task.progress.total} value={task.progress.done} aria-label={task.label} /> : null}
    </p>
  );
}
