import { channels } from './channels';
import type { ArgOf, Channel, ResultOf } from './contract';
import { CodedError, readCodedErrorData, type Outcome } from './errors';

/** The bare bridge the preload (or the e2e harness) gives the page. */
export type Invoke = (channel: string, arg: unknown) => Promise<unknown>;

export type Client = { [C in Channel]: (arg: ArgOf<C>) => Promise<ResultOf<C>> };

/** Turns a bare `invoke(channel, arg)` into the typed client; a failed outcome becomes a thrown CodedError. */
export function createClient(invoke: Invoke): Client {
  const call = async (channel: Channel, arg: unknown) => unwrap(await invoke(channel, arg));
  return Object.fromEntries(channels.map((channel) => [channel, (arg: unknown) => call(channel, arg)])) as Client;
}

function unwrap(outcome: unknown): unknown {
  const value = outcome as Outcome<unknown>;
  if (value?.ok === true) return value.value;
  const error = value?.ok === false ? readCodedErrorData(value.error) : null;
  if (error) throw new CodedError(error);
  throw new CodedError({ code: 'ipc-bad-reply', message: 'The app’s main process sent a reply the window cannot read.' });
}
