import type { Paper } from '../../shared/api';

export interface ReportRequest {
  ids: string[];
  paper: Paper;
}

/** Whether the printer opened the portfolio summary (`#/report?kind=portfolio&paper=A4`) rather than profiles' reports. */
export function isPortfolioReport(hash: string): boolean {
  return new URLSearchParams(hash.split('?')[1] ?? '').get('kind') === 'portfolio';
}

/** Reads `#/report?ids=a,b&paper=A4`, the address the printer opens. */
export function parseReportRequest(hash: string): ReportRequest {
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const ids = (query.get('ids') ?? '').split(',').filter(Boolean);
  return { ids, paper: query.get('paper') === 'Letter' ? 'Letter' : 'A4' };
}
