import type { Catalog } from '../../shared/catalog';
import type { Evaluation, RankedOption } from '../../shared/engine/types';
import { CopySummary } from './CopySummary';
import { rankedOption } from './evaluation';
import { confidenceLabel, confidenceLevel, count, noValue, ordinal, points, share } from './format';
import { labelsOf, type Labels } from './labels';
import { Panel } from './Panel';
import { confidenceColor, optionColor } from './palette';
import { Swatch } from './Swatch';

export interface RecommendationPanelProps {
  evaluation: Evaluation;
  catalog: Catalog;
  /** Hides the controls that mean nothing on paper (the copy button). */
  print?: boolean;
}

/** The decision in sentences: the winner, how sure, by how much, why, and why not each other option. */
export function RecommendationPanel({ evaluation, catalog, print = false }: RecommendationPanelProps) {
  const labels = labelsOf(catalog);
  const { recommendation } = evaluation;
  const winner = labels.option(recommendation.winner);
  return (
    <Panel title={`Recommendation for “${evaluation.name}”`} className="hwa-recommendation">
      <p className="hwa-winner" data-testid="winner">
        <Swatch color={optionColor(recommendation.winner)} />
        {winner}
      </p>
      <Facts evaluation={evaluation} labels={labels} />
      <h3>Why {winner}</h3>
      <ol className="hwa-reasons">
        {recommendation.reasons.map((reason) => (
          <li key={reason.criterion}>{reason.sentence}</li>
        ))}
      </ol>
      <WhyNot evaluation={evaluation} />
      <h3>Summary for a design document</h3>
      <p className="hwa-summary">{recommendation.summary}</p>
      {print ? null : <CopySummary text={recommendation.summary} />}
    </Panel>
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
      <div>
        <dt>Confidence</dt>
        <dd>
          <span className="hwa-badge" style={{ borderColor: confidenceColor(level) }}>
            {confidenceLabel(level)}
          </span>{' '}
          {recommendation.winProbability === null
            ? 'No simulation ran'
            : `wins ${share(recommendation.winProbability)} of ${count(monteCarlo.samples)} weight draws`}
        </dd>
      </div>
      <div>
        <dt>Margin</dt>
        <dd>
          {recommendation.margin === null || recommendation.runnerUp === null
            ? 'No other option is feasible'
            : `${points(recommendation.margin)} points over ${labels.option(recommendation.runnerUp)}`}
        </dd>
      </div>
      <div>
        <dt>Second method (TOPSIS)</dt>
        <dd data-testid="methods-agree">{topsisVerdict(evaluation, labels)}</dd>
      </div>
    </dl>
  );
}

function topsisVerdict({ recommendation, ranking }: Evaluation, labels: Labels): string {
  if (recommendation.methodsAgree) return `Agrees: it also ranks ${labels.option(recommendation.winner)} first`;
  const favourite = ranking.reduce<RankedOption | null>(
    (best, option) => (option.topsis !== null && (best?.topsis ?? -1) < option.topsis ? option : best),
    null,
  );
  return favourite ? `Prefers ${labels.option(favourite.option)}: the choice is closer than the margin suggests` : 'Disagrees';
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
