import type { Catalog } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import { outcomeName, statusName } from '../app/format';
import { labelsOf, type Labels } from '../catalog/labels';
import { RuleEffectList } from '../rules/RuleEffectList';
import { AnswerFirst } from './AnswerFirst';
import { CopySummary } from './CopySummary';
import { rankedOption } from './evaluation';
import { confidenceLabel, confidenceLevel, count, noValue, ordinal, points, share } from './format';
import { MethodsVerdict } from './MethodsVerdict';
import { Panel } from './Panel';
import { confidenceColor, optionColor } from './palette';
import { Swatch } from './Swatch';

export interface RecommendationPanelProps {
  evaluation: Evaluation;
  catalog: Catalog;
  /** Hides the controls that mean nothing on paper (the copy button). */
  print?: boolean;
}

/**
 * The decision in sentences: the recommendation (or why there is none yet), how sure, by how much, whether the
 * methods agree, why, and why not each other option.
 */
export function RecommendationPanel({ evaluation, catalog, print = false }: RecommendationPanelProps) {
  const labels = labelsOf(catalog);
  const { recommendation } = evaluation;
  const winner = labels.option(recommendation.winner);
  const recommended = recommendation.status === 'recommended';
  return (
    <Panel title={`Recommendation for “${evaluation.name}”`} className="hwa-recommendation">
      <Headline evaluation={evaluation} labels={labels} />
      <Facts evaluation={evaluation} labels={labels} />
      <MethodsVerdict recommendation={recommendation} labels={labels} />
      {/* On screen the editor lists them beside the questionnaire; on paper they go with the recommendation. */}
      {print ? <AnswerFirst evaluation={evaluation} print /> : null}
      {recommendation.status === 'no-feasible-option' ? <RuledOut evaluation={evaluation} labels={labels} /> : null}
      <h3>{recommended ? `Why ${winner}` : `Why ${winner} leads so far`}</h3>
      <ol className="hwa-reasons">
        {recommendation.reasons.map((reason) => (
          <li key={reason.criterion}>{reason.sentence}</li>
        ))}
        {recommendation.notes.map((note) => (
          <li key={note.rule} className="hwa-note">
            Considered: {note.reason}
          </li>
        ))}
      </ol>
      {evaluation.houseRules ? <HouseRules evaluation={evaluation} labels={labels} /> : null}
      <WhyNot evaluation={evaluation} />
      <h3>Summary for a design document</h3>
      <p className="hwa-summary">{recommendation.summary}</p>
      {print ? null : <CopySummary text={recommendation.summary} />}
    </Panel>
  );
}

/** Why the recommendation is withheld: a question the house rules require, or a decisive one. */
function whatIsOpen(evaluation: Evaluation): string {
  return evaluation.answerFirst.some((value) => value.required)
    ? 'the house rules require an answer before the recommendation is final'
    : 'a decisive question is still open and its answer could change that';
}

/** The recommended option, or the status that withholds one (naming the leader only as leading so far). */
function Headline({ evaluation, labels }: { evaluation: Evaluation; labels: Labels }) {
  const { status, winner } = evaluation.recommendation;
  if (status === 'recommended') {
    return (
      <p className="hwa-winner" data-testid="winner">
        <Swatch color={optionColor(winner)} />
        {labels.option(winner)}
      </p>
    );
  }
  return (
    <div className="hwa-status" data-testid="status" role="status">
      <p className="hwa-status-title">{statusName(status)}</p>
      <p>
        {status === 'insufficient-answers'
          ? `${labels.option(winner)} leads so far, but ${whatIsOpen(evaluation)}.`
          : `The answers rule out every option; ${labels.option(winner)} is only the best of the ruled-out ones.`}
      </p>
    </div>
  );
}

function Facts({ evaluation, labels }: { evaluation: Evaluation; labels: Labels }) {
  const { recommendation, monteCarlo } = evaluation;
  const level = confidenceLevel(recommendation.confidence);
  const winner = rankedOption(evaluation, recommendation.winner);
  return (
    <dl className="hwa-facts">
      <div>
        <dt>Score</dt>
        <dd>{winner ? `${points(winner.score)} / 100` : noValue}</dd>
      </div>
      {recommendation.status === 'recommended' ? (
        <div>
          <dt>Confidence</dt>
          <dd>
            <span className="hwa-badge" style={{ borderColor: confidenceColor(level) }}>
              {confidenceLabel(level)}
            </span>{' '}
            {recommendation.winProbability === null
              ? 'No simulation ran'
              : `wins ${share(recommendation.winProbability)} of ${count(monteCarlo.samples)} draws of ${monteCarlo.varies.join(' and ')}`}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Margin</dt>
        <dd>
          {recommendation.margin === null || recommendation.runnerUp === null
            ? 'No other option is feasible'
            : `${points(recommendation.margin)} points over ${labels.option(recommendation.runnerUp)}`}
        </dd>
      </div>
    </dl>
  );
}

/** Every option is ruled out: each one and the rules that rule it out. */
function RuledOut({ evaluation, labels }: { evaluation: Evaluation; labels: Labels }) {
  return (
    <>
      <h3>Why every option is ruled out</h3>
      <ul className="hwa-why-not">
        {evaluation.ranking.map((option) => (
          <li key={option.option} className="hwa-ruled-out">
            <Swatch color={optionColor(option.option)} />
            <strong>{labels.option(option.option)}:</strong> {option.ruleOuts.map((ruleOut) => ruleOut.reason).join(' ')}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What each house rule changed for this workload, and what the plain catalogue would recommend where that differs. */
function HouseRules({ evaluation, labels }: { evaluation: Evaluation; labels: Labels }) {
  const { houseRules, recommendation } = evaluation;
  if (!houseRules) return null;
  const { without } = houseRules;
  const differs = without.status !== recommendation.status || without.winner !== recommendation.winner;
  return (
    <section className="hwa-house-rules" aria-label="What the house rules changed">
      <h3>What the house rules {houseRules.name} {houseRules.version} changed</h3>
      <RuleEffectList effects={houseRules.effects} />
      <p data-testid="without-rules">
        {differs ? `Without the house rules: ${outcomeName(without, labels.option)}.` : 'Without the house rules the recommendation would be the same.'}
      </p>
    </section>
  );
}

function WhyNot({ evaluation }: { evaluation: Evaluation }) {
  return (
    <>
      <h3>Why not the others</h3>
      <ul className="hwa-why-not">
        {evaluation.recommendation.whyNot.map(({ option, reason }) => {
          const ranked = rankedOption(evaluation, option);
          return (
            <li key={option} className={ranked?.ruledOut ? 'hwa-ruled-out' : undefined}>
              <Swatch color={optionColor(option)} />
              {ranked ? <span className="hwa-tag">{ranked.ruledOut ? 'Ruled out' : ordinal(ranked.rank)}</span> : null}
              {reason}
            </li>
          );
        })}
      </ul>
    </>
  );
}
