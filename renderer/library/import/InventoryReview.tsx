import { useId, useMemo } from 'react';
import { createColumnHelper, useTable } from '@tanstack/react-table';
import type { InventoryPreviewed } from '../../../shared/api';
import type { ImportedWorkload, RefreshStatus, ServerRef } from '../../../shared/inventory';
import { Dialog } from '../../app/Dialog';
import { plural } from '../../app/format';
import { PlainTable, plainFeatures } from '../../app/PlainTable';
import { useLabels, type Labels } from '../../catalog/labels';
import type { InventoryFlow, InventoryView } from './inventory-flow';
import { MappingEditor } from './MappingEditor';
import { ReviewOptions } from './ReviewOptions';
import './inventory.css';

type ReviewedWorkload = InventoryPreviewed['workloads'][number];

const helper = createColumnHelper<typeof plainFeatures, ReviewedWorkload>();

const statusLabels: Record<RefreshStatus, string> = {
  new: 'New',
  update: 'Updates the saved workload',
  same: 'Already saved, unchanged',
};

/** "Updates the saved workload: the answer to “What OS …”, its servers and sizes", or the plain status. */
function statusOf({ status, changes }: ReviewedWorkload, labels: Labels): string {
  if (changes === null) return statusLabels[status];
  const what = [
    ...changes.answers.map((questionId) => `the answer to “${labels.question(questionId)}”`),
    ...(changes.group ? ['its portfolio group'] : []),
    ...(changes.servers ? ['its servers and sizes'] : []),
  ];
  return what.length === 0 ? statusLabels[status] : `${statusLabels[status]}: ${what.join(', ')}`;
}

function workloadColumns(labels: Labels) {
  return helper.columns([
    helper.accessor('name', { header: 'Workload' }),
    helper.accessor((workload) => statusOf(workload, labels), { id: 'status', header: 'Status', cell: ({ getValue }) => <span className="hw-review-status">{getValue()}</span> }),
    helper.accessor((workload) => workload.group ?? '—', { id: 'group', header: 'Portfolio group' }),
    helper.display({
      id: 'servers',
      header: 'Servers',
      cell: ({ row }) => <ServersCell workload={row.original} labels={labels} />,
    }),
    helper.accessor('inferred', {
      header: 'Inferred answers',
      cell: ({ getValue }) => <InferredList inferred={getValue()} labels={labels} />,
    }),
  ]);
}

/**
 * The servers, and where grouping merged servers that disagree: their OS families, or an answer they would each give
 * (the OS question's disagreement is the families', said once).
 */
function ServersCell({ workload, labels }: { workload: ReviewedWorkload; labels: Labels }) {
  const mixedOs = workload.osFamilies.length > 1;
  const disagreements = [
    ...(mixedOs ? [`Servers disagree: ${workload.osFamilies.join(', ')}`] : []),
    ...workload.conflicts
      .filter(({ questionId }) => !(mixedOs && questionId === 'os-needs'))
      .map(({ questionId, answers, unanswered }) => {
        const named = answers.map((answerId) => labels.answer(questionId, answerId));
        const none = unanswered > 0 ? [`no answer from ${plural(unanswered, 'server')}`] : [];
        return `Servers disagree (${named[0]?.question ?? questionId}): ${[...named.map((label) => label.answer), ...none].join(' / ')}`;
      }),
  ];
  return (
    <div className="hw-review-servers">
      {workload.servers.join(', ')}
      {disagreements.map((text) => (
        <p key={text} className="hw-servers-disagree">
          <span aria-hidden="true">⚠ </span>
          {text}
        </p>
      ))}
    </div>
  );
}

function InferredList({ inferred, labels }: { inferred: ImportedWorkload['inferred']; labels: Labels }) {
  if (inferred.length === 0) return <span className="hw-muted">None</span>;
  return (
    <ul className="hw-inferred-list">
      {inferred.map((answer) => {
        const { question, answer: label } = labels.answer(answer.questionId, answer.answerId);
        return (
          <li key={answer.questionId}>
            {question} <strong>{label}</strong> <span className="hw-muted">(from {answer.source})</span>
          </li>
        );
      })}
    </ul>
  );
}

type Review = Extract<InventoryView, { stage: 'review' }>;

/** What an inventory would import, before anything is saved: counts, workloads, what is left out and why. */
export function InventoryReview({ view, flow }: { view: Review; flow: InventoryFlow }) {
  const { preview, options, busy, problem } = view;
  const { report } = preview;
  const counted = (status: RefreshStatus) => preview.workloads.filter((workload) => workload.status === status).length;
  // Every workload already saved as the file has it: importing would change nothing.
  const nothingNew = report.imported > 0 && counted('same') === report.imported;
  return (
    <Dialog
      title="Import inventory"
      onClose={() => flow.close()}
      size="review"
      actions={
        <>
          <button type="button" className="hw-button" onClick={() => flow.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="hw-button hw-primary"
            disabled={busy || problem !== null || report.imported === 0 || nothingNew}
            onClick={() => void flow.confirm()}
          >
            {nothingNew ? 'Nothing new to import' : `Import ${plural(report.imported, 'profile')}`}
          </button>
        </>
      }
    >
      <p>
        {preview.name}: {report.source}, {plural(report.servers, 'server')}.
      </p>
      <dl className="hw-summary hw-inventory-counts" aria-label="Inventory counts">
        <Count label="To import" value={report.imported} />
        <Count label="New" value={counted('new')} />
        <Count label="Updates" value={counted('update')} />
        <Count label="Templates" value={report.templates.length} />
        <Count label="Powered off" value={report.poweredOff.length} />
        <Count label="Skipped" value={report.skipped.length} />
      </dl>
      <ReviewOptions view={view} flow={flow} />
      {problem === null ? null : (
        <p className="hw-error-text" role="alert">
          {problem === preview.problem
            ? `Nothing to import with this mapping: ${problem}`
            : `These options do not import ${preview.name}: ${problem} Below is the last preview that did.`}
        </p>
      )}
      <MappingEditor view={view} flow={flow} />
      <WorkloadTable workloads={preview.workloads} />
      <ServerList title="Templates (never imported)" servers={report.templates} />
      <ServerList title={options.includePoweredOff ? 'Powered off (imported)' : 'Powered off (not imported)'} servers={report.poweredOff} />
      <PlacedList title="Skipped rows" items={report.skipped.map((row) => ({ ...row, text: row.reason }))} />
      <PlacedList title="Cells read past" items={report.notices.map((notice) => ({ ...notice, text: `column ${notice.column}: ${notice.message}` }))} />
    </Dialog>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value.toLocaleString()}</dd>
    </div>
  );
}

/** Workloads listed in the review: an estate of thousands is checked by its first ones; the counts say how many in all. */
const workloadsShown = 200;

function WorkloadTable({ workloads }: { workloads: ReviewedWorkload[] }) {
  const labels = useLabels();
  const columns = useMemo(() => workloadColumns(labels), [labels]);
  const shown = useMemo(() => workloads.slice(0, workloadsShown), [workloads]);
  const table = useTable({ features: plainFeatures, columns, data: shown, getRowId: (workload) => workload.profileId });
  const caption = shown.length < workloads.length ? `Workloads to import (the first ${shown.length} of ${workloads.length.toLocaleString()})` : 'Workloads to import';
  return <PlainTable table={table} caption={caption} />;
}

function ServerList({ title, servers }: { title: string; servers: ServerRef[] }) {
  return <PlacedList title={title} items={servers.map((server) => ({ ...server, text: server.name }))} />;
}

/** Rows of the inventory, each with the sheet and row it came from. */
function PlacedList({ title, items }: { title: string; items: { sheet: string; row: number; text: string }[] }) {
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}: {items.length.toLocaleString()}
      </h3>
      <ul className="hw-placed-list">
        {items.map((item) => (
          <li key={`${item.sheet}/${item.row}/${item.text}`}>
            {item.text} <span className="hw-muted">({item.sheet} row {item.row})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
