/**
 * What the preload and the main process agree on. The sandboxed preload is bundled to CommonJS and may
 * require nothing but `electron`, so this module has type-only imports: the channel names are listed here
 * rather than read from `shared/api/contract` (which pulls in zod), and the compiler keeps the list exact.
 */
import type { Channel } from '../../shared/api/contract';
import type { Outcome } from '../../shared/api/errors';
export { pushChannels, type HostwiseBridge, type MenuCommand, type OpenedFiles } from '../../shared/api/bridge';

// `satisfies Record<Channel, true>` fails to compile when a channel is missing or unknown.
const channelNames = {
  'catalog.get': true,
  'store.status': true,
  evaluate: true,
  'profiles.list': true,
  'profiles.get': true,
  'profiles.save': true,
  'profiles.rename': true,
  'profiles.duplicate': true,
  'profiles.delete': true,
  'profiles.undoDelete': true,
  'profiles.history': true,
  'profiles.restoreRevision': true,
  'import.preview': true,
  'import.apply': true,
  'export.profiles': true,
  'export.pdf': true,
} satisfies Record<Channel, true>;

export function isChannelName(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(channelNames, value);
}

export function refused(code: string, message: string): Outcome<never> {
  return { ok: false, error: { code, message } };
}
