import { printable } from '../../shared/profile-file';

/** CommonMark's markup characters, and `.`, `:` and `@`, which GFM needs to autolink an address. */
const punctuation = /[\\`*_{}[\]()#+\-.!|~:@]/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text from a file as Markdown that shows it as it is: every ASCII punctuation mark that could start markup is
 * backslash-escaped, `&`, `<` and `>` become entities (no HTML, no autolinks), control characters become
 * visible escapes, and line breaks become spaces, so a name or a justification can never add a heading, a
 * list, a table row, a link (not even an autolinked address) or a tag.
 */
export function escapeMarkdown(text: string): string {
  return printable(text.replace(/\s*[\r\n]+\s*/g, ' '))
    .replace(/^\s+/, '')
    .replace(punctuation, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => entities[char]!);
}

/** `[text](<url>)` for an http(s) address; anything else is shown as text, not linked. */
export function markdownLink(text: string, url: string): string {
  if (!/^https?:\/\/[^\s<>]+$/.test(url)) return `${escapeMarkdown(text)} (${escapeMarkdown(url)})`;
  return `[${escapeMarkdown(text)}](<${url}>)`;
}
