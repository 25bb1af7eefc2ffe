import { decisionStandings } from '../../shared/decision/standing';
import { confidenceKeys, optionCount, type Tally } from '../../shared/portfolio';
import { useCatalog } from '../catalog/CatalogProvider';
import { useLabels } from '../catalog/labels';
import { standingNames } from '../library/DecisionFilter';
import { catalogOptionKeys } from './option-keys';
import { confidenceWords, optionWord } from './words';

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="hwp-count">
      <dt>{label}</dt>
      <dd>{value.toLocaleString('en')}</dd>
    </div>
  );
}

/** How the workloads split: per recommended option, per confidence, per decision. */
export function PortfolioCounts({ tally }: { tally: Tally }) {
  const labels = useLabels();
  const options = catalogOptionKeys(useCatalog());
  return (
    <div className="hwp-counts">
      <section aria-label="Per recommendation">
        <h3>Recommended</h3>
        <dl>
          {options.map((option) => (
            <Count key={option} label={optionWord(option, labels)} value={optionCount(tally, option)} />
          ))}
        </dl>
      </section>
      <section aria-label="Per confidence">
        <h3>Confidence</h3>
        <dl>
          {confidenceKeys.map((level) => (
            <Count key={level} label={confidenceWords[level]} value={tally.confidence[level]} />
          ))}
        </dl>
      </section>
      <section aria-label="Per decision">
        <h3>Decision</h3>
        <dl>
          {decisionStandings.map((standing) => (
            <Count key={standing} label={standingNames[standing]} value={tally.decision[standing]} />
          ))}
        </dl>
      </section>
    </div>
  );
}
