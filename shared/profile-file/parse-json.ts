import { fileError, refused, type ProfileFileError, type Refused } from './errors';
import { formatPath, type PathSegment } from './json-path';
import { quote } from './text';

export type ParsedJson = { ok: true; value: unknown } | Refused;

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse of text the scanner accepted, refusing keys that reach for an object's prototype.
 * JSON.parse itself is safe: it defines "__proto__" as an own property. But whatever copies the data
 * later by assignment (`result[key] = value`, as zod's record does, or Object.assign) would set the
 * prototype instead, so such keys never get past this point. They are checked on the parsed keys, not
 * the text, because "\u005f_proto__" is the same key; and here rather than in a reviver, which cannot
 * tell where in the file the key is.
 */
export function parseJson(text: string): ParsedJson {
  const value: unknown = JSON.parse(text);
  const error = forbiddenKeyError(value);
  return error ? refused(error) : { ok: true, value };
}

/** The first reserved key in a value, as an error; null when there is none. */
export function forbiddenKeyError(value: unknown): ProfileFileError | null {
  const path = findForbiddenKey(value);
  if (path === null) return null;
  const message = `The file uses the reserved property name ${quote(String(path.at(-1)))}, which Hostwise refuses.`;
  return fileError('forbidden-key', message, { path: formatPath(path) });
}

interface Visit {
  value: object;
  key: PathSegment | null;
  parent: Visit | null;
}

/** Depth-first over the parsed value with an explicit stack: no recursion, whatever the file holds. */
function findForbiddenKey(root: unknown): PathSegment[] | null {
  const pending: Visit[] = [];
  const push = (value: unknown, key: PathSegment | null, parent: Visit | null) => {
    if (isContainer(value)) pending.push({ value, key, parent });
  };
  push(root, null, null);
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const { value } = visit;
    if (Array.isArray(value)) {
      value.forEach((child: unknown, index) => push(child, index, visit));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return [...pathTo(visit), key];
      push((value as Record<string, unknown>)[key], key, visit);
    }
  }
  return null;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Built only for the error: keeping a path per visited value would cost more than the walk. */
function pathTo(visit: Visit): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Visit | null = visit; at?.key != null; at = at.parent) path.unshift(at.key);
  return path;
}
