/**
 * The only bridge between the page and the main process. Bundled to CommonJS for the sandbox: it imports
 * nothing at run time but `electron` and `./bridge` (a test keeps it that way).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName, pushChannels, refused } from './bridge';
import type { HostwiseBridge, MenuCommand, OpenedFiles } from './bridge';

const unknownChannel = refused('ipc-unknown-channel', 'The window asked for something Hostwise does not offer.');

function invoke(channel: string, arg: unknown): Promise<unknown> {
  return isChannelName(channel) ? ipcRenderer.invoke(channel, arg) : Promise.resolve(unknownChannel);
}

type Listener<T> = (message: T) => void;

/** Subscribes the page to one push channel; only the message reaches the page, never the IPC event. */
function feed<T>(channel: string): (listener: Listener<T>) => () => void {
  const pending: T[] = [];
  const listeners = new Set<Listener<T>>();
  ipcRenderer.on(channel, (_event, message: T) => {
    if (listeners.size === 0) pending.push(message);
    for (const listener of listeners) listener(message);
  });
  return (listener) => {
    if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
    listeners.add(listener);
    for (const message of pending.splice(0)) listener(message);
    return () => void listeners.delete(listener);
  };
}

const bridge: HostwiseBridge = {
  invoke,
  onOpenFiles: feed<OpenedFiles>(pushChannels.openFiles),
  onMenuCommand: feed<MenuCommand>(pushChannels.menu),
};

contextBridge.exposeInMainWorld('hostwise', bridge);
