import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { catalog, type OptionId } from '../../shared/catalog';
import type { Profile } from '../../shared/profile';
import { expectAccessible } from './axe';
import type { Host } from './host/host';

export function profile(name: string, answers: Record<string, string> = {}, extra: Partial<Profile> = {}): Profile {
  const now = new Date().toISOString();
  return { id: randomUUID(), name, catalogVersion: catalog.version, answers, weightOverrides: {}, notes: '', revisit: [], createdAt: now, updatedAt: now, ...extra };
}

/** Saves through the real handler, as the app would; throws when the handler refuses. */
export async function seed(host: Host, ...profiles: Profile[]): Promise<void> {
  for (const p of profiles) {
    const outcome = (await host.handlers['profiles.save']({ profile: p })) as { ok: boolean };
    if (!outcome.ok) throw new Error(`Could not seed ${p.name}: ${JSON.stringify(outcome)}`);
  }
}

export const optionName = (id: OptionId) => catalog.options.find((o) => o.id === id)?.name ?? id;

/** Page errors and console errors (which include anything the CSP refuses). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Checks the screen with axe and screenshots the whole page in light and dark. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screenshots/workspace-${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export const winner = (page: Page) => page.getByRole('region', { name: 'Analysis', exact: true }).getByTestId('winner');

/** The one-line decision the profile screen keeps in view. */
export const decision = (page: Page) => page.getByRole('group', { name: 'Decision at a glance' });

/** The library's table of saved profiles, and the names of the rows it renders. */
export const table = (page: Page) => page.getByRole('table', { name: 'Saved profiles' });
export const names = (page: Page) => table(page).locator('tbody tr:not(.hw-spacer) td:nth-child(2)');

/** The status that shows what the app is busy with (printing, importing). */
export const activity = (page: Page) => page.getByRole('status', { name: 'Activity' });

/** A passing message in the status region, such as where an exported file went. */
export const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/**
 * Drags files over the window and drops them, as the OS does: dragenter, dragover and drop carrying a
 * DataTransfer with real File objects, made in the page. `until` stops after that event (the drop target shows).
 */
export async function dragFiles(target: Locator, files: { name: string; bytes: Uint8Array }[], until: 'dragenter' | 'drop' = 'drop') {
  const encoded = files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') }));
  const dataTransfer = await target.page().evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of list) transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    return transfer;
  }, encoded);
  const events = until === 'drop' ? ['dragenter', 'dragover', 'drop'] : ['dragenter'];
  for (const type of events) await target.dispatchEvent(type, { dataTransfer });
}
