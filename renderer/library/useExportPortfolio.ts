import type { ArgOf } from '../../shared/api';
import { api } from '../api';
import { useActivity } from '../app/activity';
import { plural } from '../app/format';
import { useNotify } from '../app/notify';
import { useSave } from '../app/useExportProfiles';

export type TableFormat = ArgOf<'export.portfolio'>['format'];

/** The activity key of table exports: one runs at a time, and its button waits for it. */
export const tableTask = 'portfolio-table';

/**
 * Exports saved profiles as a table (CSV or XLSX) to a file the user picks. Every profile is evaluated again, which
 * takes seconds for thousands: it runs as an activity, so the window stays usable and says what it does.
 */
export function useExportPortfolio(): (ids: string[], format: TableFormat) => Promise<void> {
  const save = useSave();
  const activity = useActivity();
  const notify = useNotify();
  return async (ids, format) => {
    if (activity.busy(tableTask)) return notify.toast('A table is being exported: wait until it is saved.');
    const what = `the table of ${plural(ids.length, 'profile')}`;
    const write = () => api['export.portfolio']({ ids, format });
    await save(() => activity.run(tableTask, `Exporting ${what}…`, write), (path) => `Saved ${what} to ${path}.`);
  };
}
