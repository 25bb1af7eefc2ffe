import { quote } from './text';

export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A JSON path for messages, e.g. `$.profiles[0].answers["code-trust"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => path + formatSegment(segment), '$');
}

function formatSegment(segment: PathSegment): string {
  if (typeof segment === 'number') return `[${segment}]`;
  return identifier.test(segment) ? `.${segment}` : `[${quote(segment)}]`;
}
