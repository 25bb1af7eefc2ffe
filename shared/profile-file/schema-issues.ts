import type { z } from 'zod';
import { criterionIds } from '../catalog/types';
import { profileLimits } from '../profile';
import { fileError, type ProfileFileError } from './errors';
import { formatPath, type PathSegment } from './json-path';
import { printable, quote } from './text';

type Issue = z.core.$ZodIssue;

/** The first schema violation as a coded error; the most common ones get a code and a sentence of their own. */
export function schemaError(issues: readonly Issue[]): ProfileFileError {
  const issue = issues[0]!;
  const path = issue.path.map((segment): PathSegment => (typeof segment === 'symbol' ? String(segment) : segment));
  const details = { issues: issues.length };
  if (path[2] === 'weightOverrides') {
    const error = weightError(issue, path, details);
    if (error) return error;
  }
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return fileError('schema-violation', `The file has a property Hostwise does not know: ${quote(key)}.`, {
      path: formatPath([...path, key]),
      details,
    });
  }
  return fileError('schema-violation', `Invalid value: ${printable(issue.message)}.`, {
    path: formatPath(path),
    details,
  });
}

/** Errors inside `weightOverrides` (path: profiles, index, weightOverrides, criterion). */
function weightError(issue: Issue, path: PathSegment[], details: object): ProfileFileError | null {
  if (issue.code === 'unrecognized_keys' && path.length === 3) {
    const key = issue.keys[0] ?? '';
    const message = `${quote(key)} is not a criterion; weights can be set for ${criterionIds.join(', ')}.`;
    return fileError('unknown-criterion', message, { path: formatPath([...path, key]), details });
  }
  if (path.length !== 4) return null;
  const message = `A weight must be a number from 0 to ${profileLimits.maxWeight}.`;
  return fileError('weight-out-of-range', message, { path: formatPath(path), details });
}
