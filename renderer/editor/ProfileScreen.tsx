import type { ReactNode } from 'react';
import type { CriterionId } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { Analysis } from '../analysis/Analysis';
import { AnswerFirst } from '../analysis/AnswerFirst';
import { useCatalog } from '../catalog/CatalogProvider';
import { describeError } from '../app/errors';
import { withEntry } from '../app/records';
import { href } from '../app/router';
import { useBusy } from '../app/activity';
import { pdfTask, useExportCommand } from '../app/useExportProfiles';
import { RulesMarker } from '../rules/RulesMarker';
import { WeightsPanel } from '../weights/WeightsPanel';
import { DecisionPanel } from '../decision/DecisionPanel';
import { DecisionBar } from './DecisionBar';
import { HistoryPanel } from './HistoryPanel';
import { GroupField } from './GroupField';
import { NameField } from './NameField';
import { NotesField } from './NotesField';
import { Questionnaire } from './Questionnaire';
import { SaveIndicator } from './SaveIndicator';
import { useDockClearance } from './useDockClearance';
import { useInferredAnswers } from './useInferredAnswers';
import { useProfileEditor, type ProfileChange } from './useProfileEditor';

function withOverride(profile: Profile, criterion: CriterionId, value: number | null): Profile {
  return { ...profile, weightOverrides: withEntry(profile.weightOverrides, criterion, value) };
}

/** One workload: the decision at the top, the questionnaire on the left, weights and analysis on the right, all live. */
export function ProfileScreen({ id }: { id: string }) {
  const editor = useProfileEditor(id);
  const { profile, evaluation, change } = editor;
  const runExport = useExportCommand([id], editor.flush);
  const printing = useBusy(pdfTask);
  const inferred = useInferredAnswers(profile);
  if (editor.loadError) {
    return (
      <section className="hw-screen" aria-labelledby="hw-profile-missing">
        <h2 id="hw-profile-missing">This profile could not be opened</h2>
        <p>{describeError(editor.loadError)}</p>
        <a href={href.library()}>Back to the library</a>
      </section>
    );
  }
  if (!profile) return <p className="hw-screen hw-muted">Opening the profile…</p>;
  return (
    <section className="hw-screen hw-profile" aria-labelledby="hw-profile-title">
      <div className="hw-profile-head">
        <h2 id="hw-profile-title" className="hw-sr-only">
          Profile: {profile.name}
        </h2>
        <NameField key={editor.generation} name={profile.name} onRename={(name) => change((p) => ({ ...p, name }))} />
        <GroupField key={`group-${editor.generation}`} group={profile.group} onChange={(group) => change((p) => ({ ...p, group }))} />
        <SaveIndicator status={editor.saveStatus} />
        {evaluation ? <DecisionBar evaluation={evaluation} answers={profile.answers} /> : null}
        {evaluation ? <RulesMarker profile={profile} evaluation={evaluation} /> : null}
        <button type="button" className="hw-button" disabled={printing} onClick={() => runExport('report.exportPdf')}>
          Export PDF…
        </button>
      </div>
      <div className="hw-profile-columns">
        <div className="hw-profile-form" role="region" aria-label="Questionnaire">
          {evaluation && evaluation.answerFirst.length > 0 ? (
            <div className="hw-card">
              <AnswerFirst evaluation={evaluation} />
            </div>
          ) : null}
          <Questionnaire answers={profile.answers} inferred={inferred} revisit={profile.revisit} onChange={change} />
          <NotesField notes={profile.notes} onChange={(notes) => change((p) => ({ ...p, notes }))} />
          <HistoryPanel revisions={editor.revisions} onRestore={(revisionId) => void editor.restore(revisionId)} />
        </div>
        <div className="hw-profile-analysis" role="region" aria-label="Weights and analysis">
          {evaluation ? (
            <WeightsAndAnalysis profile={profile} evaluation={evaluation} change={change}>
              <DecisionPanel profile={profile} evaluation={evaluation} flush={editor.flush} onDecided={editor.adopt} />
            </WeightsAndAnalysis>
          ) : (
            <p className="hw-muted">Evaluating…</p>
          )}
        </div>
      </div>
    </section>
  );
}

/** The weights, docked at the top of the pane in two-pane layouts, over `children` (the decision) and the analysis they move. */
function WeightsAndAnalysis({ profile, evaluation, change, children }: { profile: Profile; evaluation: Evaluation; change: (update: ProfileChange) => void; children: ReactNode }) {
  const dock = useDockClearance();
  const catalog = useCatalog();
  return (
    <>
      <div className="hw-weights-dock" ref={dock}>
        <WeightsPanel
          evaluation={evaluation}
          overrides={profile.weightOverrides}
          onOverride={(criterion, value) => change((p) => withOverride(p, criterion, value))}
          onResetAll={() => change((p) => ({ ...p, weightOverrides: {} }))}
        />
      </div>
      {children}
      <Analysis evaluation={evaluation} catalog={catalog} />
    </>
  );
}
