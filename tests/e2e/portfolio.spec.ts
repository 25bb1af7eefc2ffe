import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Portfolio } from '../../shared/portfolio';
import type { Profile } from '../../shared/profile';
import { catalog } from '../../shared/catalog';
import { describeIdentity, parseRulesFile, type HouseRules } from '../../shared/house-rules';
import { parseProfileFile } from '../../shared/profile-file';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import type { Host } from './host/host';
import { readPdf } from './pdf';
import { checkScreen, collectErrors, profile, seed, toast } from './workspace-helpers';

function example(name: string, group?: string): Profile {
  const parsed = parseProfileFile(readFileSync(`assets/examples/${name}.hostwise`));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return { ...parsed.profiles[0]!, group };
}

/** The examples in three groups and one without, and two workloads barely answered (many open questions). */
const estate = [
  example('regulated-payments', 'Payments'),
  example('stateless-web-api', 'Payments'),
  example('multi-tenant-saas', 'Platform'),
  example('gpu-training-pipeline', 'Platform'),
  example('legacy-windows-erp', 'Back office'),
  example('edge-iot-gateways'),
  profile('Ledger batch', { 'os-needs': 'linux' }, { group: 'Payments' }),
  profile('Intranet wiki', {}, { group: 'Back office' }),
];

async function portfolioOf(host: Host): Promise<Portfolio> {
  const outcome = await host.handlers['portfolio.get'](null);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value as Portfolio;
}

const questionText = (id: string) => catalog.questions.find((question) => question.id === id)!.text;
const optionShortName = (id: string) => catalog.options.find((option) => option.id === id)!.shortName;

test('the portfolio counts the workloads, ranks the open questions, drills into a workload and exports its summary PDF', async ({ page, host }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await seed(host, ...estate);
  const expected = await portfolioOf(host);
  await page.goto('/#/portfolio');

  await expect(page.getByRole('link', { name: 'Portfolio' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('8 workloads in 4 groups')).toBeVisible();
  const decisions = page.getByRole('region', { name: 'Per decision' });
  await expect(decisions.getByRole('definition')).toHaveText(['0', '8', '0']);
  const confidence = page.getByRole('region', { name: 'Per confidence' });
  await expect(confidence.getByRole('definition')).toHaveText(['high', 'moderate', 'low', 'none'].map((level) => String(expected.tally.confidence[level as 'high'])));

  // The open questions: first those Hostwise needs answered to recommend, then those that could change the most
  // leading options. "What kind of workload is it?" could change more leading options than any, but holds none back.
  const questions = page.getByRole('list', { name: 'Open questions, those holding back the most recommendations first' });
  const first = expected.openQuestions[0]!;
  const kind = expected.openQuestions.find(({ questionId }) => questionId === 'workload-type')!;
  expect(first.questionId).toBe('hosting-environment');
  expect(first.holdsBack).toBeGreaterThan(0);
  expect(kind.holdsBack).toBe(0);
  expect(kind.changesLeading).toBeGreaterThan(first.changesLeading);
  const items = questions.getByRole('listitem');
  await expect(items.locator('summary .hwp-question')).toHaveText(expected.openQuestions.map(({ questionId }) => questionText(questionId)));
  await expect(items.first()).toContainText(
    `${questionText(first.questionId)} Hostwise needs its answer to recommend for ${first.holdsBack} workloads, and it could change the leading option of ${first.changesLeading}`,
  );
  await expect(items.filter({ hasText: questionText(kind.questionId) })).toContainText(`Could change the leading option of ${kind.changesLeading} workloads`);
  await expect(questions).not.toContainText('recommendations');
  await items.first().locator('summary').click();
  const affected = questions.getByRole('list', { name: /Workloads “.+” holds back or could change/ }).first();
  await expect(affected.getByRole('link')).toHaveCount(first.workloads.length);
  await page.getByRole('region', { name: 'Open questions across the portfolio' }).screenshot({ path: 'test-results/screenshots/portfolio-open-questions-decisive.png' });

  // From a question to answering it for its workloads: the bulk answer opens with the question chosen.
  await items.first().getByRole('button', { name: `Answer for these ${first.workloads.length} workloads…` }).click();
  const questionDialog = page.getByRole('dialog', { name: `Answer for ${first.workloads.length} selected workloads` });
  await expect(questionDialog.getByRole('combobox', { name: 'Question' })).toHaveValue(first.questionId);
  await expect(questionDialog.getByRole('group', { name: questionText(first.questionId) })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/screenshots/portfolio-answer-question.png' });
  await questionDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(questionDialog).toBeHidden();
  await items.first().locator('summary').click();

  // The groups: largest first, sortable, filtered, each expanding to its workloads.
  const groups = page.getByRole('table', { name: 'Groups' });
  const groupNames = groups.locator('tbody th[scope="row"]');
  await expect(groupNames).toHaveText(['Payments', 'Back office', 'Platform', 'No group'].map((name) => new RegExp(name)));
  await groups.getByRole('button', { name: 'Group', exact: true }).click();
  await expect(groups.getByRole('columnheader', { name: 'Group' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(groupNames).toHaveText([/Back office/, /No group/, /Payments/, /Platform/]);

  // From a question to the groups of the workloads it could change, and back to every group.
  const leastQuestion = expected.openQuestions.at(-1)!;
  const leastItem = questions.getByRole('listitem').filter({ hasText: questionText(leastQuestion.questionId) }).first();
  await leastItem.locator('summary').click();
  await leastItem.getByRole('button', { name: 'Show their groups' }).click();
  const focusedGroups = expected.groups.filter((group) => group.workloads.some((index) => leastQuestion.workloads.includes(index)));
  await expect(page.getByText(`Only the groups of the ${leastQuestion.workloads.length} workload`)).toBeFocused();
  await expect(groupNames).toHaveCount(focusedGroups.length);
  await page.getByRole('button', { name: 'Show every group' }).click();
  await expect(groupNames).toHaveCount(4);
  await leastItem.locator('summary').click();
  await page.getByRole('searchbox', { name: 'Filter groups' }).fill('pay');
  await expect(groupNames).toHaveText([/Payments/]);
  await page.getByRole('searchbox', { name: 'Filter groups' }).fill('');
  const payments = groups.getByRole('button', { name: 'Payments', exact: true });
  await payments.focus();
  await page.keyboard.press('Enter');
  await expect(payments).toHaveAttribute('aria-expanded', 'true');
  const paymentsList = page.getByRole('list', { name: 'Workloads of Payments' });
  await expect(paymentsList.getByRole('link')).toHaveText(['Card payments authorisation service', 'Ledger batch', 'Public pricing API behind the mobile app']);

  // Most recommended is an option actually recommended; those without one have their own column.
  await expect(groups.getByRole('row', { name: /Back office/ })).toContainText(optionShortName('vm'));
  await expect(groups).not.toContainText('None yet');
  await page.getByRole('region', { name: 'Groups' }).screenshot({ path: 'test-results/screenshots/portfolio-groups.png' });
  await page.getByRole('region', { name: 'Open questions across the portfolio' }).screenshot({ path: 'test-results/screenshots/portfolio-open-questions.png' });
  await page.locator('main.hw-main').evaluate((main) => main.scrollTo(0, 0));
  await checkScreen(page, 'portfolio');

  // Answering for a group from its row: the counts follow, and the Undo puts them back.
  const noneBefore = String(expected.tally.confidence.none);
  const hosting = catalog.questions.find(({ id }) => id === 'hosting-environment')!;
  await groups.getByRole('button', { name: 'Answer for this group… (Payments)' }).click();
  const groupDialog = page.getByRole('dialog', { name: 'Answer for 3 selected workloads' });
  await groupDialog.getByRole('combobox', { name: 'Question' }).selectOption(hosting.id);
  await groupDialog.getByRole('radio', { name: hosting.answers[0]!.label }).check();
  await expect(groupDialog.getByText(/3 workloads: \d+ will change/)).toBeVisible();
  await groupDialog.getByRole('button', { name: 'Apply' }).click();
  await expect(groupDialog).toBeHidden();
  const answered = await portfolioOf(host);
  expect(answered.tally.confidence.none).toBeLessThan(expected.tally.confidence.none);
  await expect(confidence.getByRole('definition').last()).toHaveText(String(answered.tally.confidence.none));
  await expect(questions.getByRole('listitem')).toHaveCount(answered.openQuestions.length);
  await page.screenshot({ path: 'test-results/screenshots/portfolio-answered-group.png' });
  await toast(page, 'Answered').getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Put back the earlier answer of 3 workloads.')).toBeVisible();
  await expect(confidence.getByRole('definition').last()).toHaveText(noneBefore);
  await expectAccessible(page);

  // Drill into one workload.
  await paymentsList.getByRole('link', { name: 'Ledger batch' }).click();
  const ledger = estate[6]!;
  await expect(page).toHaveURL(new RegExp(`#/profile/${ledger.id}$`));
  await expect(page.getByRole('textbox', { name: 'Workload name' })).toHaveValue('Ledger batch');

  // The summary PDF: a few pages whatever the estate, with the distribution, groups, questions and method.
  await page.goto('/#/portfolio');
  const path = join(mkdtempSync(join(tmpdir(), 'hostwise-portfolio-')), 'summary.pdf');
  host.dialogs.answerSave(path);
  await page.getByRole('button', { name: 'Export summary PDF…' }).click();
  await expect(page.getByText(`Saved the portfolio summary to ${path}.`)).toBeVisible({ timeout: 30_000 });
  const pdf = await readPdf(path);
  const text = await pdf.text();
  expect(text.toUpperCase()).toContain('HOSTWISE PORTFOLIO SUMMARY');
  expect(text).toContain('8 workloads in 4 groups');
  for (const name of ['Payments', 'Platform', 'Back office', 'No group']) expect(text).toContain(name);
  expect(text).toContain(questionText(first.questionId));
  expect(text).toContain('How Hostwise decides');
  expect(text).toContain('PROMETHEE II');
  expect(text).toContain(`under catalogue version ${catalog.version} and no house rules`);
  expect(text).not.toContain('recommendations');
  expect(pdf.pages).toBeLessThanOrEqual(4);
  await pdf.renderPages(join('test-results', 'screenshots', 'portfolio-summary'), { dpi: 60 });
  expect(errors).toEqual([]);
});

test('the summary PDF names the house rules its counts are under', async ({ page, host }) => {
  const rulesPath = resolve('assets/examples/acme-platform.hostwise-rules.json');
  const acme = (parseRulesFile(readFileSync(rulesPath), catalog) as { ok: true; rules: HouseRules }).rules;
  await host.handlers['rules.open']({ source: 'file', name: 'acme.hostwise-rules.json', base64: readFileSync(rulesPath).toString('base64') });
  expect(await host.handlers['rules.accept']({ hash: acme.identity.hash })).toMatchObject({ ok: true });
  await seed(host, ...estate.slice(0, 2));
  await page.goto('/#/portfolio');
  const path = join(mkdtempSync(join(tmpdir(), 'hostwise-portfolio-rules-')), 'summary.pdf');
  host.dialogs.answerSave(path);
  await page.getByRole('button', { name: 'Export summary PDF…' }).click();
  await expect(page.getByText(`Saved the portfolio summary to ${path}.`)).toBeVisible({ timeout: 30_000 });
  const text = await (await readPdf(path)).text();
  expect(text).toContain(`and the house rules ${describeIdentity(acme.identity)}.`);
});

test('the portfolio of an empty library says how to fill it', async ({ page, host: _host }) => {
  await page.goto('/#/portfolio');
  await expect(page.getByText(/No saved workloads yet/)).toBeVisible();
  await expectAccessible(page);
});
