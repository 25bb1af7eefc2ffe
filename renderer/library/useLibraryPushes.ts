import type { ProfileSummary } from '../../shared/api';
import { usePushHandler, type Push } from '../app/pushes';
import { useNotify } from '../app/notify';
import type { ImportSource, RejectedFile } from './import/useImport';

interface Deps {
  selected: ProfileSummary[];
  create: () => void;
  exportProfiles: (profiles: ProfileSummary[]) => void;
  startImport: (source: ImportSource, refused?: RejectedFile[]) => void;
}

/** The File menu and files opened with the app, as the library answers them (also when sent from another screen). */
export function useLibraryPushes({ selected, create, exportProfiles, startImport }: Deps): void {
  const notify = useNotify();
  const handle = (push: Push): boolean => {
    if (push.kind === 'files') {
      startImport({ source: 'files', files: push.opened.files }, push.opened.refused);
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
        if (selected.length > 0) exportProfiles(selected);
        else notify.toast('Select the profiles to export first.');
        return true;
      default:
        return false;
    }
  };
  usePushHandler(handle, true);
}
