import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { createClient, type Client } from '../../shared/api';
import { catalog, type OptionId } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import { expect, test } from './fixtures';
import type { Profile } from '../../shared/profile';
import type { Host } from './host/host';
import { collectErrors, profile } from './workspace-helpers';
import { share } from '../../shared/engine/format';

/** Answers whose evaluation has a winner, a close runner-up, TOPSIS disagreeing and plain containers ruled out. */
const payments = {
  'code-trust': 'third-party',
  tenancy: 'multi-tenant',
  'os-needs': 'linux-pinned-kernel',
  'load-pattern': 'bursty',
};

function client(host: Host): Client {
  return createClient((channel, arg) => host.handlers[channel as keyof Host['handlers']](arg));
}

const optionName = (id: OptionId) => catalog.options.find((option) => option.id === id)?.name ?? id;
const screenshot = (name: string) => `test-results/screenshots/analysis-${name}.png`;

/** Screenshots the profile screen in a viewport tall enough that its scrolling analysis pane shows whole. */
async function screenshotTall(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 4600 });
  await page.screenshot({ path: screenshot(name) });
}

/** Saves a profile through the real handlers, opens its screen and returns the analysis and its evaluation. */
async function openAnalysis(page: Page, host: Host, saved: Profile): Promise<{ analysis: Locator; evaluation: Evaluation }> {
  const api = client(host);
  await api['profiles.save']({ profile: saved });
  const evaluation = await api.evaluate({ profile: saved });
  await page.goto(`/#/profile/${saved.id}`);
  const analysis = page.getByRole('region', { name: 'Analysis', exact: true });
  await expect(analysis.getByTestId('winner')).toBeVisible();
  return { analysis, evaluation };
}

test('the analysis states the recommendation, compares every option and explains every rating', async ({ page, host, context }) => {
  const errors = collectErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { analysis, evaluation } = await openAnalysis(page, host, profile('Payments API', payments));
  const { recommendation, ranking } = evaluation;

  await expect(analysis.getByTestId('winner')).toHaveText(optionName(recommendation.winner));
  const methods = analysis.getByTestId('methods-agree');
  await expect(methods).toContainText(recommendation.methodsAgree ? 'Agrees' : 'Prefers');
  for (const { reason } of recommendation.whyNot) await expect(analysis.getByText(reason)).toBeVisible();

  await analysis.getByRole('button', { name: 'Copy summary' }).click();
  await expect(analysis.getByRole('status')).toHaveText('Summary copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(recommendation.summary);

  // One row per criterion, one column per option; the ruled-out option is marked in its header and explained.
  const table = analysis.getByRole('table', { name: 'Options compared on every criterion' });
  await expect(table.locator('tbody tr')).toHaveCount(catalog.criteria.length);
  const header = table.locator('thead th');
  await expect(header).toHaveCount(2 + ranking.length);
  const ruledOut = ranking.filter((option) => option.ruledOut);
  expect(ruledOut.length).toBeGreaterThan(0);
  for (const option of ruledOut) {
    const column = 2 + ranking.indexOf(option);
    await expect(header.nth(column)).toContainText('Ruled out');
    await expect(header.nth(column).locator('s')).toHaveText(optionName(option.option));
    await expect(table.locator('tbody tr').first().locator('td').nth(column - 1)).toHaveClass(/hwa-ruled-out/);
    await expect(table.locator('tfoot')).toContainText(option.ruleOuts[0]?.reason ?? '');
  }

  // A rating's rationale and citation appear on keyboard focus, as the cell's description; Escape hides them.
  const runnerUp = ranking.findIndex((option) => option.option === recommendation.runnerUp);
  const rating = catalog.ratings.find((r) => r.option === recommendation.runnerUp && r.criterion === 'isolation');
  const cell = table.getByRole('row', { name: /^Isolation and security/ }).getByRole('button').nth(runnerUp);
  await cell.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(rating?.rationale ?? 'missing rating');
  await expect(tip).toContainText('Virtualization vs Containerization (seed document), Differences 3: Isolation');
  await expect(cell).toHaveAccessibleDescription(new RegExp(rating?.rationale.slice(0, 30) ?? 'missing'));
  await page.screenshot({ path: screenshot('tooltip-light') });
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);

  // On hover the pointer can move onto the tooltip (to read or copy its citation) and it stays; Escape hides
  // it even with focus elsewhere.
  await cell.blur();
  await cell.hover();
  await expect(tip).toBeVisible();
  await tip.hover();
  await page.waitForTimeout(600); // twice the grace a tooltip gives the pointer to reach it
  await expect(tip).toContainText(rating?.rationale ?? 'missing rating');
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);

  // Sorting by weight puts a heaviest criterion first.
  await table.getByRole('button', { name: /^Weight/ }).click();
  await expect(table.locator('thead th').nth(1)).toHaveAttribute('aria-sort', 'descending');
  const heaviest = Math.max(...Object.values(evaluation.weights));
  await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(`${Math.round(heaviest * 100)}%`);

  await expectCharts(page, evaluation);

  const axe = await new AxeBuilder({ page }).include('[aria-label="Analysis"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The charts' screen-reader tables do not make the page or its panes scroll sideways.
  const sideways = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('.hw-profile-analysis, .hwa-analysis')].map((el) => el.scrollWidth - el.clientWidth),
  );
  expect(sideways.every((extra) => extra <= 0)).toBe(true);

  await screenshotTall(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshotTall(page, 'dark');
  expect(errors).toEqual([]);
});

/** The four charts are vector SVG with the expected series and bars, each with an accessible name. */
async function expectCharts(page: Page, evaluation: Evaluation) {
  const options = evaluation.ranking.length;
  const criteria = catalog.criteria.length;
  const figure = (name: string) => page.getByRole('figure', { name });
  const radar = figure('Ratings of each option on each criterion');
  await expect(radar.locator('.recharts-radar-polygon')).toHaveCount(options);
  await expect(radar.locator('.hwa-legend li')).toHaveCount(options);
  const contributions = figure('Where each option’s score comes from');
  await expect(contributions.locator('.hwa-contribution-segment')).toHaveCount(criteria * options);
  await expect(contributions.locator('.hwa-ruled-out-bar')).toHaveCount(evaluation.ranking.filter((option) => option.ruledOut).length);
  await expect(contributions.locator('.hwa-bar-label')).toHaveText(evaluation.ranking.map((option) => option.score.toFixed(1)));
  await expect(contributions.locator('.hwa-legend li')).toHaveText(catalog.criteria.map((criterion) => criterion.name));
  const tornado = figure('How far each weight can move before the winner changes');
  await expect(tornado.locator('.recharts-bar-rectangle')).toHaveCount(criteria);
  const wins = figure('How often each option wins when the weights vary');
  await expect(wins.locator('.recharts-bar-rectangle')).toHaveCount(options);
  for (const chart of [radar, contributions, tornado, wins]) {
    await expect(chart.locator('svg[role="application"] > title')).toHaveCount(1);
    await expect(chart.getByRole('table')).toHaveCount(1);
  }
}

test('the weights stay docked over the analysis, and a slider redraws the chart in view and every other part', async ({ page, host }) => {
  const errors = collectErrors(page);
  // A laptop screen: the weights dock only where the window is tall enough to leave room beneath them.
  await page.setViewportSize({ width: 1440, height: 900 });
  const saved = profile('Payments API', payments);
  await openAnalysis(page, host, saved);
  const pane = page.getByRole('region', { name: 'Weights and analysis' });
  const dock = page.locator('.hw-weights-dock');
  const contributions = page.getByRole('figure', { name: 'Where each option’s score comes from' });
  const drawing = contributions.locator('svg.recharts-surface');

  // Scrolled to the contributions chart, the sliders are still on screen and nothing covers the chart.
  await drawing.scrollIntoViewIfNeeded();
  await pane.evaluate((element) => {
    const chart = element.querySelector('.hwa-chart-contributions svg.recharts-surface');
    const docked = element.querySelector('.hw-weights-dock');
    if (chart && docked) element.scrollTop += chart.getBoundingClientRect().top - docked.getBoundingClientRect().bottom;
  });
  const slider = page.getByRole('slider', { name: 'Isolation and security' });
  await expect(slider).toBeInViewport();
  await expect(drawing).toBeInViewport({ ratio: 1 });
  const docked = await dock.boundingBox();
  const drawingTop = (await drawing.boundingBox())?.y ?? 0;
  expect(drawingTop).toBeGreaterThanOrEqual((docked?.y ?? 0) + (docked?.height ?? 0) - 1);

  const moved = await client(host).evaluate({ profile: { ...saved, weightOverrides: { isolation: 5 } } });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(contributions.locator('.hwa-bar-label')).toHaveText(moved.ranking.map((option) => option.score.toFixed(1)));
  // The parts off screen follow: the win probabilities and the tornado's takeovers match the new evaluation.
  const wins = page.getByRole('figure', { name: 'How often each option wins when the weights vary' });
  await expect(wins.getByRole('table').getByRole('cell')).toHaveText(moved.ranking.map((option) => share(option.winProbability ?? 0)));
  await expect(page.getByRole('region', { name: 'Analysis', exact: true }).getByTestId('winner')).toHaveText(optionName(moved.recommendation.winner));

  // Focusing a slider in the dock leaves the analysis where it was scrolled to.
  const bottom = await pane.evaluate((element) => (element.scrollTop = element.scrollHeight - element.clientHeight));
  await page.getByRole('slider', { name: 'Portability' }).focus();
  expect(await pane.evaluate((element) => element.scrollTop)).toBe(bottom);

  // Focus that moves back up into the analysis (here a chart, for its keyboard tooltips) is not left under
  // the docked weights.
  await drawing.focus();
  const dockBox = await dock.boundingBox();
  expect((await drawing.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual((dockBox?.y ?? 0) + (dockBox?.height ?? 0) - 1);
  expect(errors).toEqual([]);
});

test('with a single feasible option the analysis says so and marks every other option ruled out', async ({ page, host }) => {
  const errors = collectErrors(page);
  const { analysis, evaluation } = await openAnalysis(page, host, profile('Mainframe bridge', { 'os-needs': 'other-os' }));
  await expect(analysis.getByTestId('winner')).toHaveText(optionName(evaluation.recommendation.winner));
  await expect(analysis.getByText('No other option is feasible')).toBeVisible();
  const ruledOut = evaluation.ranking.filter((option) => option.ruledOut).length;
  await expect(analysis.locator('thead s')).toHaveCount(ruledOut);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshotTall(page, 'single-feasible-dark');
  expect(errors).toEqual([]);
});

test('the portfolio chart counts the workloads per option and confidence', async ({ page, host }) => {
  const api = client(host);
  const answers: Record<string, string>[] = [payments, {}, { 'code-trust': 'untrusted', tenancy: 'multi-tenant' }, { 'os-needs': 'other-os' }, { architecture: 'microservices' }];
  for (const [index, set] of answers.entries()) await api['profiles.save']({ profile: profile(`Workload ${index + 1}`, set) });
  const summaries = await api['profiles.list'](null);

  await page.goto('/');
  const portfolio = page.getByRole('figure', { name: 'Where the workloads land' });
  await expect(portfolio.locator('.recharts-bar')).toHaveCount(4);
  await expect(portfolio.locator('.hwa-legend li')).toHaveText(['High confidence', 'Moderate confidence', 'Low confidence', 'Unknown confidence']);
  const data = portfolio.getByRole('table');
  for (const option of catalog.options) {
    const landing = summaries.filter((summary) => summary.winner === option.id);
    const count = (confidence: string | null) => String(landing.filter((summary) => summary.confidence === confidence).length);
    await expect(data.getByRole('row', { name: new RegExp(`^${option.name} `) }).getByRole('cell')).toHaveText([
      count('high'),
      count('moderate'),
      count('low'),
      count(null),
      String(landing.length),
    ]);
    await expect(portfolio.locator('svg[role="application"]')).toContainText(`${option.name} (${landing.length})`);
  }
  await portfolio.screenshot({ path: screenshot('portfolio-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await portfolio.screenshot({ path: screenshot('portfolio-dark') });
});
