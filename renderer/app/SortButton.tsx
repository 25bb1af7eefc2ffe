import type { ReactNode } from 'react';
import { sortMark, type SortDirection } from './sort-state';

/** A sortable column's heading: its label as a button, and the mark of its order. */
export function SortButton({ sorted, onSort, children }: { sorted: SortDirection; onSort: ((event: unknown) => void) | undefined; children: ReactNode }) {
  return (
    <button type="button" className="hw-text-button hw-sort" onClick={onSort}>
      {children}
      <span className="hw-sort-mark" aria-hidden="true">
        {sortMark(sorted)}
      </span>
    </button>
  );
}
