import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { channels, isChannel } from '../../../shared/api/channels';
import { isChannelName, pushChannels, type HostwiseBridge } from '../../../electron/shell/bridge';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let fake: typeof FakeElectron;

/** Runs the preload afresh and returns what it exposed to the page. */
async function loadPreload(): Promise<HostwiseBridge> {
  vi.resetModules();
  // The module the preload gets for `electron`, which survives resetModules.
  fake = (await import('electron')) as unknown as typeof FakeElectron;
  fake.resetFakes();
  await import('../../../electron/shell/preload');
  return fake.contextBridge.exposed.get('hostwise') as HostwiseBridge;
}

function push(channel: string, message: unknown): void {
  const listener = fake.ipcRenderer.listeners.get(channel);
  if (!listener) throw new Error(`the preload does not listen on ${channel}`);
  listener({ sender: 'the IPC event, with ipcRenderer inside', ports: [] }, message);
}

describe('the preload', () => {
  it('exposes one object, window.hostwise, of functions only — never ipcRenderer', async () => {
    const bridge = await loadPreload();
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['hostwise']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand', 'onOpenFiles']);
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(fake.ipcRenderer.invoke);
    }
  });

  it.each(channels)('passes %s and its argument to the main process', async (channel) => {
    const bridge = await loadPreload();
    const arg = { any: ['json'] };
    expect(await bridge.invoke(channel, arg)).toEqual({ ok: true, value: { channel, arg } });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, arg);
  });

  it.each(['shell.exec', 'hostwise:open-files', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42, null, undefined])(
    'refuses the channel %s without touching ipcRenderer',
    async (channel) => {
      const bridge = await loadPreload();
      const outcome = await bridge.invoke(channel as string, {});
      expect(outcome).toEqual({ ok: false, error: { code: 'ipc-unknown-channel', message: expect.any(String) } });
      expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('hands listeners the opened files only, never the IPC event, including files opened before the page listened', async () => {
    const bridge = await loadPreload();
    const early = { files: [{ name: 'a.hostwise', base64: 'e30=' }], refused: [] };
    const late = { files: [], refused: [{ name: 'b.json', message: 'This file could not be read.' }] };
    push(pushChannels.openFiles, early);
    const listener = vi.fn();
    const stop = bridge.onOpenFiles(listener);
    push(pushChannels.openFiles, late);
    stop();
    push(pushChannels.openFiles, early);
    expect(listener.mock.calls).toEqual([[early], [late]]);
  });

  it('hands menu commands to the page', async () => {
    const bridge = await loadPreload();
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    push(pushChannels.menu, 'profile.new');
    expect(listener.mock.calls).toEqual([['profile.new']]);
  });

  it('refuses a listener that is not a function', async () => {
    const bridge = await loadPreload();
    expect(() => bridge.onMenuCommand('alert(1)' as never)).toThrow(TypeError);
  });
});

describe('the channel list of the preload', () => {
  it("is exactly the contract's", () => {
    for (const channel of channels) expect(isChannelName(channel)).toBe(true);
    for (const other of ['shell.exec', 'constructor', '__proto__', 'catalog', 'catalog.get ']) {
      expect([isChannelName(other), isChannel(other)]).toEqual([false, false]);
    }
  });
});

/** The modules the preload bundle contains, and what each imports at run time (type-only imports vanish). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) return [];
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) return [];
    const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly;
    return typeOnly ? [] : [specifier.text];
  });
}

describe('the preload bundle', () => {
  const shellDir = join(import.meta.dirname, '../../../electron/shell');

  it("requires nothing but electron: a sandboxed preload cannot load other modules", () => {
    expect(runtimeImports(join(shellDir, 'preload.ts'))).toEqual(['electron', './bridge']);
    expect(runtimeImports(join(shellDir, 'bridge.ts'))).toEqual(['../../shared/api/bridge', '../../shared/api/channels']);
    expect(runtimeImports(join(shellDir, '../../shared/api/bridge.ts'))).toEqual([]);
    expect(runtimeImports(join(shellDir, '../../shared/api/channels.ts'))).toEqual([]);
  });
});
