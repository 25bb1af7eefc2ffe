import { useId, type ReactNode } from 'react';
import './analysis.css';

/** A titled region of the analysis. */
export function Panel({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className={`hwa-panel ${className ?? ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}
