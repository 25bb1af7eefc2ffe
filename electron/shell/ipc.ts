import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/api/channels';
import type { Channel } from '../../shared/api/contract';
import type { Outcome } from '../../shared/api/errors';
import { refused } from './bridge';
import { isAppUrl } from './urls';

/** What `createHandlers(ports)` returns: one handler per channel, the argument still unchecked. */
export type Handlers = Record<Channel, (arg: unknown) => Promise<Outcome<unknown>>>;

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** The sender is the top-level document of one of the app's windows, served from `app://hostwise`. */
export const isAppSender: SenderCheck = (event) => {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
};

const untrustedSender = refused('ipc-untrusted-sender', 'This request did not come from a Hostwise window.');
const internalError = refused('internal', 'Something went wrong in Hostwise, and the action did not complete.');

function isTrusted(check: SenderCheck, event: IpcMainInvokeEvent): boolean {
  try {
    return check(event);
  } catch {
    // A frame that navigated or closed meanwhile throws on access: not a sender to serve.
    return false;
  }
}

/**
 * Registers the contract's channels, and only those, with `ipcMain.handle`. A handler that throws instead
 * of returning an outcome answers with a coded error: no stack trace crosses to the window.
 */
export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck = isAppSender,
): void {
  for (const channel of channels) {
    const handler = handlers[channel];
    ipcMain.handle(channel, async (event, arg: unknown) => {
      if (!isTrusted(isTrustedSender, event)) return untrustedSender;
      try {
        return await handler(arg);
      } catch (error) {
        console.error(`Handler for ${channel} threw:`, error);
        return internalError;
      }
    });
  }
}
