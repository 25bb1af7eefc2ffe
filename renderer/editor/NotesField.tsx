import { useId } from 'react';

export function NotesField({ notes, onChange }: { notes: string; onChange: (notes: string) => void }) {
  const id = useId();
  return (
    <section className="hw-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Notes</h3>
      <label htmlFor={id} className="hw-muted">
        Context, assumptions and decisions for this workload
      </label>
      <textarea id={id} className="hw-input hw-notes" rows={6} value={notes} onChange={(event) => onChange(event.target.value)} />
    </section>
  );
}
