import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, expect } from 'vitest';
import type { ArgOf, Channel, CodedErrorData, Outcome, ResultOf } from '../../../shared/api';
import type { Profile } from '../../../shared/profile';
import { parseProfileFile } from '../../../shared/profile-file';
import { nodeFiles } from '../../../electron/files';
import { createHandlers, type Handlers } from '../../../electron/handlers';
import type { ReportRequest } from '../../../shared/api/report-address';
import type { PrinterPort } from '../../../electron/ports';
import { EvaluationPool, sourceWorker } from '../../../electron/evaluation';
import { RulesDesk } from '../../../electron/rules/desk';
import { openStore, type ProfileStore } from '../../../electron/store';
import { ScriptedDialogs } from '../../e2e/host/dialogs';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  // Stores close before their folders go.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh folder removed after the test. */
export async function tempDir(prefix = 'hostwise-handlers-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The clock of the main process in these tests: one second later at every reading, from a known instant. */
export function steppingClock(start = '2026-03-01T09:00:00.000Z') {
  const times: string[] = [];
  let tick = 0;
  return {
    times,
    now: () => {
      const date = new Date(Date.parse(start) + 1000 * tick++);
      times.push(date.toISOString());
      return date;
    },
  };
}

/** A printer that returns a known one-page PDF and remembers what it was asked to print. */
export interface FakePrinter extends PrinterPort {
  bytes: Uint8Array;
  requests: ReportRequest[];
  /** Set it to make the next prints fail as a broken printer would. */
  failure: Error | null;
}

export async function fakePrinter(): Promise<FakePrinter> {
  const document = await PDFDocument.create();
  document.setTitle('Hostwise test report');
  document.addPage([595.28, 841.89]);
  const printer: FakePrinter = {
    bytes: await document.save(),
    requests: [],
    failure: null,
    async printReport(request) {
      printer.requests.push(request);
      if (printer.failure) throw printer.failure;
      return printer.bytes;
    },
  };
  return printer;
}

export interface App {
  handlers: Handlers;
  store: ProfileStore;
  dialogs: ScriptedDialogs;
  rules: RulesDesk;
  printer: FakePrinter;
  clock: ReturnType<typeof steppingClock>;
  dataDir: string;
  readOnly: boolean;
  /** Calls a channel and returns its outcome, after checking that the outcome survives JSON unchanged. */
  call<C extends Channel>(channel: C, arg: unknown): Promise<Outcome<ResultOf<C>>>;
  /** The value of a call that must succeed. */
  value<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>>;
  /** The coded error of a call that must fail. */
  failure(channel: Channel, arg: unknown): Promise<CodedErrorData>;
}

/**
 * The main process of the app as `main.ts` builds it: the real handlers over a real store in a temp folder
 * and the real file port, with dialogs the test answers and a printer of known bytes. Pass `dataDir` to open
 * a folder another App holds (the second opening is read-only).
 */
export async function startApp(options: { dataDir?: string } = {}): Promise<App> {
  const dataDir = options.dataDir ?? (await tempDir());
  const clock = steppingClock();
  const { store, notice } = await openStore({ dir: dataDir, clock });
  cleanups.push(() => store.close());
  const dialogs = new ScriptedDialogs();
  const printer = await fakePrinter();
  const readOnly = store.readOnly !== null;
  const rules = new RulesDesk(store, nodeFiles, new EvaluationPool(sourceWorker()));
  cleanups.push(() => rules.close());
  await rules.restated(); // summaries out of date are evaluated again at start: finished before a test looks
  const handlers = createHandlers({
    store,
    rules,
    storeStatus: { readOnly, notice: notice.message, dataFolder: dataDir },
    dialogs,
    files: nodeFiles,
    printer,
    newId: randomUUID,
  });
  const call = async <C extends Channel>(channel: C, arg: unknown) => {
    const outcome = (await handlers[channel](arg)) as Outcome<ResultOf<C>>;
    expectPlainJson(outcome);
    if (!outcome.ok) expectNoStack(outcome.error);
    return outcome;
  };
  return {
    handlers,
    store,
    dialogs,
    rules,
    printer,
    clock,
    dataDir,
    readOnly,
    call,
    async value(channel, arg) {
      const outcome = await call(channel, arg);
      if (!outcome.ok) throw new Error(`${channel} failed: ${JSON.stringify(outcome.error)}`);
      return outcome.value;
    },
    async failure(channel, arg) {
      const outcome = await call(channel, arg);
      if (outcome.ok) throw new Error(`${channel} succeeded, but it should have failed`);
      return outcome.error;
    },
  };
}

/** What crosses IPC is plain JSON: a JSON round trip changes nothing (no undefined, Date, Buffer, NaN, -0). */
export function expectPlainJson(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
}

/** No stack trace and no file path of the app's code in an error that leaves the main process. */
export function expectNoStack(error: CodedErrorData): void {
  const text = JSON.stringify(error);
  expect(text).not.toMatch(/\bat .+:\d+:\d+|stack|node:internal/);
  expect(Object.keys(error).sort()).toEqual(expect.arrayContaining(['code', 'message']));
  expect(Object.keys(error).every((key) => ['code', 'message', 'path', 'details'].includes(key))).toBe(true);
}

export const examplesDir = join(import.meta.dirname, '../../../assets/examples');
export const exampleRulesPath = join(examplesDir, 'acme-platform.hostwise-rules.json');
export const exampleRules = new Uint8Array(readFileSync(exampleRulesPath));
export const hostileDir = join(import.meta.dirname, '../../fixtures/hostile');

/**
 * The example files shipped with the app, with the profile each holds. They are catalogue-1 files: parsing
 * carries each profile to the current catalogue, so the handlers see what a user who imports them gets.
 * An example the migration cannot carry is left out here (and named in `unimportableExamples`) so that one
 * broken step does not hide every handler test; tests/unit/profile-file/examples.test.ts fails on it instead.
 */
const parsedExamples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.hostwise'))
  .sort()
  .map((name) => {
    const path = join(examplesDir, name);
    const parsed = parseProfileFile(readFileSync(path));
    return { path, name, parsed };
  });

export const unimportableExamples: string[] = parsedExamples
  .filter(({ parsed }) => !parsed.ok || parsed.profiles.length !== 1)
  .map(({ name, parsed }) => (parsed.ok ? `${name}: ${parsed.profiles.length} profiles` : `${name}: ${parsed.error.code} at ${parsed.error.path}`));

export const examples: { path: string; name: string; profile: Profile }[] = parsedExamples.flatMap(({ path, name, parsed }) =>
  parsed.ok && parsed.profiles.length === 1 ? [{ path, name, profile: parsed.profiles[0]! }] : [],
);

/** An example profile under a new id, with what a test changes. */
export function profileLike(index: number, overrides: Partial<Profile> = {}): Profile {
  const example = examples[index % examples.length]!;
  return { ...example.profile, id: randomUUID(), ...overrides };
}

/** Saves profiles through the handler and returns them as stored. */
export async function saved(app: App, ...profiles: Profile[]): Promise<Profile[]> {
  const stored: Profile[] = [];
  for (const profile of profiles) {
    await app.value('profiles.save', { profile });
    stored.push(await app.value('profiles.get', { id: profile.id }));
  }
  return stored;
}

/** Every file of the data folder and its bytes: equal snapshots mean the store did not change on disk. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  const entries = await Promise.all(names.map(async (name) => [name, (await readFile(join(dir, name))).toString('base64')] as const));
  return Object.fromEntries(entries);
}

export const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
