import type { Paper } from './limits';

/** What the report view prints: the reports of saved profiles, or the portfolio summary of the whole library. */
export type ReportRequest = { ids: string[]; paper: Paper } | { kind: 'portfolio'; paper: Paper };

/** The report view's query, which the printers open: `ids=a,b&paper=A4`, or `kind=portfolio&paper=A4`. */
export function reportQuery(request: ReportRequest): string {
  const params = 'ids' in request ? { ids: request.ids.join(','), paper: request.paper } : { kind: request.kind, paper: request.paper };
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
