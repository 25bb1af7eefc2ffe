import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

/** How far a task has got: `done` of `total` steps. */
export interface Progress {
  done: number;
  total: number;
}

/** What the status shows of a task while it runs. */
export interface Task {
  label: string;
  progress: Progress | null;
}

/** Lets a running task update its words, and its progress where it can count it. */
export type Report = (label: string, progress?: Progress) => void;

export interface Activity {
  /** True while a task of `key` runs (read at call time, so a handler never acts on a stale value). */
  busy(key: string): boolean;
  /** Runs `task` under a busy status that says `label`; the status goes when it settles, either way. */
  run<T>(key: string, label: string, task: (report: Report) => Promise<T>): Promise<T>;
}

const ActivityContext = createContext<Activity | null>(null);
const TasksContext = createContext<Readonly<Record<string, Task>>>({});

export function useActivity(): Activity {
  const activity = useContext(ActivityContext);
  if (!activity) throw new Error('useActivity needs an <ActivityProvider>.');
  return activity;
}

/** The tasks running now, by key: for the status and for buttons that wait for their task. */
export function useTasks(): Readonly<Record<string, Task>> {
  return useContext(TasksContext);
}

export function useBusy(key: string): boolean {
  return useTasks()[key] !== undefined;
}

/** Long tasks (printing a report, importing files) run here, so the window stays usable and says what it does. */
export function ActivityProvider({ children }: { children: ReactNode }) {
  const [tasks, setTasks] = useState<Record<string, Task>>({});
  const running = useRef(new Set<string>());
  const activity = useMemo<Activity>(() => {
    const show = (key: string, task: Task | null) =>
      setTasks(({ [key]: _old, ...others }) => (task ? { ...others, [key]: task } : others));
    return {
      busy: (key) => running.current.has(key),
      run: async (key, label, task) => {
        running.current.add(key);
        show(key, { label, progress: null });
        try {
          return await task((next, progress) => show(key, { label: next, progress: progress ?? null }));
        } finally {
          running.current.delete(key);
          show(key, null);
        }
      },
    };
  }, []);
  return (
    <ActivityContext.Provider value={activity}>
      <TasksContext.Provider value={tasks}>{children}</TasksContext.Provider>
    </ActivityContext.Provider>
  );
}
