import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import type { MenuCommand, OpenedFiles } from '../../../shared/api';
import { nodeFiles } from '../../../electron/files';
import { createHandlers, type Handlers } from '../../../electron/handlers';
import { EvaluationPool, sourceWorker } from '../../../electron/evaluation';
import { RulesDesk } from '../../../electron/rules/desk';
import { openStore, type ProfileStore } from '../../../electron/store';
import { ScriptedDialogs } from './dialogs';
import { chromiumPrinter } from './printer';

/**
 * `window.hostwise` as the preload exposes it, over the harness binding. Pushes from the main process
 * (files opened with the app, menu commands) arrive through `window.__hostwisePush`, which tests call.
 * Plain JavaScript text: a function would carry the transpiler's helpers into the page.
 */
const bridgeScript = `
(() => {
  const listeners = { openFiles: new Set(), menu: new Set() };
  const listen = (kind, listener) => {
    listeners[kind].add(listener);
    return () => void listeners[kind].delete(listener);
  };
  window.__hostwisePush = (kind, payload) => listeners[kind]?.forEach((listener) => listener(payload));
  Object.defineProperty(window, 'hostwise', {
    value: Object.freeze({
      invoke: async (channel, arg) => JSON.parse(await window.__hostwiseInvoke(channel, JSON.stringify(arg) ?? 'null')),
      onOpenFiles: (listener) => listen('openFiles', listener),
      onMenuCommand: (listener) => listen('menu', listener),
    }),
  });
})();
`;

/** What the main process pushes to the window in Electron, pushed by a test. */
export async function push(page: Page, kind: 'openFiles', payload: OpenedFiles): Promise<void>;
export async function push(page: Page, kind: 'menu', payload: MenuCommand): Promise<void>;
export async function push(page: Page, kind: string, payload: unknown): Promise<void> {
  await page.evaluate(
    ([k, p]) => (window as unknown as { __hostwisePush: (kind: string, payload: unknown) => void }).__hostwisePush(k, p),
    [kind, payload] as const,
  );
}

export interface Host {
  handlers: Handlers;
  store: ProfileStore;
  dialogs: ScriptedDialogs;
  rules: RulesDesk;
  close(): Promise<void>;
}

/**
 * The main process of the app, built in the test process: the real handlers over a real store in `dataDir`,
 * real files, dialogs answered by the test, and a printer that prints the report view with Chromium.
 * The page reaches it through `window.hostwise.invoke`, exactly as the preload exposes it in Electron.
 */
export async function startHost(context: BrowserContext, appUrl: string, dataDir: string): Promise<Host> {
  const { store, notice } = await openStore({ dir: dataDir });
  const dialogs = new ScriptedDialogs();
  const rules = new RulesDesk(store, nodeFiles, new EvaluationPool(sourceWorker()));
  await rules.restated(); // summaries out of date are evaluated again at start: finished before a test looks
  const handlers = createHandlers({
    store,
    rules,
    storeStatus: { readOnly: store.readOnly !== null, notice: notice.message, dataFolder: dataDir },
    dialogs,
    files: nodeFiles,
    printer: chromiumPrinter(context, appUrl),
    newId: randomUUID,
  });
  // Arguments and results cross as JSON text: the contract is plain JSON, and Playwright's own serializer,
  // which walks every value, would make large results (10,000 summaries) far slower than Electron's IPC.
  await context.exposeBinding('__hostwiseInvoke', async (_source, channel: unknown, arg: unknown) => {
    const handle = typeof channel === 'string' ? handlers[channel as keyof Handlers] : undefined;
    if (!handle) throw new Error(`Unknown channel ${String(channel)}`);
    return JSON.stringify(await handle(JSON.parse(String(arg))));
  });
  await context.addInitScript({ content: bridgeScript });
  return { handlers, store, dialogs, rules, close: () => rules.close().then(() => store.close()) };
}
