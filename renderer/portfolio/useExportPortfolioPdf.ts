import { api } from '../api';
import { useActivity } from '../app/activity';
import { useNotify } from '../app/notify';
import { defaultPaper } from '../app/paper';
import { pdfTask, useSave } from '../app/useExportProfiles';

/** Prints the portfolio summary to a PDF the user picks, on the paper of the user's region, as an activity. */
export function useExportPortfolioPdf(): () => Promise<void> {
  const save = useSave();
  const activity = useActivity();
  const notify = useNotify();
  return async () => {
    if (activity.busy(pdfTask)) return notify.toast('A PDF report is being exported: wait until it is saved.');
    const print = () => api['export.portfolioPdf']({ paper: defaultPaper() });
    await save(() => activity.run(pdfTask, 'Exporting the portfolio summary…', print), (path) => `Saved the portfolio summary to ${path}.`);
  };
}
