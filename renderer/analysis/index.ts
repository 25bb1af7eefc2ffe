/** The analysis parts, each usable on its own (the report view composes them for paper with `print`). */
export { Analysis, type AnalysisProps } from './Analysis';
export { RecommendationPanel, type RecommendationPanelProps } from './RecommendationPanel';
export { ComparisonTable, type ComparisonTableProps } from './ComparisonTable';
export { RatingsEvidence, type RatingsEvidenceProps } from './RatingsEvidence';
export { PortfolioChart, type PortfolioChartProps } from './PortfolioChart';
export { RatingsRadar } from './charts/RatingsRadar';
export { ContributionsChart } from './charts/ContributionsChart';
export { ScoreRangeChart } from './charts/ScoreRangeChart';
export { StabilityTornado } from './charts/StabilityTornado';
export { WinProbabilityChart } from './charts/WinProbabilityChart';
export type { ChartProps } from './charts/ChartFigure';
