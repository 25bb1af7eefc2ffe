import { useMemo, useState, type ReactNode } from 'react';
import { FlexRender, useTable, type Column, type Header, type SortingState } from '@tanstack/react-table';
import type { Catalog } from '../../shared/catalog';
import type { Evaluation, RankedOption } from '../../shared/engine/types';
import './analysis.css';
import { comparisonColumns, comparisonFeatures, criterionRows, type CriterionRow } from './comparison-columns';
import { closeness, noValue, points, share } from './format';
import { labelsOf } from '../catalog/labels';
import { ariaSort, sortMark } from '../app/sort-state';
import { TableRows } from '../app/TableRows';

export interface ComparisonTableProps {
  evaluation: Evaluation;
  catalog: Catalog;
  /** Plain headers (no sort buttons) for paper. */
  print?: boolean;
}

type Features = typeof comparisonFeatures;
type TableColumn = Column<Features, CriterionRow, unknown>;

/** Every option on every criterion: rating, weight and points, with the evidence of each rating on hover or focus. */
export function ComparisonTable({ evaluation, catalog, print = false }: ComparisonTableProps) {
  const labels = labelsOf(catalog);
  const columns = useMemo(() => comparisonColumns(evaluation, labels), [evaluation, labels]);
  const data = useMemo(() => criterionRows(evaluation, labels), [evaluation, labels]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useTable({
    features: comparisonFeatures,
    columns,
    data,
    getRowId: (row) => row.criterion,
    state: { sorting },
    onSortingChange: setSorting,
  });
  const leafColumns = table.getAllLeafColumns();
  return (
    <>
      <p className="hwa-table-help">
        Each cell is the option’s likely rating out of 10 on that criterion with its low–high range in brackets (a
        struck-through number is the catalogue rating before this workload adjusted it) and the points it adds to the
        score: weight × likely rating × 10.
        {print ? null : ' Hover over or focus a rating for its rationale and source; sort by any column.'}
      </p>
      <div className="hwa-table-scroll">
        <table className="hwa-comparison">
          <caption className="hw-sr-only">Options compared on every criterion</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell key={header.id} header={header} sortable={!print} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            <TableRows
              table={table}
              cell={(cell) => (
                <BodyCell key={cell.id} column={cell.column}>
                  <FlexRender cell={cell} />
                </BodyCell>
              )}
            />
          </tbody>
          <tfoot>
            {footerRows(evaluation).map(({ label, value }) => (
              <tr key={label}>
                {leafColumns.map((column) => (
                  <BodyCell key={column.id} column={column}>
                    {footerCell(column, label, value)}
                  </BodyCell>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
    </>
  );
}

interface FooterRow {
  label: string;
  value: (option: RankedOption) => ReactNode;
}

/** The totals: the score, the cross-check and the simulation, and why an option is ruled out. */
function footerRows(evaluation: Evaluation): FooterRow[] {
  const rows: FooterRow[] = [
    { label: 'Score (out of 100)', value: (option) => <strong>{points(option.score)}</strong> },
    { label: 'TOPSIS closeness (0–1)', value: (option) => (option.topsis === null ? noValue : closeness(option.topsis)) },
    { label: 'PROMETHEE II net flow (−1–1)', value: (option) => (option.promethee === null ? noValue : closeness(option.promethee)) },
    { label: 'Win probability', value: (option) => (option.winProbability === null ? noValue : share(option.winProbability)) },
  ];
  const ruledOut = evaluation.ranking.some((option) => option.ruledOut);
  const reasons: FooterRow = {
    label: 'Ruled out because',
    value: (option) => (
      <span className="hwa-rule-out-reason">{option.ruleOuts.map((ruleOut) => ruleOut.reason).join(' ')}</span>
    ),
  };
  return ruledOut ? [...rows, reasons] : rows;
}

function footerCell(column: TableColumn, label: string, value: FooterRow['value']): ReactNode {
  const option = column.columnDef.meta?.option;
  if (option) return value(option);
  return column.columnDef.meta?.rowHeader ? label : null;
}

function BodyCell({ column, children }: { column: TableColumn; children: ReactNode }) {
  const meta = column.columnDef.meta;
  const className = [meta?.numeric ? 'hwa-num' : '', meta?.option?.ruledOut ? 'hwa-ruled-out' : ''].join(' ').trim();
  return meta?.rowHeader ? (
    <th scope="row">{children}</th>
  ) : (
    <td className={className || undefined}>{children}</td>
  );
}

function HeaderCell({ header, sortable }: { header: Header<Features, CriterionRow, unknown>; sortable: boolean }) {
  const sorted = header.column.getIsSorted();
  const content = header.isPlaceholder ? null : <FlexRender header={header} />;
  return (
    <th
      scope="col"
      colSpan={header.colSpan}
      aria-sort={ariaSort(sorted)}
      className={header.column.columnDef.meta?.numeric ? 'hwa-num' : undefined}
    >
      {sortable && header.column.getCanSort() ? (
        <button type="button" className="hwa-sort" onClick={header.column.getToggleSortingHandler()}>
          <span className="hwa-sort-label">{content}</span>
          <span className="hwa-sort-mark" aria-hidden="true">
            {sortMark(sorted)}
          </span>
        </button>
      ) : (
        content
      )}
    </th>
  );
}
