/**
 * The contract's channel names without its schemas: the sandboxed preload and the renderer need the names
 * but not zod. The compiler keeps this list equal to the contract's.
 */
import type { Channel } from './contract';

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
  'profiles.decide': true,
  'profiles.previewAnswerMany': true,
  'profiles.answerMany': true,
  'profiles.undoAnswerMany': true,
  'settings.signer.get': true,
  'settings.signer.set': true,
  'import.preview': true,
  'import.apply': true,
  'inventory.preview': true,
  'inventory.apply': true,
  'inventory.saveMapping': true,
  'export.profiles': true,
  'export.pdf': true,
  'portfolio.get': true,
  'export.portfolioPdf': true,
  'export.portfolio': true,
  'rules.get': true,
  'rules.restating': true,
  'rules.open': true,
  'rules.preview': true,
  'rules.accept': true,
  'rules.unload': true,
} satisfies Record<Channel, true>;

export const channels = Object.keys(channelNames) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(channelNames, value);
}
