import { useState } from 'react';
import type { ArgOf, ImportDecision, ImportPreview, ImportSummary } from '../../../shared/api';
import { api } from '../../api';
import { useNotify } from '../../app/notify';

export type ImportSource = ArgOf<'import.preview'>;
export type ConflictDecision = Extract<ImportDecision, 'keep-both' | 'replace' | 'skip'>;
/** "file index/profile index" → what to do with that conflicting profile. */
export type Decisions = Record<string, ConflictDecision>;

export type RejectedFile = { name: string; message: string };

export type ImportState =
  | { stage: 'closed' }
  | { stage: 'review'; preview: ImportPreview; refused: RejectedFile[] }
  | { stage: 'done'; summary: ImportSummary; rejected: RejectedFile[] };

export const entryKey = (file: number, profile: number) => `${file}/${profile}`;

const emptySummary: ImportSummary = { added: [], replaced: [], skipped: [], alreadyPresent: [] };

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

/**
 * Preview → (the user settles each conflict) → apply → summary. Without conflicts it applies at once.
 * `refused` are files the main process could not read before the import began; the summary lists them.
 */
export function useImport(onImported: () => void) {
  const notify = useNotify();
  const [state, setState] = useState<ImportState>({ stage: 'closed' });

  const apply = async (preview: ImportPreview, decisions: Decisions, refused: RejectedFile[]) => {
    const items = itemsOf(preview, decisions);
    const summary = items.length > 0 ? await api['import.apply']({ items }) : emptySummary;
    setState({ stage: 'done', summary, rejected: [...refused, ...rejectedOf(preview)] });
    if (items.length > 0) onImported();
  };

  const start = async (source: ImportSource, refused: RejectedFile[] = []) => {
    try {
      const preview = source.source === 'files' && source.files.length === 0 ? { files: [] } : await api['import.preview'](source);
      if (preview.files.length === 0 && refused.length === 0) return; // the user cancelled the file dialog
      if (hasConflict(preview)) setState({ stage: 'review', preview, refused });
      else await apply(preview, {}, refused);
    } catch (error) {
      notify.error(error);
    }
  };

  const confirm = (decisions: Decisions) => {
    if (state.stage === 'review') apply(state.preview, decisions, state.refused).catch(notify.error);
  };

  return { state, start, confirm, close: () => setState({ stage: 'closed' }) };
}
