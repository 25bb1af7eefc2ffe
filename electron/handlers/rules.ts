import { basename } from 'node:path';
import { CodedError, type CodedErrorData, type ParsedArgOf, type RulesOpenResult } from '../../shared/api';
import { rulesLimits } from '../../shared/house-rules';
import type { DialogPort, FilePort } from '../ports';
import type { RulesDesk } from '../rules/desk';
import type { ProfileStore } from '../store';
import { errnoCode } from '../store/errors';

export interface RulesPorts {
  rules: RulesDesk;
  store: ProfileStore;
  dialogs: DialogPort;
  files: FilePort;
}

type RulesSource = ParsedArgOf<'rules.open'>;
type ReadRules = { ok: true; name: string; bytes: Uint8Array; path: string | null } | { ok: false; name: string; error: CodedErrorData };

const rulesFilters = [{ name: 'Hostwise house rules', extensions: ['json'] }];

/** Reads a rules file from the open dialog, the remembered path or the window's bytes, and puts it under review. */
export async function openRules(ports: RulesPorts, source: RulesSource): Promise<RulesOpenResult> {
  const read = await readSource(ports, source);
  if (read === null) return { status: 'cancelled' };
  if (!read.ok) return { status: 'refused', name: read.name, problems: [read.error] };
  return ports.rules.consider(read.name, read.bytes, read.path);
}

/** The file's bytes, or null when the user cancelled the dialog. */
async function readSource(ports: RulesPorts, source: RulesSource): Promise<ReadRules | null> {
  switch (source.source) {
    case 'file':
      return droppedFile(source);
    case 'remembered':
      return readPath(ports.files, rememberedPath(ports.store));
    case 'dialog': {
      const path = await chosenPath(ports.dialogs);
      return path === null ? null : readPath(ports.files, path);
    }
  }
}

async function chosenPath(dialogs: DialogPort): Promise<string | null> {
  const [path] = await dialogs.openFiles({ title: 'Open house rules', filters: rulesFilters });
  return path ?? null;
}

function rememberedPath(store: ProfileStore): string {
  const path = store.rememberedRulesPath();
  if (path !== null) return path;
  throw new CodedError({ code: 'rules-none-remembered', message: 'No rules file was loaded from disk in this library yet: open one.' });
}

function droppedFile({ name, base64 }: { name: string; base64: string }): ReadRules {
  return { ok: true, name, bytes: new Uint8Array(Buffer.from(base64, 'base64')), path: null };
}

/** One byte over the limit is read, so the parser refuses an oversized file with its own code and message. */
async function readPath(files: FilePort, path: string): Promise<ReadRules> {
  const name = basename(path);
  try {
    return { ok: true, name, bytes: await files.readFile(path, rulesLimits.maxBytes + 1), path };
  } catch (error) {
    return { ok: false, name, error: { ...readError(error), path: '$' } };
  }
}

function readError(error: unknown): CodedErrorData {
  if (error instanceof CodedError && error.code === 'file-too-large') {
    return { code: 'file-too-large', message: `This file is larger than ${rulesLimits.maxBytes / 1024 / 1024} MB, more than a rules file may be.` };
  }
  if (error instanceof CodedError) return error.toData();
  const missing = errnoCode(error) === 'ENOENT';
  return { code: 'unreadable-file', message: missing ? 'This rules file is no longer there.' : 'Hostwise could not read this rules file.' };
}
