import type { MenuCommand, SaveResult } from '../../shared/api';
import { api } from '../api';
import { useActivity } from './activity';
import { plural } from './format';
import { useNotify } from './notify';
import { defaultPaper } from './paper';
import { usePushHandler } from './pushes';

type Exporter = (ids: string[]) => Promise<void>;

/** The activity key of PDF exports: one prints at a time, and its buttons wait for it. */
export const pdfTask = 'pdf';

/** Saves through the main process (which asks where), then says where the file went; a failure is an alert. */
export function useSave(): (save: () => Promise<SaveResult>, saved: (path: string) => string) => Promise<void> {
  const notify = useNotify();
  return async (save, saved) => {
    try {
      const result = await save();
      if (result.saved) notify.toast(saved(result.path));
    } catch (error) {
      notify.error(error);
    }
  };
}

/** Exports saved profiles to one file the user picks, and says where it went. */
export function useExportProfiles(): Exporter {
  const save = useSave();
  return (ids) => save(() => api['export.profiles']({ ids }), (path) => `Exported ${plural(ids.length, 'profile')} to ${path}.`);
}

/**
 * Prints the report of saved profiles to a PDF the user picks (a portfolio report for several), on the paper
 * of the user's region. It runs as an activity: the window stays usable and says that it prints.
 */
export function useExportPdf(): Exporter {
  const save = useSave();
  const activity = useActivity();
  const notify = useNotify();
  return async (ids) => {
    if (activity.busy(pdfTask)) return notify.toast('A PDF report is being exported: wait until it is saved.');
    const what = ids.length === 1 ? 'the PDF report' : `the portfolio report of ${plural(ids.length, 'profile')}`;
    const print = () => api['export.pdf']({ ids, paper: defaultPaper() });
    await save(() => activity.run(pdfTask, `Exporting ${what}…`, print), (path) => `Saved ${what} to ${path}.`);
  };
}

type ExportCommand = Extract<MenuCommand, 'profiles.export' | 'report.exportPdf'>;

const isExportCommand = (command: MenuCommand): command is ExportCommand => command === 'profiles.export' || command === 'report.exportPdf';

/**
 * Answers the File menu's Export… and Export PDF… on a screen about these profiles, and returns the same
 * exports for its buttons. `prepare` runs first (e.g. a pending save, so the file holds what the screen shows).
 */
export function useExportCommand(ids: string[], prepare: () => Promise<unknown> = async () => undefined): (command: ExportCommand) => void {
  const exporters: Record<ExportCommand, Exporter> = { 'profiles.export': useExportProfiles(), 'report.exportPdf': useExportPdf() };
  const run = (command: ExportCommand) => void prepare().then(() => exporters[command](ids));
  usePushHandler((push) => {
    if (push.kind !== 'menu' || !isExportCommand(push.command)) return false;
    run(push.command);
    return true;
  });
  return run;
}
