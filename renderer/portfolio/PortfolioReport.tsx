import { FlexRender, useTable } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import type { Paper } from '../../shared/api';
import type { RulesIdentity } from '../../shared/house-rules';
import { describeIdentity } from '../../shared/house-rules/identity';
import type { Portfolio } from '../../shared/portfolio';
import { api } from '../api';
import { PortfolioChart } from '../analysis/PortfolioChart';
import { Panel } from '../analysis/Panel';
import { describeError } from '../app/errors';
import { useCatalog } from '../catalog/CatalogProvider';
import { useLabels } from '../catalog/labels';
import { useReadySignal } from '../report/useReadySignal';
import { groupColumns, groupFeatures } from './group-columns';
import { OpenQuestions, openQuestionsLead } from './OpenQuestions';
import { PortfolioCounts } from './PortfolioCounts';
import { usePortfolio } from './usePortfolio';
import '../report/report.css';
import './portfolio.css';

/** On paper, the largest groups are listed and the rest counted: the summary stays a few pages for any estate. */
const printedGroups = 25;
/** The open questions printed, those holding back the most recommendations first. */
const printedQuestions = 20;

/** The portfolio summary the PDF is printed from: distribution, groups, open questions and the method, in a few pages. */
export function PortfolioReport({ paper }: { paper: Paper }) {
  const { loaded } = usePortfolio();
  const rules = useRulesInForce();
  const failed = loaded.state === 'failed' ? loaded.error : rules.state === 'failed' ? rules.error : undefined;
  const state = failed !== undefined ? 'failed' : loaded.state === 'ready' && rules.state === 'ready' ? 'ready' : 'loading';
  useReadySignal(state);
  if (state === 'failed') return <p role="alert">The portfolio summary could not be prepared: {describeError(failed)}</p>;
  if (loaded.state !== 'ready' || rules.state !== 'ready') return <p className="report-status">Preparing the portfolio summary…</p>;
  return (
    <main className={`report report-${paper.toLowerCase()}`}>
      <PortfolioPages portfolio={loaded.portfolio} rules={rules.rules} />
    </main>
  );
}

type RulesRead = { state: 'loading' } | { state: 'ready'; rules: RulesIdentity | null } | { state: 'failed'; error: unknown };

/** The house rules in force (null: the plain catalogue), which the summary names. */
function useRulesInForce(): RulesRead {
  const [read, setRead] = useState<RulesRead>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    api['rules.get'](null).then(
      ({ accepted }) => current && setRead({ state: 'ready', rules: accepted?.identity ?? null }),
      (error: unknown) => current && setRead({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);
  return read;
}

function PortfolioPages({ portfolio, rules }: { portfolio: Portfolio; rules: RulesIdentity | null }) {
  const catalog = useCatalog();
  const { workloads, groups } = portfolio;
  return (
    <article className="report-portfolio-summary" aria-label="Portfolio summary">
      <header className="report-header">
        <p className="report-kicker">Hostwise portfolio summary</p>
        <h1>
          {workloads.length.toLocaleString('en')} workloads in {groups.length.toLocaleString('en')} group{groups.length === 1 ? '' : 's'}
        </h1>
        <p className="report-meta">
          Printed {new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })} · Hostwise {__APP_VERSION__} · catalogue version {catalog.version}
        </p>
      </header>
      <PortfolioCounts tally={portfolio.tally} />
      <PortfolioChart profiles={workloads} catalog={catalog} print />
      <Panel title="Groups" className="report-groups">
        <GroupsOnPaper portfolio={portfolio} />
      </Panel>
      <Panel title="Open questions across the portfolio" className="report-open-questions">
        <p>{openQuestionsLead}</p>
        <OpenQuestions portfolio={portfolio} limit={printedQuestions} />
      </Panel>
      <Method catalogVersion={catalog.version} rules={rules} />
    </article>
  );
}

/** The largest groups with their counts, then how many more there are. */
function GroupsOnPaper({ portfolio }: { portfolio: Portfolio }) {
  const labels = useLabels();
  const catalog = useCatalog();
  const columns = useMemo(() => groupColumns(labels, catalog.options.map(({ id }) => id)), [labels, catalog]);
  const table = useTable({ features: groupFeatures, columns, data: portfolio.groups.slice(0, printedGroups) });
  const rest = portfolio.groups.slice(printedGroups);
  const restWorkloads = rest.reduce((sum, group) => sum + group.tally.workloads, 0);
  return (
    <>
      <table className="hw-plain-table">
        <thead>
          {table.getHeaderGroups().map((headers) => (
            <tr key={headers.id}>
              {headers.headers.map((header) => (
                <th key={header.id} scope="col" className={header.column.columnDef.meta?.numeric ? 'hw-num' : undefined}>
                  <FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'hw-num' : undefined}>
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rest.length > 0 ? (
        <p>
          {rest.length.toLocaleString('en')} more group{rest.length === 1 ? '' : 's'}, with {restWorkloads.toLocaleString('en')} workload
          {restWorkloads === 1 ? '' : 's'}: the portfolio screen lists every one.
        </p>
      ) : null}
    </>
  );
}

/** How the recommendations counted here are made (the README's decision model, in brief). */
function Method({ catalogVersion, rules }: { catalogVersion: number; rules: RulesIdentity | null }) {
  return (
    <Panel title="How Hostwise decides" className="report-method">
      <ul>
        <li>
          Each workload’s answers set the weights of the criteria and rule out the options that cannot fit it. Every option’s rating on
          every criterion is a range (low, likely, high) with its source in the catalogue.
        </li>
        <li>
          The score is the weighted sum of the likely ratings. TOPSIS (distance to the ideal) and PROMETHEE II (pairwise outranking), two
          structurally different methods, cross-check it.
        </li>
        <li>
          A Monte Carlo simulation (10,000 seeded draws) varies the weights and every rating within its range and gives the win probability.
          Confidence is high at a win probability of at least 90 %, moderate at 70 %, and drops one level for each method that prefers another
          option.
        </li>
        <li>
          Value of information: before recommending, Hostwise tries every answer of every unanswered, relevant question. While a decisive
          question could change the leading option (or the house rules require an answer), the workload has no recommendation yet. The open
          questions above come first by how many workloads Hostwise needs their answer to recommend for, then by how many workloads’ leading
          option one of their answers would change.
        </li>
        <li>
          The counts come from the evaluation saved with each workload, under catalogue version {catalogVersion} and{' '}
          {rules ? `the house rules ${describeIdentity(rules)}` : 'no house rules'}.
        </li>
      </ul>
    </Panel>
  );
}
