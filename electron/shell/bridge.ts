/**
 * What the preload and the main process agree on. The sandboxed preload is bundled to CommonJS and may
 * require nothing but `electron`: everything here comes from zod-free modules of shared/api.
 */
import type { ErrorCode, Outcome } from '../../shared/api/errors';
export { pushChannels, type HostwiseBridge, type MenuCommand, type OpenedFiles } from '../../shared/api/bridge';

export { isChannel as isChannelName } from '../../shared/api/channels';

export function refused(code: ErrorCode, message: string): Outcome<never> {
  return { ok: false, error: { code, message } };
}
