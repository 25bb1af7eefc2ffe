import { memo, useMemo, type ComponentType } from 'react';
import type { Catalog } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import { ContributionsChart } from './charts/ContributionsChart';
import { RatingsRadar } from './charts/RatingsRadar';
import { ScoreRangeChart } from './charts/ScoreRangeChart';
import { StabilityTornado } from './charts/StabilityTornado';
import { WinProbabilityChart } from './charts/WinProbabilityChart';
import { ComparisonTable } from './ComparisonTable';
import { Panel } from './Panel';
import { RecommendationPanel } from './RecommendationPanel';
import { useOnScreenFirst } from './useOnScreenFirst';

export interface AnalysisProps {
  evaluation: Evaluation;
  catalog: Catalog;
  /** Render for paper: fixed chart sizes, no screen-only controls. */
  print?: boolean;
}

/**
 * The recommendation, the comparison table and the charts of one evaluation. Memoised: typing or sliding
 * elsewhere on the screen re-renders nothing here until the evaluation itself changes; then the parts on
 * screen update first.
 */
export const Analysis = memo(function Analysis(props: AnalysisProps) {
  return (
    <section className="hwa-analysis" aria-label="Analysis">
      <OnScreenFirst part={RecommendationPanel} {...props} />
      <OnScreenFirst part={ComparisonPanel} {...props} />
      <Panel title="Charts">
        <div className="hwa-chart-grid">
          <OnScreenFirst part={RatingsRadar} {...props} />
          <OnScreenFirst part={ContributionsChart} {...props} />
          <OnScreenFirst part={ScoreRangeChart} {...props} />
          <OnScreenFirst part={StabilityTornado} {...props} />
          <OnScreenFirst part={WinProbabilityChart} {...props} />
        </div>
      </Panel>
    </section>
  );
});

function ComparisonPanel(props: AnalysisProps) {
  return (
    <Panel title="Comparison">
      <ComparisonTable {...props} />
    </Panel>
  );
}

function OnScreenFirst({ part: Part, evaluation, catalog, print = false }: AnalysisProps & { part: ComponentType<AnalysisProps> }) {
  const [ref, shown] = useOnScreenFirst(evaluation);
  // The same element while the shown evaluation stands, so an off-screen part skips the urgent render.
  const drawn = useMemo(() => <Part evaluation={shown} catalog={catalog} print={print} />, [Part, shown, catalog, print]);
  return (
    <div ref={ref} className="hwa-part">
      {drawn}
    </div>
  );
}
