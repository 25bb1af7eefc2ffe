import { api } from '../api';
import { plural } from './format';
import { useNotify } from './notify';
import { usePushHandler } from './pushes';

/** Exports saved profiles to one file the user picks, and says where it went. */
export function useExportProfiles(): (ids: string[]) => Promise<void> {
  const notify = useNotify();
  return async (ids) => {
    try {
      const result = await api['export.profiles']({ ids });
      if (result.saved) notify.toast(`Exported ${plural(ids.length, 'profile')} to ${result.path}.`);
    } catch (error) {
      notify.error(error);
    }
  };
}

/** Answers the File menu's Export… on a screen about these profiles; `prepare` runs first (e.g. a pending save). */
export function useExportCommand(ids: string[], prepare: () => Promise<unknown> = async () => undefined): void {
  const exportProfiles = useExportProfiles();
  usePushHandler((push) => {
    if (push.kind !== 'menu' || push.command !== 'profiles.export') return false;
    void prepare().then(() => exportProfiles(ids));
    return true;
  });
}
