import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('hostwise', {
  invoke: (channel: string, arg: unknown): Promise<unknown> => ipcRenderer.invoke(channel, arg),
});
