import { useId, useState } from 'react';

/** The profile's name; an empty name is never saved, the field says so instead. */
export function NameField({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const [draft, setDraft] = useState(name);
  const id = useId();
  const errorId = useId();
  const empty = draft.trim().length === 0;
  return (
    <div className="hw-name-field">
      <label htmlFor={id}>Workload name</label>
      <input
        id={id}
        className="hw-input hw-name-input"
        value={draft}
        aria-invalid={empty}
        aria-describedby={empty ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim()) onRename(event.target.value.trim());
        }}
      />
      {empty ? (
        <p id={errorId} className="hw-error-text">
          A workload needs a name; the last one is kept until then.
        </p>
      ) : null}
    </div>
  );
}
