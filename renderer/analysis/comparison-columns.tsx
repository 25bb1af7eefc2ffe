import { createColumnHelper, type CellContext, type HeaderContext, createSortedRowModel, metaHelper, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures } from '@tanstack/react-table';
import type { CriterionId, OptionId } from '../../shared/catalog';
import type { Contribution, Evaluation, RankedOption } from '../../shared/engine/types';
import { contributionOf, criteriaOf } from './evaluation';
import { noValue, ordinal, percent } from './format';
import type { Labels } from '../catalog/labels';
import { optionColor } from './palette';
import { RatingCell } from './RatingCell';
import { Swatch } from './Swatch';

interface ColumnMeta {
  /** The cell names its row (a criterion) for assistive technology: rendered as <th scope="row">. */
  rowHeader?: boolean;
  numeric?: boolean;
  /** The option of an option column, as this evaluation ranks it. */
  option?: RankedOption;
  labels?: Labels;
}

export const comparisonFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnMeta: metaHelper<ColumnMeta>(),
});

/** One criterion: its weight and every option's contribution on it. */
export interface CriterionRow {
  criterion: CriterionId;
  name: string;
  weight: number;
  contributions: Map<OptionId, Contribution>;
}

export function criterionRows(evaluation: Evaluation, labels: Labels): CriterionRow[] {
  return criteriaOf(evaluation).map((criterion) => ({
    criterion,
    name: labels.criterion(criterion),
    weight: evaluation.weights[criterion],
    contributions: new Map(
      evaluation.ranking.flatMap((option) => {
        const contribution = contributionOf(option, criterion);
        return contribution ? [[option.option, contribution] as const] : [];
      }),
    ),
  }));
}

const helper = createColumnHelper<typeof comparisonFeatures, CriterionRow>();
type CellProps<Value> = CellContext<typeof comparisonFeatures, CriterionRow, Value>;
type HeaderProps = HeaderContext<typeof comparisonFeatures, CriterionRow, number>;

/*
 * Cells and headers are components defined once: TanStack renders a column's cell as a React component, so a
 * function made anew with every evaluation would remount every cell whenever a weight moves.
 */

function OptionCell({ row, column }: CellProps<number>) {
  const { option, labels } = column.columnDef.meta ?? {};
  const contribution = option && row.original.contributions.get(option.option);
  return contribution && labels ? <RatingCell option={option.option} contribution={contribution} labels={labels} /> : noValue;
}

function OptionHeader({ column }: HeaderProps) {
  const { option, labels } = column.columnDef.meta ?? {};
  if (!option || !labels) return null;
  const name = labels.option(option.option);
  return (
    <>
      <span className="hwa-option-name">
        <Swatch color={optionColor(option.option)} />
        {option.ruledOut ? <s>{name}</s> : name}
      </span>
      <span className="hwa-option-status">{option.ruledOut ? 'Ruled out' : ordinal(option.rank)}</span>
    </>
  );
}

function WeightCell({ getValue }: CellProps<number>) {
  return percent(getValue());
}

function optionColumn(option: RankedOption, labels: Labels) {
  return helper.accessor((row) => row.contributions.get(option.option)?.points ?? 0, {
    id: option.option,
    header: OptionHeader,
    cell: OptionCell,
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true, option, labels },
  });
}

/**
 * Criteria as rows and options as columns, the weighted decision matrix architects know: each row reads
 * across the options, the totals sit at the foot, and it stays narrow enough for a side pane and a page.
 */
export function comparisonColumns(evaluation: Evaluation, labels: Labels) {
  return helper.columns([
    helper.accessor('name', { id: 'criterion', header: 'Criterion', sortFn: 'alphanumeric', meta: { rowHeader: true } }),
    helper.accessor('weight', {
      header: 'Weight',
      cell: WeightCell,
      sortFn: 'basic',
      sortDescFirst: true,
      meta: { numeric: true },
    }),
    ...evaluation.ranking.map((option) => optionColumn(option, labels)),
  ]);
}
