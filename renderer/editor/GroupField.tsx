import { useId, useState } from 'react';

/** The application, cluster or business unit the workload belongs to; empty means none. The portfolio groups by it. */
export function GroupField({ group, onChange }: { group: string | undefined; onChange: (group: string | undefined) => void }) {
  const [draft, setDraft] = useState(group ?? '');
  const id = useId();
  return (
    <div className="hw-name-field">
      <label htmlFor={id}>Group</label>
      <input
        id={id}
        className="hw-input hw-group-input"
        value={draft}
        placeholder="e.g. an application"
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value.trim() || undefined);
        }}
      />
    </div>
  );
}
