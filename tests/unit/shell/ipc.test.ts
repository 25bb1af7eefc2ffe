import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/api/channels';
import type { Channel } from '../../../shared/api/contract';
import { isAppSender, registerHandlers, type Handlers } from '../../../electron/shell/ipc';
import { ipcMain, resetFakes } from './fake-electron';

beforeEach(resetFakes);

type Frame = { url: string; parent: Frame | null };

const top = (url: string): Frame => ({ url, parent: null });
const sentFrom = (frame: Frame | null) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;
const appFrame = top('app://hostwise/index.html#/profiles');

function fakeHandlers() {
  const handler = vi.fn(async (arg: unknown) => ({ ok: true as const, value: { echoed: arg } }));
  return { handler, handlers: Object.fromEntries(channels.map((channel) => [channel, handler])) as Record<Channel, typeof handler> };
}

async function call(channel: string, event: IpcMainInvokeEvent, arg: unknown): Promise<unknown> {
  const registered = ipcMain.handlers.get(channel);
  if (!registered) throw new Error(`${channel} is not registered`);
  return await registered(event, arg);
}

describe('registerHandlers', () => {
  it("registers the contract's channels and nothing else, whatever the handler map holds", () => {
    const { handlers } = fakeHandlers();
    const withExtra = { ...handlers, 'shell.exec': vi.fn() } as Handlers;
    registerHandlers(ipcMain, withExtra);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it("passes the argument, untouched, from the app's own window to the handler and returns its outcome", async () => {
    const { handler, handlers } = fakeHandlers();
    registerHandlers(ipcMain, handlers);
    const arg = { id: '1f0c1c36-5f9e-4a43-9d4e-4b8f5f1d2a10' };
    expect(await call('profiles.get', sentFrom(appFrame), arg)).toEqual({ ok: true, value: { echoed: arg } });
    expect(handler).toHaveBeenCalledExactlyOnceWith(arg);
  });

  it.each([
    ['a web page', top('https://evil.example/')],
    ['a local file', top('file:///home/user/index.html')],
    ['another app:// host', top('app://evil/index.html')],
    ['a look-alike host', top('app://hostwise.evil.example/index.html')],
    ['a port on the app host', top('app://hostwise:8080/index.html')],
    ['credentials on the app host', top('app://user@hostwise/index.html')],
    ['about:blank', top('about:blank')],
    ['a data: URL', top('data:text/html,<script></script>')],
    ['developer tools', top('devtools://devtools/bundled/inspector.html')],
    ['a subframe, even at the app origin', { url: 'app://hostwise/index.html', parent: appFrame }],
    ['a frame that is gone', null],
  ])('refuses %s with a coded error, without calling the handler', async (_name, frame) => {
    const { handler, handlers } = fakeHandlers();
    registerHandlers(ipcMain, handlers);
    const outcome = await call('profiles.list', sentFrom(frame), null);
    expect(outcome).toEqual({ ok: false, error: { code: 'ipc-untrusted-sender', message: expect.any(String) } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame throws when read (navigated or destroyed meanwhile)', async () => {
    const { handler, handlers } = fakeHandlers();
    registerHandlers(ipcMain, handlers);
    const event = Object.defineProperty({}, 'senderFrame', {
      get: () => {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    }) as IpcMainInvokeEvent;
    expect(await call('catalog.get', event, null)).toMatchObject({ ok: false, error: { code: 'ipc-untrusted-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('uses the sender check it is given', async () => {
    const { handler, handlers } = fakeHandlers();
    registerHandlers(ipcMain, handlers, () => false);
    expect(await call('catalog.get', sentFrom(appFrame), null)).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes a handler's error outcome through", async () => {
    const { handlers } = fakeHandlers();
    const failure = { ok: false as const, error: { code: 'profile-not-found' as const, message: 'No such profile.' } };
    registerHandlers(ipcMain, { ...handlers, 'profiles.get': async () => failure });
    expect(await call('profiles.get', sentFrom(appFrame), { id: 'x' })).toEqual(failure);
  });

  it('turns a handler that throws into a coded error that carries no stack or internal message', async () => {
    const { handlers } = fakeHandlers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    registerHandlers(ipcMain, { ...handlers, evaluate: () => Promise.reject(new Error('secret /home/user path')) });
    const outcome = await call('evaluate', sentFrom(appFrame), {});
    expect(outcome).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(outcome)).not.toMatch(/secret|at .*\.ts/);
  });
});

describe('isAppSender', () => {
  it('accepts the top-level document of app://hostwise only', () => {
    expect(isAppSender(sentFrom(appFrame))).toBe(true);
    expect(isAppSender(sentFrom(top('app://hostwise/')))).toBe(true);
    expect(isAppSender(sentFrom(top('https://hostwise/')))).toBe(false);
  });
});
