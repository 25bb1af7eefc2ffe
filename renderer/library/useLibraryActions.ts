import type { ProfileSummary } from '../../shared/api';
import { api } from '../api';
import { plural } from '../app/format';
import { useNotify } from '../app/notify';
import { href, navigate } from '../app/router';
import { useExportPdf, useExportProfiles } from '../app/useExportProfiles';
import { useCatalog } from '../catalog/CatalogProvider';
import { newProfile } from './new-profile';

interface Deps {
  refresh: () => Promise<void>;
  clearSelection: () => void;
}

/** What the library's buttons do; every failure lands in the alert region. */
export function useLibraryActions({ refresh, clearSelection }: Deps) {
  const notify = useNotify();
  const catalog = useCatalog();
  const exportIds = useExportProfiles();
  const printIds = useExportPdf();
  const guarded =
    <A extends unknown[]>(action: (...args: A) => Promise<unknown>) =>
    (...args: A) =>
      void action(...args).catch(notify.error);

  const undoDelete = (ids: string[]) =>
    guarded(async () => {
      await api['profiles.undoDelete']({ ids });
      await refresh();
      notify.toast(`Restored ${plural(ids.length, 'profile')}.`);
    })();

  return {
    create: guarded(async () => {
      const saved = await api['profiles.save']({ profile: newProfile(catalog.version) });
      navigate(href.profile(saved.id));
    }),
    duplicate: guarded(async (profiles: ProfileSummary[]) => {
      for (const profile of profiles) await api['profiles.duplicate']({ id: profile.id });
      await refresh();
      notify.toast(`Duplicated ${plural(profiles.length, 'profile')}.`);
    }),
    rename: guarded(async (profile: ProfileSummary, name: string) => {
      await api['profiles.rename']({ id: profile.id, name });
      await refresh();
    }),
    remove: guarded(async (profiles: ProfileSummary[]) => {
      const { deleted } = await api['profiles.delete']({ ids: profiles.map((p) => p.id) });
      clearSelection();
      await refresh();
      notify.toast(`Deleted ${plural(deleted.length, 'profile')}.`, { label: 'Undo', run: () => undoDelete(deleted) });
    }),
    exportProfiles: (profiles: ProfileSummary[]) => void exportIds(profiles.map((p) => p.id)),
    /** One profile's full report, or the portfolio report of several. */
    exportPdf: (profiles: ProfileSummary[]) => void printIds(profiles.map((p) => p.id)),
  };
}
