import type { HostwiseBridge } from '../shared/api/bridge';
import { createClient } from '../shared/api/client';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the e2e harness: the only way to reach the main process. */
    hostwise: HostwiseBridge;
  }
}

export const api = createClient((channel, arg) => window.hostwise.invoke(channel, arg));
