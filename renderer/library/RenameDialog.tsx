import { useId, useState } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { Dialog } from '../app/Dialog';

interface Props {
  profile: ProfileSummary;
  onRename: (name: string) => void;
  onClose: () => void;
}

export function RenameDialog({ profile, onRename, onClose }: Props) {
  const [name, setName] = useState(profile.name);
  const inputId = useId();
  const formId = useId();
  const valid = name.trim().length > 0;
  return (
    <Dialog
      title={`Rename “${profile.name}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="hw-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="hw-button hw-primary" disabled={!valid}>
            Rename
          </button>
        </>
      }
    >
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onRename(name.trim());
        }}
      >
        <label htmlFor={inputId}>New name</label>
        <input id={inputId} className="hw-input" value={name} onChange={(event) => setName(event.target.value)} autoFocus required />
      </form>
    </Dialog>
  );
}
