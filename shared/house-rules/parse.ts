import type { z } from 'zod';
import type { Catalog } from '../catalog/types';
import { decodeFile } from '../profile-file/decode';
import { formatPath, type PathSegment } from '../profile-file/json-path';
import { parseJson } from '../profile-file/parse-json';
import { scanJson } from '../profile-file/scan';
import { printable, quote } from '../profile-file/text';
import { contradictionProblems } from './contradictions';
import { problem, readingProblem, type RulesProblem } from './errors';
import { contentHash } from './identity';
import { referenceProblems } from './references';
import { rulesFileFormat, rulesFileSchema, rulesFileVersion, rulesLimits, type HouseRules } from './schema';

export type RulesFileResult = { ok: true; rules: HouseRules } | { ok: false; problems: RulesProblem[] };

/** How many schema problems one refusal lists: enough to fix a file in one go, few enough to read. */
const maxListed = 20;

/**
 * Reads a `.hostwise-rules.json` file against a catalogue. Checks run cheapest and most protective first:
 * size, encoding, syntax within the structural limits, reserved keys, format version, schema, references,
 * contradictions. Never throws on bad input; a refusal lists coded problems, each at a JSON path.
 */
export function parseRulesFile(input: string | Uint8Array, catalog: Catalog): RulesFileResult {
  const read = readDocument(input);
  if (!read.ok) return read;
  // With the refused values on the issues, a refused number can be told apart from a value of the wrong kind.
  const checked = rulesFileSchema.safeParse(read.document, { reportInput: true });
  if (!checked.success) return refused(checked.error.issues.slice(0, maxListed).map(schemaProblem));
  const file = checked.data;
  const references = referenceProblems(file, catalog);
  if (references.length > 0) return refused(references);
  const rules: HouseRules = { identity: { name: file.name, version: file.version, hash: contentHash(input) }, file };
  const contradictions = contradictionProblems(rules, catalog);
  return contradictions.length > 0 ? refused(contradictions) : { ok: true, rules };
}

function readDocument(input: string | Uint8Array): { ok: true; document: unknown } | { ok: false; problems: RulesProblem[] } {
  const decoded = decodeFile(input, rulesLimits);
  if (!decoded.ok) return refused([readingProblem(decoded.error)]);
  const syntaxError = scanJson(decoded.text, rulesLimits);
  if (syntaxError) return refused([readingProblem(syntaxError)]);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return refused([readingProblem(parsed.error)]);
  const versionProblem = gateVersion(parsed.value);
  return versionProblem ? refused([versionProblem]) : { ok: true, document: parsed.value };
}

/** Is it a rules file, of a format version this app reads? (There is one version so far: nothing to migrate.) */
function gateVersion(value: unknown): RulesProblem | null {
  const document = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  if (document?.['format'] !== rulesFileFormat) {
    return problem('wrong-format', `This is not a Hostwise rules file: it needs "format": "${rulesFileFormat}".`, '$.format');
  }
  const version = document['formatVersion'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return problem('unsupported-version', `The file has no valid format version ("formatVersion": ${rulesFileVersion}).`, '$.formatVersion');
  }
  if (version > rulesFileVersion) {
    const message = `This rules file needs a newer Hostwise (format version ${version}; this app reads up to version ${rulesFileVersion}). Update Hostwise to use it.`;
    return problem('newer-version', message, '$.formatVersion');
  }
  return null;
}

function schemaProblem(issue: z.core.$ZodIssue): RulesProblem {
  const path = issue.path.map((segment): PathSegment => (typeof segment === 'symbol' ? String(segment) : segment));
  const where = entryLabel(path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return problem('schema-violation', `${where || 'The file '}has a property Hostwise does not know: ${quote(key)}.`, formatPath([...path, key]));
  }
  return problem(refusedNumber(issue) ? 'out-of-range' : 'schema-violation', `${where}${printable(issue.message)}.`, formatPath(path));
}

/** A number where a number belongs, refused: too small, too big, infinite (1e400), or a delta of 0. */
function refusedNumber(issue: z.core.$ZodIssue): boolean {
  if (typeof issue.input !== 'number') return false;
  return issue.code === 'too_big' || issue.code === 'too_small' || issue.code === 'custom' || (issue.code === 'invalid_type' && issue.expected === 'number');
}

/** "Rule-out 3, options: " — the entry and field a schema problem is in, for the message. */
function entryLabel(path: readonly PathSegment[]): string {
  const [kind, index, field] = path;
  if (typeof kind !== 'string' || typeof index !== 'number') return path.length > 0 ? `${String(path[0])}: ` : '';
  return `${kind}[${index}]${field === undefined ? '' : `.${String(field)}`}: `;
}

function refused(problems: RulesProblem[]): { ok: false; problems: RulesProblem[] } {
  return { ok: false, problems };
}
