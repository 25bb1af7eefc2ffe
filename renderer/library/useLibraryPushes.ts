import type { ProfileSummary } from '../../shared/api';
import { usePushHandler, type Push } from '../app/pushes';
import { useNotify } from '../app/notify';
import type { ImportRequest } from './import/useImport';

interface Deps {
  selected: ProfileSummary[];
  create: () => void;
  exportProfiles: (profiles: ProfileSummary[]) => void;
  exportPdf: (profiles: ProfileSummary[]) => void;
  startImport: (request: ImportRequest) => void;
}

/** The File menu, and files opened with the app or dropped, as the library answers them (also when sent from another screen). */
export function useLibraryPushes({ selected, create, exportProfiles, exportPdf, startImport }: Deps): void {
  const notify = useNotify();
  const onSelection = (run: (profiles: ProfileSummary[]) => void, what: string) => {
    if (selected.length > 0) run(selected);
    else notify.toast(`Select the profiles ${what} first.`);
  };
  const handle = (push: Push): boolean => {
    if (push.kind === 'files') {
      startImport({ source: 'files', ...push.files });
      return true;
    }
    switch (push.command) {
      case 'profile.new':
        create();
        return true;
      case 'profiles.import':
        startImport({ source: 'dialog' });
        return true;
      case 'profiles.export':
        onSelection(exportProfiles, 'to export');
        return true;
      case 'report.exportPdf':
        onSelection(exportPdf, 'for the PDF report');
        return true;
    }
  };
  usePushHandler(handle, true);
}
