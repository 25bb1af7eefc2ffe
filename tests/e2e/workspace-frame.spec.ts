import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../electron/store';
import { parseProfileFile, serializeProfileFile } from '../../shared/profile-file';
import { expect, test } from './fixtures';
import { push } from './host/host';
import { checkScreen, profile, seed } from './workspace-helpers';

const web = profile('Web shop');

test('menu commands and opened files reach the right screen from wherever the user is', async ({ page, host }) => {
  await seed(host, web);
  await page.goto(`/#/profile/${web.id}`);
  await expect(page.getByLabel('Workload name')).toHaveValue('Web shop');

  // File › Export… on a profile exports that profile.
  const dir = await mkdtemp(join(tmpdir(), 'hostwise-ws-'));
  const target = join(dir, 'web.hostwise');
  host.dialogs.answerSave(target);
  await push(page, 'menu', 'profiles.export');
  await expect(page.getByRole('status').filter({ hasText: `Exported 1 profile to ${target}.` })).toBeVisible();
  const exported = parseProfileFile(await readFile(target, 'utf8'));
  expect(exported.ok && exported.profiles.map((p) => p.id)).toEqual([web.id]);

  // Files opened with the app are imported in the library, with the refused ones in the summary.
  const shared = profile('Shared batch');
  const base64 = Buffer.from(serializeProfileFile([shared])).toString('base64');
  await push(page, 'openFiles', { files: [{ name: 'batch.hostwise', base64 }], refused: [{ name: 'huge.hostwise', message: 'This file is larger than 50 MB.' }] });
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await expect(summary).toContainText('Added: 1');
  await expect(summary).toContainText('huge.hostwise: This file is larger than 50 MB.');
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('table', { name: 'Saved profiles' }).getByRole('link', { name: 'Shared batch' })).toBeVisible();

  // File › New profile opens a fresh profile.
  await push(page, 'menu', 'profile.new');
  await expect(page.getByLabel('Workload name')).toHaveValue('Untitled workload');
  expect(host.store.list()).toHaveLength(3);
  await rm(dir, { recursive: true, force: true });
});

/** A CI-runner fleet's context with whose code runs still open: not enough answers to recommend yet. */
const kept = profile('Kept workload', {
  'hosting-environment': 'on-prem-bare-metal',
  'existing-platform': 'kubernetes',
  'os-needs': 'linux',
  licensing: 'open',
  'scale-churn': 'high-churn',
});

/** A store with one profile that another machine holds: Hostwise opens it read-only. */
const readOnly = test.extend({
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'hostwise-e2e-ro-'));
    const { store } = await openStore({ dir });
    await store.save(kept, { winner: 'container', confidence: 'high', margin: 5, decision: 'undecided' });
    await store.close();
    const owner = { pid: 1, hostname: 'another-machine', bootTime: 0, token: 'held', createdAt: new Date().toISOString() };
    await writeFile(join(dir, 'profiles.db.lock'), JSON.stringify(owner));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

readOnly('a read-only store says so once, offers no writes, and a refused save is a readable alert', async ({ page, host: _host }) => {
  await page.goto('/');
  const notice = page.getByRole('complementary', { name: 'Store notice' });
  await expect(notice).toContainText('open read-only');
  await expect(page.getByRole('button', { name: 'New profile' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeDisabled();
  await push(page, 'menu', 'profile.new');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/read-only/i);
  await checkScreen(page, 'read-only');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await alert.getByRole('button', { name: /^Dismiss/ }).click();

  // The editor still answers what-ifs; it saves nothing and says so.
  await page.getByRole('link', { name: 'Kept workload' }).click();
  await expect(page.getByTestId('status')).toContainText('Not enough answers to recommend');
  await expect(page.getByTestId('winner')).toHaveCount(0);
  await page.getByRole('group', { name: 'Whose code runs in this workload?' }).getByRole('radio', { name: "Customers' or other untrusted code" }).check();
  await expect(page.getByTestId('winner')).toHaveText('Micro-VM sandboxed containers');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Read-only: not saved');
  await expect(notice).toBeHidden();
  await expect(alert).toBeEmpty();
});
