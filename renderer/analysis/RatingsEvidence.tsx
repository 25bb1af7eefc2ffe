import type { Catalog } from '../../shared/catalog';
import type { Evaluation, RankedOption } from '../../shared/engine/types';
import { ratingRange } from './format';
import { labelsOf, type Labels } from '../catalog/labels';
import { optionColor } from './palette';
import { Panel } from './Panel';
import { RatingEvidence } from './RatingCell';
import { Swatch } from './Swatch';

export interface RatingsEvidenceProps {
  evaluation: Evaluation;
  catalog: Catalog;
}

/** Every rating the evaluation used, option by option, with its rationale, citation and adjustments. */
export function RatingsEvidence({ evaluation, catalog }: RatingsEvidenceProps) {
  const labels = labelsOf(catalog);
  return (
    <Panel title="Evidence behind every rating" className="hwa-evidence">
      {evaluation.ranking.map((option) => (
        <OptionEvidence key={option.option} option={option} labels={labels} />
      ))}
    </Panel>
  );
}

function OptionEvidence({ option, labels }: { option: RankedOption; labels: Labels }) {
  return (
    <section className="hwa-evidence-option">
      <h3>
        <Swatch color={optionColor(option.option)} />
        {labels.option(option.option)}
        {option.ruledOut ? <span className="hwa-tag">Ruled out</span> : null}
      </h3>
      <ul>
        {option.contributions.map((contribution) => (
          <li key={contribution.criterion}>
            <RatingEvidence
              option={option.option}
              contribution={contribution}
              labels={labels}
              title={`${labels.criterion(contribution.criterion)}: ${ratingRange(contribution.range)}`}
              linked
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
