import { useRef, useState } from 'react';
import type { ImportDecision, ImportPreview, ImportSummary } from '../../../shared/api';
import { CodedError } from '../../../shared/api/errors';
import { importLimits } from '../../../shared/api/limits';
import { api } from '../../api';
import { useActivity, type Report } from '../../app/activity';
import { plural } from '../../app/format';
import type { FilesToImport, RejectedFile } from '../../app/import-files';
import { useNotify } from '../../app/notify';
import { previewFiles } from './preview-files';

/** Files chosen in the open dialog (the main process reads them), or files opened with the app or dropped. */
export type ImportRequest = { source: 'dialog' } | ({ source: 'files' } & FilesToImport);
/** An inventory chosen in the Import… dialog, previewed by main for its own review. */
export type ChosenInventory = NonNullable<ImportPreview['inventory']>;
export type ConflictDecision = Extract<ImportDecision, 'keep-both' | 'replace' | 'skip'>;
/** "file index/profile index" → what to do with that conflicting profile. */
export type Decisions = Record<string, ConflictDecision>;

export type ImportState =
  | { stage: 'closed' }
  | { stage: 'review'; preview: ImportPreview; refused: RejectedFile[] }
  | { stage: 'done'; summary: ImportSummary; rejected: RejectedFile[] };

/** The activity key of imports: one runs at a time. */
export const importTask = 'import';

export const entryKey = (file: number, profile: number) => `${file}/${profile}`;

const emptySummary: ImportSummary = { added: [], replaced: [], updated: [], skipped: [], alreadyPresent: [] };

function itemsOf(preview: ImportPreview, decisions: Decisions) {
  return preview.files.flatMap((file, f) =>
    file.profiles.map(({ profile, status }, p) => {
      const decision: ImportDecision = status === 'conflict' ? (decisions[entryKey(f, p)] ?? 'keep-both') : status === 'new' ? 'add' : 'skip';
      return { profile, decision };
    }),
  );
}

function rejectedOf(preview: ImportPreview): RejectedFile[] {
  return preview.files.flatMap((file) => (file.error ? [{ name: file.name, message: file.error.message }] : []));
}

const hasConflict = (preview: ImportPreview) => preview.files.some((file) => file.profiles.some((p) => p.status === 'conflict'));

/** The preview of the request, with the files refused before or while reading them. */
async function previewOf(request: ImportRequest, report: Report): Promise<{ preview: ImportPreview; refused: RejectedFile[] }> {
  if (request.source === 'dialog') return { preview: await api['import.preview']({ source: 'dialog' }), refused: [] };
  const total = request.files.length;
  const progress = (done: number) => report(`Reading ${done.toLocaleString('en')} of ${plural(total, 'file')}`, { done, total });
  progress(0);
  const { preview, unreadable } = await previewFiles(request.files, progress);
  return { preview, refused: [...request.refused, ...unreadable] };
}

/**
 * Preview → (the user settles each conflict) → apply → summary. Without conflicts it applies at once. Both
 * long steps run as activities: the window stays usable and shows how far the import has got.
 */
export function useImport(onImported: () => void, onInventory: (chosen: ChosenInventory) => void) {
  const notify = useNotify();
  const activity = useActivity();
  const [state, setShownState] = useState<ImportState>({ stage: 'closed' });
  // Read by `start` and `confirm`, which can run before React renders the stage they follow.
  const current = useRef(state);
  const setState = (next: ImportState) => {
    current.current = next;
    setShownState(next);
  };

  const apply = async (preview: ImportPreview, decisions: Decisions, refused: RejectedFile[]) => {
    const items = itemsOf(preview, decisions);
    const save = () => api['import.apply']({ items });
    if (items.length > importLimits.maxProfiles) {
      const message = `One import takes at most ${importLimits.maxProfiles.toLocaleString()} profiles; these files hold ${items.length.toLocaleString()}. Import them in smaller groups.`;
      throw new CodedError({ code: 'import-too-many', message });
    }
    if (items.length === 0) return setState({ stage: 'done', summary: emptySummary, rejected: [...refused, ...rejectedOf(preview)] });
    try {
      const summary = await activity.run(importTask, `Importing ${plural(items.length, 'profile')}…`, save);
      setState({ stage: 'done', summary, rejected: [...refused, ...rejectedOf(preview)] });
    } finally {
      // A save that failed part-way (a full disk) may have written some profiles: the list shows what is saved.
      onImported();
    }
  };

  const start = async (request: ImportRequest) => {
    if (activity.busy(importTask) || current.current.stage === 'review') return notify.toast('An import is under way: finish it before starting another.');
    try {
      const { preview, refused } = await activity.run(importTask, 'Reading files to import…', (report) => previewOf(request, report));
      if (preview.inventory) onInventory(preview.inventory);
      if (preview.files.length === 0 && refused.length === 0) return; // the user cancelled the file dialog, or chose an inventory only
      if (hasConflict(preview)) setState({ stage: 'review', preview, refused });
      else await apply(preview, {}, refused);
    } catch (error) {
      notify.error(error);
    }
  };

  const confirm = (decisions: Decisions) => {
    const review = current.current;
    if (review.stage !== 'review') return;
    // The review closes while the profiles are saved, so it cannot be confirmed twice.
    setState({ stage: 'closed' });
    apply(review.preview, decisions, review.refused).catch(notify.error);
  };

  return { state, start, confirm, close: () => setState({ stage: 'closed' }) };
}
