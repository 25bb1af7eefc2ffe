import { memo } from 'react';
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

/**
 * The recommendation, the comparison table and the charts of one evaluation. Memoised: typing or sliding
 * elsewhere on the screen re-renders nothing here until the evaluation itself changes.
 */
export const Analysis = memo(function Analysis({ evaluation, catalog, print = false }: AnalysisProps) {
  const parts = { evaluation, catalog, print };
  return (
    <section className="hwa-analysis" aria-label="Analysis">
      <RecommendationPanel {...parts} />
      <Panel title="Comparison">
        <ComparisonTable {...parts} />
      </Panel>
      <Panel title="Charts">
        <div className="hwa-chart-grid">
          <RatingsRadar {...parts} />
          <ContributionsChart {...parts} />
          <StabilityTornado {...parts} />
          <WinProbabilityChart {...parts} />
        </div>
      </Panel>
    </section>
  );
});

