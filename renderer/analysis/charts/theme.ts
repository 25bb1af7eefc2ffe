import type { RechartsTheme } from 'recharts';

/**
 * Every colour is a CSS custom property from analysis.css, so one theme follows light, dark and print
 * without re-rendering. Recharts applies these as SVG attributes and as style properties set from script,
 * which a `style-src 'self'` policy allows (it blocks only style attributes in markup and <style> tags).
 */
export const chartTheme: RechartsTheme = {
  graphicalItems: [{ fill: 'var(--hwa-series-fallback)', stroke: 'var(--hwa-series-fallback)', fillOpacity: 1 }],
  pageBackground: 'var(--hwa-surface)',
  typography: { color: 'var(--hwa-text)', fontSize: 12 },
  axis: { stroke: 'var(--hwa-axis)' },
  grid: { stroke: 'var(--hwa-grid)', strokeDasharray: '3 3', fill: 'none' },
  reference: { stroke: 'var(--hwa-text)', strokeWidth: 1.5 },
  cursor: { stroke: 'var(--hwa-grid)', fill: 'var(--hwa-cursor)', fillOpacity: 0.6 },
  barBackground: { fill: 'var(--hwa-cursor)' },
  label: { style: { fill: 'var(--hwa-text)' } },
  tooltip: {
    contentStyle: {
      margin: 0,
      padding: '0.5em 0.75em',
      backgroundColor: 'var(--hwa-surface-raised)',
      border: '1px solid var(--hwa-border)',
      borderRadius: 6,
      color: 'var(--hwa-text)',
    },
    itemStyle: { display: 'block', paddingBlock: 2 },
    labelStyle: { margin: 0, fontWeight: 600 },
  },
};

/**
 * For Recharts' own tooltip content: items in the body colour (Recharts colours each item like its series,
 * which a theme cannot override, and a light series colour is fine for a swatch but not for reading), and
 * "name: value" without Recharts' space before the colon.
 */
export const plainTooltip = { itemStyle: { color: 'var(--hwa-text)' }, separator: ': ' };
