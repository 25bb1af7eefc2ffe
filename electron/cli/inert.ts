import { printable } from '../../shared/profile-file';

/** Text that quotes files, made inert line by line: control sequences become visible escapes, lines stay lines. */
export function inertLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
