import type { z } from 'zod';
import { contract, type Channel, type ParsedArgOf, type ResultOf, type StoreStatus } from '../../shared/api';
import type { ProfileStore } from '../store';
import type { DialogPort, FilePort, PrinterPort } from '../ports';
import type { RulesDesk } from '../rules/desk';
import { bulkAnswerDeskOf } from './bulk-answer';
import { decide, readSigner, writeSigner } from './decide';
import { handler, type Handler } from './outcome';
import { duplicateProfile, evaluateChecked, saveProfile } from './profiles';
import { exportPortfolioPdf, readPortfolio } from './portfolio';
import { openRules } from './rules';
import { exportPortfolio } from './export-portfolio';
import { previewChosenImport } from './import-dialog';
import { inventoryDeskOf } from './inventory';
import { applyImport, exportPdf, exportProfiles, previewImport } from './sharing';

export type { Handler } from './outcome';
export type Handlers = Record<Channel, Handler>;

/** Everything the handlers need from the outside world. */
export interface Ports {
  store: ProfileStore;
  storeStatus: StoreStatus;
  dialogs: DialogPort;
  files: FilePort;
  printer: PrinterPort;
  /** The house rules in force: every evaluation, save and the catalogue served go through them. */
  rules: RulesDesk;
  newId: () => string;
}

/** One handler per contract channel; each parses its argument with the contract's schema first. */
export function createHandlers(ports: Ports): Handlers {
  const { store, rules } = ports;
  const inventory = inventoryDeskOf(store);
  const bulk = bulkAnswerDeskOf(store);
  return {
    'catalog.get': on('catalog.get', () => rules.ruleset.effective),
    'store.status': on('store.status', () => ports.storeStatus),
    evaluate: on('evaluate', ({ profile, samples, seed }) => evaluateChecked(profile, rules.ruleset, { samples, seed })),
    'profiles.list': on('profiles.list', () => store.list()),
    'profiles.get': on('profiles.get', ({ id }) => store.get(id)),
    'profiles.save': on('profiles.save', ({ profile }) => saveProfile(store, rules.ruleset, profile)),
    'profiles.rename': on('profiles.rename', ({ id, name }) => store.rename(id, name)),
    'profiles.duplicate': on('profiles.duplicate', ({ id }) => duplicateProfile(store, ports.newId, id)),
    'profiles.delete': on('profiles.delete', async ({ ids }) => ({ deleted: await store.delete(ids) })),
    'profiles.undoDelete': on('profiles.undoDelete', async ({ ids }) => ({ restored: await store.restoreDeleted(ids) })),
    'profiles.history': on('profiles.history', ({ id }) => store.history(id)),
    'profiles.restoreRevision': on('profiles.restoreRevision', async ({ id, revisionId }) => {
      await store.restoreRevision(id, revisionId);
      return store.get(id);
    }),
    'profiles.decide': on('profiles.decide', (request) => decide(store, rules.ruleset, request)),
    'profiles.previewAnswerMany': on('profiles.previewAnswerMany', (request) => bulk.preview(ports, request)),
    'profiles.answerMany': on('profiles.answerMany', (request) => bulk.answer(ports, request)),
    'profiles.undoAnswerMany': on('profiles.undoAnswerMany', ({ token }) => bulk.undo(ports, token)),
    'settings.signer.get': on('settings.signer.get', () => readSigner(store)),
    'settings.signer.set': on('settings.signer.set', ({ name }) => writeSigner(store, name)),
    'import.preview': on('import.preview', (request) => (request.source === 'dialog' ? previewChosenImport(ports, inventory) : previewImport(ports, request))),
    'import.apply': on('import.apply', ({ items }) => applyImport(ports, items)),
    'inventory.preview': on('inventory.preview', (request) => inventory.preview(ports, request)),
    'inventory.apply': on('inventory.apply', ({ token }) => inventory.apply(ports, token)),
    'inventory.saveMapping': on('inventory.saveMapping', ({ token }) => inventory.saveMapping(ports, token)),
    'export.profiles': on('export.profiles', ({ ids }) => exportProfiles(ports, ids)),
    'export.pdf': on('export.pdf', ({ ids, paper }) => exportPdf(ports, ids, paper)),
    'portfolio.get': on('portfolio.get', () => readPortfolio(store)),
    'export.portfolioPdf': on('export.portfolioPdf', ({ paper }) => exportPortfolioPdf(ports, paper)),
    'export.portfolio': on('export.portfolio', ({ ids, format }) => exportPortfolio(ports, ids, format)),
    'rules.get': on('rules.get', () => rules.state()),
    'rules.restating': on('rules.restating', () => rules.restating),
    'rules.open': on('rules.open', (source) => openRules(ports, source)),
    'rules.preview': on('rules.preview', ({ change }) => rules.preview(change)),
    'rules.accept': on('rules.accept', ({ hash }) => rules.accept(hash)),
    'rules.unload': on('rules.unload', () => rules.unload()),
  };
}

/** The handler of one channel: its result type is checked against the contract. */
function on<C extends Channel>(channel: C, run: (arg: ParsedArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>>): Handler {
  // TypeScript cannot narrow the contract's union of schemas by a generic key; ParsedArgOf<C> is its output.
  const schema = contract[channel].arg as unknown as z.ZodType<ParsedArgOf<C>>;
  return handler(schema, run);
}
