import { useDeferredValue } from 'react';
import type { Catalog } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import { ContributionsChart } from './charts/ContributionsChart';
import { RatingsRadar } from './charts/RatingsRadar';
import { StabilityTornado } from './charts/StabilityTornado';
import { WinProbabilityChart } from './charts/WinProbabilityChart';
import { ComparisonTable } from './ComparisonTable';
import { Panel } from './Panel';
import { RecommendationPanel } from './RecommendationPanel';

export interface AnalysisProps {
  evaluation: Evaluation;
  catalog: Catalog;
  /** Render for paper: fixed chart sizes, no screen-only controls. */
  print?: boolean;
}

/** The recommendation, the comparison table and the charts of one evaluation. */
export function Analysis({ evaluation, catalog, print = false }: AnalysisProps) {
  // While a weight slider moves, the words and the table follow at once and the charts (the costly part)
  // catch up in the background, skipping the positions the slider has already left.
  const charted = useDeferredValue(evaluation);
  const parts = { evaluation, catalog, print };
  const chartParts = { ...parts, evaluation: charted };
  return (
    <section className="hwa-analysis" aria-label="Analysis">
      <RecommendationPanel {...parts} />
      <Panel title="Comparison">
        <ComparisonTable {...parts} />
      </Panel>
      <Panel title="Charts">
        <div className="hwa-chart-grid">
          <RatingsRadar {...chartParts} />
          <ContributionsChart {...chartParts} />
          <StabilityTornado {...chartParts} />
          <WinProbabilityChart {...chartParts} />
        </div>
      </Panel>
    </section>
  );
}
