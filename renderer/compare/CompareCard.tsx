import type { ReactNode } from 'react';

export interface CompareColumn {
  label: ReactNode;
  numeric?: boolean;
}

export interface CompareRow {
  key: string;
  header: ReactNode;
  cells: ReactNode[];
  changed?: boolean;
}

interface CompareCardProps {
  id: string;
  title: string;
  /** The first column heads the row headers; the others head the cells. */
  columns: CompareColumn[];
  rows: CompareRow[];
  /** Shown instead of the table when there are no rows. */
  empty?: string;
}

const numClass = (column: CompareColumn | undefined) => (column?.numeric ? 'hw-num' : undefined);

/** One card of the comparison: a titled table with a row header per row, or a sentence when nothing differs. */
export function CompareCard({ id, title, columns, rows, empty }: CompareCardProps) {
  const titleId = `hw-${id}-title`;
  return (
    <section className="hw-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {rows.length === 0 && empty ? (
        <p className="hw-muted">{empty}</p>
      ) : (
        <table className="hw-table">
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={index} scope="col" className={numClass(column)}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.changed ? 'hw-changed' : undefined}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, index) => (
                  <td key={index} className={numClass(columns[index + 1])}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
