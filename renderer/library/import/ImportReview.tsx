import { useState } from 'react';
import type { ImportPreview } from '../../../shared/api';
import { Dialog } from '../../app/Dialog';
import { plural } from '../../app/format';
import { entryKey, type ConflictDecision, type Decisions } from './useImport';

const choices: { value: ConflictDecision; label: string }[] = [
  { value: 'keep-both', label: 'Keep both' },
  { value: 'replace', label: 'Replace mine' },
  { value: 'skip', label: 'Skip' },
];

interface Props {
  preview: ImportPreview;
  onConfirm: (decisions: Decisions) => void;
  onClose: () => void;
}

/** Asks, for each imported profile that differs from the saved one with its id, what to do with it. */
export function ImportReview({ preview, onConfirm, onClose }: Props) {
  const [decisions, setDecisions] = useState<Decisions>({});
  const choose = (key: string, decision: ConflictDecision) => setDecisions((current) => ({ ...current, [key]: decision }));
  return (
    <Dialog
      title="Import profiles"
      onClose={onClose}
      size="wide"
      actions={
        <>
          <button type="button" className="hw-button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="hw-button hw-primary" onClick={() => onConfirm(decisions)}>
            Import
          </button>
        </>
      }
    >
      <p>Some profiles already exist in your library with different content. Choose what to do with each.</p>
      {preview.files.map((file, f) => (
        <section key={`${file.name}/${f}`} className="hw-import-file" aria-label={`File ${file.name}`}>
          <h3>{file.name}</h3>
          {file.error ? <p className="hw-error-text">Not imported: {file.error.message}</p> : <FileCounts profiles={file.profiles} />}
          {file.profiles.map(({ profile, status }, p) =>
            status === 'conflict' ? (
              <fieldset key={profile.id} className="hw-choice-row">
                <legend>“{profile.name}” differs from the saved profile</legend>
                {choices.map((choice) => (
                  <label key={choice.value}>
                    <input
                      type="radio"
                      name={`conflict-${entryKey(f, p)}`}
                      checked={(decisions[entryKey(f, p)] ?? 'keep-both') === choice.value}
                      onChange={() => choose(entryKey(f, p), choice.value)}
                    />
                    {choice.label}
                  </label>
                ))}
              </fieldset>
            ) : null,
          )}
        </section>
      ))}
    </Dialog>
  );
}

function FileCounts({ profiles }: { profiles: ImportPreview['files'][number]['profiles'] }) {
  const count = (status: string) => profiles.filter((p) => p.status === status).length;
  return (
    <p className="hw-muted">
      {plural(count('new'), 'new profile')}, {plural(count('same'), 'profile')} already present, {plural(count('conflict'), 'conflict')}.
    </p>
  );
}
