import { z } from 'zod';
import type { Catalog, OptionId } from '../catalog';
import type { DecisionStanding } from '../decision/standing';
import { catalogIdSchema } from '../decision/schema';
import type { Confidence, Evaluation } from '../engine/types';
import type { EntryKind, RulesIdentity, RulesPreview } from '../house-rules';
import type { ColumnMapping, ImportedWorkload, ImportReport, RefreshChanges, RefreshStatus, SavedGrouping } from '../inventory';
import { inventoryLimits } from '../inventory/limits';
import { mappingFields } from '../inventory/mapping';
import { rulesLimits } from '../house-rules/schema';
import type { CodedErrorData } from './errors';
import type { Portfolio } from '../portfolio/types';
import { profileSchema, type Profile } from '../profile';
import { importLimits, papers } from './limits';

export { defaultInventoryOptions, importLimits, papers, type Paper } from './limits';

const id = z.uuid();
const ids = z.array(id).min(1).max(10_000);
const none = z.null();

/** The part of an evaluation the library shows without evaluating again; null where the catalogue no longer knows it. */
export interface StoredSummary {
  winner: OptionId | null;
  confidence: Confidence | null;
  margin: number | null;
}

/** A saved profile as the library lists it. */
export interface ProfileSummary extends StoredSummary {
  id: string;
  name: string;
  /** The application, cluster or business unit it belongs to, if any. */
  group: string | null;
  updatedAt: string;
  /** Whether the architect's decision stands, as of the last save. */
  decision: DecisionStanding;
}

export interface DeletedProfileSummary extends ProfileSummary {
  deletedAt: string;
}

/** An earlier version of a profile, kept by every save. */
export interface RevisionSummary extends StoredSummary {
  id: number;
  name: string;
  /** When this version was saved (it stopped being current later). */
  savedAt: string;
}

/** What happened when the store opened: shown to the user once. */
export interface StoreStatus {
  readOnly: boolean;
  /** A sentence for the user when something happened (recovered, read-only …), else null. */
  notice: string | null;
  dataFolder: string;
}

export type ImportStatus = 'new' | 'same' | 'conflict';

export interface ImportPreview {
  files: {
    name: string;
    profiles: { profile: Profile; status: ImportStatus }[];
    error: Pick<CodedErrorData, 'code' | 'message' | 'path'> | null;
  }[];
  /** An inventory chosen in the Import… dialog goes to its own review: the first one, previewed; the others' names, not read. */
  inventory?: { preview: InventoryPreview; notRead: string[] };
}

export type ImportDecision = 'add' | 'keep-both' | 'replace' | 'skip';

export interface ImportedProfile {
  id: string;
  name: string;
}

export interface ImportSummary {
  added: ImportedProfile[];
  /** Saved profiles a file's version took the place of, whole (the decision "replace"). */
  replaced: ImportedProfile[];
  /** Saved workloads an inventory import refreshed: its sizes, servers and inferred answers; a person's answers kept. */
  updated: ImportedProfile[];
  skipped: ImportedProfile[];
  alreadyPresent: ImportedProfile[];
}

export type SaveResult = { saved: true; path: string } | { saved: false };

/** One entry of a rules file, as the Rules screen lists it. */
export interface RulesEntrySummary {
  kind: EntryKind;
  id: string;
  reason: string;
  link: string | null;
}

/** A rules file that passed every check: who it is, what it holds, and where it was read from (null: dropped). */
export interface RulesSummary {
  identity: RulesIdentity;
  entries: RulesEntrySummary[];
  path: string | null;
}

/** The accepted file on disk, compared with what the library holds: unknown without a path or when unreadable. */
export type RulesFileStatus = 'same' | 'changed' | 'missing' | 'unknown';

/** A profile a bulk change left alone: saved again (or deleted) since it was chosen, so a later edit stands. */
export type SkippedProfile = Pick<ProfileSummary, 'id' | 'name'>;

/** What answering one question for many profiles would do, before anything is saved. */
export interface AnswerManyPreview {
  /** Profiles the answer changes; among them, `confirmations` already have it, as inferred from an inventory. */
  changes: number;
  confirmations: number;
  /** Profiles that already have this answer, given by a person. */
  unchanged: number;
  /** Profiles chosen that are no longer in the library (deleted in another window): left out. */
  gone: number;
}

/** One question answered for many profiles: each changed profile has a new revision; `undo` (null: nothing changed) undoes it. */
export interface AnswerManyResult {
  changed: ProfileSummary[];
  unchanged: number;
  skipped: SkippedProfile[];
  undo: string | null;
}

/** A bulk answer undone: each restored profile has a new revision; a profile saved since the bulk answer is skipped. */
export interface UndoAnswerManyResult {
  restored: ProfileSummary[];
  skipped: SkippedProfile[];
}

/** The house rules the library works under. */
export interface RulesState {
  /** The accepted rules in force; null under the plain catalogue. */
  accepted: (RulesSummary & { fileStatus: RulesFileStatus }) | null;
  /**
   * Rules the library accepted earlier that this app refuses (a newer catalogue, say): the library works under
   * the plain catalogue until they are replaced or unloaded, and the user is told why.
   */
  refused: { hash: string; path: string | null; problems: CodedErrorData[] } | null;
  /** The path to reload rules from (the last file accepted from disk), kept after an unload. */
  rememberedPath: string | null;
  /** Saved summaries being evaluated again after an accept or unload; null when none is under way. */
  restating: { done: number; total: number } | null;
}

/** A rules file opened for review: refused with its coded problems, or pending until accepted. */
export type RulesOpenResult =
  | { status: 'cancelled' }
  | { status: 'refused'; name: string; problems: CodedErrorData[] }
  | { status: 'pending'; name: string; candidate: RulesSummary };

/**
 * How an inventory is read: its format (auto: from the file); a generic CSV's column → field mapping (absent: the
 * one saved for its header, else the one proposed from it); one profile per value of a column (groupBy) or per
 * server, in the portfolio group a column names (labelBy); powered-off servers too.
 */
export type InventoryOptions = Omit<z.input<typeof inventoryRequest>, 'from'>;

/** A column of the servers' table, with the first value a server has in it (to recognise it by). */
export interface InventoryColumn {
  name: string;
  sample: string;
}

/** A generic CSV's mapping the user saved for files with the same header. */
export interface SavedMapping {
  mapping: ColumnMapping;
  savedAt: string;
}

/** An inventory read and imported in main, not yet saved: `token` names it to preview again or apply. */
export interface InventoryPreviewed {
  status: 'previewed';
  token: string;
  name: string;
  report: ImportReport;
  /** Each with what saving it does: a new workload, an update of the saved one of its id (and what it changes), or nothing new. */
  workloads: (ImportedWorkload & { status: RefreshStatus; changes: RefreshChanges | null })[];
  /** The columns a user can map the servers by. */
  columns: InventoryColumn[];
  /** The columns a user can group or label the servers by (text they share), likely ones first. */
  groupColumns: string[];
  /** The mapping saved for this header, if any (a generic CSV only). */
  savedMapping: SavedMapping | null;
  /** Why a generic CSV imports nothing with this mapping (no column read as the name, say): another mapping can cure it. */
  problem: string | null;
  /**
   * Another grouping under which workloads of this estate are saved already (it was imported before, grouped so):
   * importing it as reviewed would count their servers twice. Null when there is none.
   */
  savedGrouping: SavedGrouping | null;
}

/** The open dialog cancelled, the file refused (the message names sheet, row and column), or previewed. */
export type InventoryPreview = { status: 'cancelled' } | { status: 'refused'; name: string; error: CodedErrorData } | InventoryPreviewed;

/** Characters of base64 text that encode `bytes` bytes. */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const importSource = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('dialog') }),
  z.strictObject({
    source: z.literal('files'),
    files: z
      // Bytes, not text: the file parser decodes strictly and refuses what is not UTF-8.
      .array(z.strictObject({ name: z.string().max(1_000), base64: z.base64().max(base64Length(importLimits.maxBytes)) }))
      .min(1)
      .max(100),
  }),
]);

const rulesSource = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('dialog') }),
  z.strictObject({ source: z.literal('remembered') }),
  // Room for a file one byte over the limit, so the parser refuses it with its own code and message.
  z.strictObject({ source: z.literal('file'), name: z.string().max(1_000), base64: z.base64().max(base64Length(rulesLimits.maxBytes + 1)) }),
]);

const inventoryRequest = z.strictObject({
  from: z.discriminatedUnion('source', [
    z.strictObject({ source: z.literal('dialog') }),
    // Room for a file one byte over the limit, so the reader refuses it with its own message.
    z.strictObject({ source: z.literal('file'), name: z.string().max(1_000), base64: z.base64().max(base64Length(inventoryLimits.maxFileBytes + 1)) }),
    z.strictObject({ source: z.literal('previewed'), token: id }),
  ]),
  format: z.enum(['auto', 'rvtools', 'azure-migrate', 'csv']),
  mapping: z
    .record(z.string().max(1_000), z.enum(mappingFields))
    .refine((mapping) => Object.keys(mapping).length <= inventoryLimits.maxColumns, 'more columns than an inventory has')
    .optional(),
  groupBy: z.string().min(1).max(1_000).nullable(),
  labelBy: z.string().min(1).max(1_000).nullable().optional(),
  includePoweredOff: z.boolean(),
});

/** Accept the recommendation, or override it with another option and a justification (checked by shared/decision). */
const decideRequest = z.discriminatedUnion('kind', [
  // The option the window showed as recommended: main refuses the accept when it now recommends another.
  z.strictObject({ id, kind: z.literal('accept'), option: catalogIdSchema.optional() }),
  z.strictObject({ id, kind: z.literal('override'), option: catalogIdSchema, justification: z.string().max(10_000) }),
]);

const importDecisions = z
  .array(z.strictObject({ profile: profileSchema, decision: z.enum(['add', 'keep-both', 'replace', 'skip']) }))
  .min(1)
  .max(importLimits.maxProfiles);

/** One question answered for many profiles; a null answer clears it. */
const answerMany = z.strictObject({ ids, questionId: catalogIdSchema, answerId: catalogIdSchema.nullable() });

/**
 * The contract between renderer and main: channel → (argument schema, result type).
 * Every handler parses its argument with the schema before doing anything.
 */
export const contract = {
  'catalog.get': { arg: none, result: {} as Catalog },
  'store.status': { arg: none, result: {} as StoreStatus },
  evaluate: {
    arg: z.strictObject({
      profile: profileSchema,
      samples: z.int().min(0).max(100_000).optional(),
      seed: z.int().min(0).max(2 ** 32 - 1).optional(),
    }),
    result: {} as Evaluation,
  },
  'profiles.list': { arg: none, result: [] as ProfileSummary[] },
  'profiles.get': { arg: z.strictObject({ id }), result: {} as Profile },
  'profiles.save': { arg: z.strictObject({ profile: profileSchema }), result: {} as ProfileSummary },
  'profiles.rename': {
    arg: z.strictObject({ id, name: profileSchema.shape.name }),
    result: {} as ProfileSummary,
  },
  'profiles.duplicate': { arg: z.strictObject({ id }), result: {} as ProfileSummary },
  'profiles.delete': { arg: z.strictObject({ ids }), result: { deleted: [] as string[] } },
  'profiles.undoDelete': { arg: z.strictObject({ ids }), result: { restored: [] as string[] } },
  'profiles.history': { arg: z.strictObject({ id }), result: [] as RevisionSummary[] },
  'profiles.restoreRevision': {
    arg: z.strictObject({ id, revisionId: z.int().min(1) }),
    result: {} as Profile,
  },
  'profiles.decide': { arg: decideRequest, result: {} as Profile },
  /** Bulk answering: the preview counts what `profiles.answerMany` would change, and saves nothing. */
  'profiles.previewAnswerMany': { arg: answerMany, result: {} as AnswerManyPreview },
  'profiles.answerMany': { arg: answerMany, result: {} as AnswerManyResult },
  /** Undoes a bulk answer while the app runs (its token is kept in memory only), leaving alone what was saved since. */
  'profiles.undoAnswerMany': { arg: z.strictObject({ token: id }), result: {} as UndoAnswerManyResult },
  /** The name every decision records as who made it; null until the user sets it. */
  'settings.signer.get': { arg: none, result: null as string | null },
  'settings.signer.set': { arg: z.strictObject({ name: z.string().trim().min(1).max(200) }), result: '' as string },
  'import.preview': { arg: importSource, result: {} as ImportPreview },
  'import.apply': { arg: z.strictObject({ items: importDecisions }), result: {} as ImportSummary },
  /** Reads an inventory (RVTools, Azure Migrate, CSV) into workloads to review; nothing is saved. */
  'inventory.preview': { arg: inventoryRequest, result: {} as InventoryPreview },
  /** Saves the workloads of the preview `token` names as profiles, all or none. */
  'inventory.apply': { arg: z.strictObject({ token: id }), result: {} as ImportSummary },
  /** Saves the generic CSV mapping of the preview `token` names, for the next CSV with the same header. */
  'inventory.saveMapping': { arg: z.strictObject({ token: id }), result: {} as SavedMapping },
  'export.profiles': { arg: z.strictObject({ ids }), result: {} as SaveResult },
  'export.pdf': {
    arg: z.strictObject({ ids, paper: z.enum(papers) }),
    result: {} as SaveResult,
  },
  /** The saved workloads as a whole, from their stored summaries: counts, groups and the questions to ask first. */
  'portfolio.get': { arg: none, result: {} as Portfolio },
  /** The portfolio summary (distribution, groups, open questions, the method) as a PDF of a few pages. */
  'export.portfolioPdf': { arg: z.strictObject({ paper: z.enum(papers) }), result: {} as SaveResult },
  /** The profiles as a table, one row per workload: recommendation, reasons, open questions, decision. */
  'export.portfolio': { arg: z.strictObject({ ids, format: z.enum(['csv', 'xlsx']) }), result: {} as SaveResult },
  'rules.get': { arg: none, result: {} as RulesState },
  /** How far the saved profiles are evaluated again, alone: for screens that only show that (no work is started). */
  'rules.restating': { arg: none, result: {} as RulesState['restating'] },
  'rules.open': { arg: rulesSource, result: {} as RulesOpenResult },
  /** Whose recommendation changes if the pending file is accepted, or if the rules in force are unloaded. */
  'rules.preview': { arg: z.strictObject({ change: z.enum(['candidate', 'unload']) }), result: {} as RulesPreview },
  /** Accepts the pending file; `hash` names the file the user reviewed, so a newer pending one is not taken. */
  'rules.accept': { arg: z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/) }), result: {} as RulesState },
  'rules.unload': { arg: none, result: {} as RulesState },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgOf<C extends Channel> = z.input<Contract[C]['arg']>;
/** The argument after its schema parsed it, as the handler receives it. */
export type ParsedArgOf<C extends Channel> = z.output<Contract[C]['arg']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];
