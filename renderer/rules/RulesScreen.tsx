import { useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import type { CodedErrorData, RulesFileStatus, RulesState } from '../../shared/api';
import { describeIdentity } from '../../shared/house-rules/identity';
import { useReadOnly } from '../app/store-status';
import { EntriesTable } from './EntriesTable';
import { PreviewTable } from './PreviewTable';
import { droppedRulesFile } from './rule-files';
import type { Review, RulesFlow } from './rules-flow';
import { useRulesFlow } from './useRulesFlow';
import './rules.css';

const fileStatusNotes: Record<RulesFileStatus, string | null> = {
  same: null,
  changed: 'The file has changed on disk since it was accepted: reload it to review the new version.',
  missing: 'The file is no longer at this place; the library keeps the version it accepted.',
  unknown: null,
};

/**
 * House rules: the rules in force and their entries; open a file (dialog, drop, or the remembered path) to see its
 * entries and which saved recommendations it would change, then accept or cancel; unload, with its own preview.
 */
export function RulesScreen() {
  const { view, flow } = useRulesFlow();
  const readOnly = useReadOnly();
  const { state, review, refused, busy, error } = view;
  const locked = busy !== null;
  // The buttons that open and close a review are disabled or removed as they act, which drops the keyboard's focus
  // on the page: it goes to the review when one opens and back to the rules in force when it closes.
  const inForce = useRef<HTMLDivElement>(null);
  const reviewing = review !== null;
  const wasReviewing = useRef(reviewing);
  useEffect(() => {
    if (wasReviewing.current && !reviewing) inForce.current?.focus();
    wasReviewing.current = reviewing;
  }, [reviewing]);
  return (
    <section className="hw-screen hw-rules" aria-labelledby="hw-rules-title">
      <h2 id="hw-rules-title">House rules</h2>
      {state ? <InForce state={state} flow={flow} locked={locked || readOnly || review !== null} card={inForce} /> : <p className="hw-muted">Reading the house rules…</p>}
      <OpenRules flow={flow} state={state} locked={locked} />
      {busy ? (
        <p role="status" className="hw-muted">
          {busy}
        </p>
      ) : null}
      {error ? <Problems title="That did not work" problems={[error]} /> : null}
      {refused ? <Problems title={`${refused.name} was refused`} problems={refused.problems} /> : null}
      {review ? <ReviewPanel review={review} flow={flow} locked={locked} readOnly={readOnly} /> : null}
    </section>
  );
}

function InForce({ state, flow, locked, card }: { state: RulesState; flow: RulesFlow; locked: boolean; card: RefObject<HTMLDivElement | null> }) {
  const { accepted, refused, restating } = state;
  return (
    <div className="hw-card hw-rules-in-force" data-testid="rules-in-force" ref={card} tabIndex={-1}>
      {accepted ? (
        <>
          <h3>In force: {describeIdentity(accepted.identity)}</h3>
          <p className="hw-muted">
            {accepted.path ? `Read from ${accepted.path}.` : 'Opened or dropped in the window: Hostwise does not know where this file is on disk.'} {fileStatusNotes[accepted.fileStatus]}
          </p>
          <EntriesTable entries={accepted.entries} caption={`The ${accepted.entries.length} entries in force`} />
        </>
      ) : (
        <p>No house rules: every recommendation comes from the plain catalogue.</p>
      )}
      {refused ? (
        <Problems
          title="The house rules this library accepted no longer pass this version's checks: the plain catalogue applies until you load rules again or unload them"
          problems={refused.problems}
        />
      ) : null}
      {restating ? (
        <p role="status" data-testid="rules-restating">
          Evaluating the saved profiles again: {restating.done.toLocaleString('en')} of {restating.total.toLocaleString('en')}
        </p>
      ) : null}
      {accepted || refused ? (
        <button type="button" className="hw-button" disabled={locked} onClick={() => void flow.reviewUnload()}>
          Unload…
        </button>
      ) : null}
    </div>
  );
}

/** The three ways in: the open dialog, the remembered path, or a file dropped here. */
function OpenRules({ flow, state, locked }: { flow: RulesFlow; state: RulesState | null; locked: boolean }) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    // Taken here, so the window's drop (which imports profiles) leaves it alone.
    event.preventDefault();
    setOver(false);
    const [file] = event.dataTransfer.files;
    if (file && !locked) void droppedRulesFile(file).then((source) => flow.open(source));
  };
  return (
    <div
      className={`hw-card hw-rules-open${over ? ' hw-over' : ''}`}
      data-testid="rules-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <button type="button" className="hw-button" disabled={locked} onClick={() => void flow.open({ source: 'dialog' })}>
        Open rules file…
      </button>
      {state?.rememberedPath ? (
        <button type="button" className="hw-button" disabled={locked} onClick={() => void flow.open({ source: 'remembered' })}>
          Reload {state.rememberedPath}
        </button>
      ) : null}
      <p className="hw-muted">or drop a .hostwise-rules.json file here. Nothing changes until you accept it.</p>
    </div>
  );
}

function ReviewPanel({ review, flow, locked, readOnly }: { review: Review; flow: RulesFlow; locked: boolean; readOnly: boolean }) {
  const accepting = review.kind === 'candidate';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [review.kind]);
  return (
    <div className="hw-card hw-rules-review" role="region" aria-label={accepting ? 'Rules under review' : 'Unload under review'}>
      {accepting ? (
        <>
          <h3 ref={heading} tabIndex={-1}>
            Review: {describeIdentity(review.candidate.identity)}
          </h3>
          <EntriesTable entries={review.candidate.entries} caption={`The ${review.candidate.entries.length} entries of ${review.name}`} />
        </>
      ) : (
        <h3 ref={heading} tabIndex={-1}>
          Unload the house rules: back to the plain catalogue
        </h3>
      )}
      <h4>Recommendations that would change</h4>
      {review.preview ? <PreviewTable preview={review.preview} /> : null}
      <div className="hw-rules-actions">
        <button type="button" className="hw-button hw-primary" disabled={locked || readOnly || !review.preview} onClick={() => void flow.confirm()}>
          {accepting ? 'Accept these rules' : 'Unload the rules'}
        </button>
        <button type="button" className="hw-button" disabled={locked} onClick={() => flow.cancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Coded problems as text: the code, the place in the file, and the sentence. */
function Problems({ title, problems }: { title: string; problems: CodedErrorData[] }) {
  return (
    <div role="alert" className="hw-rules-problems" data-testid="rules-problems">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.code}</code>
            {problem.path ? (
              <>
                {' '}
                at <code>{problem.path}</code>
              </>
            ) : null}
            : {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
