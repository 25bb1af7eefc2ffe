import { inertLines } from './inert';
import { escapeMarkdown, markdownLink } from './markdown';
import { formatTable } from './table';

/** A list item: text, optionally a link to a source, and items beneath it. */
export interface Item {
  text: string;
  url?: string;
  items?: Item[];
}

/** What a report or a comparison says, once; `toText` and `toMarkdown` lay it out. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: Item[] }
  | { kind: 'table'; headers: string[]; rows: string[][] };

/** Plain text for a terminal: file text made inert, tables padded. */
export function toText(blocks: readonly Block[]): string {
  return inertLines(blocks.map(textBlock).join(''));
}

/** CommonMark (with GFM tables): every text escaped, so nothing from a file becomes markup or HTML. */
export function toMarkdown(blocks: readonly Block[]): string {
  return blocks.map(markdownBlock).join('\n');
}

function textBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return ['', '== ', '\n', '\n  '][block.level] + block.text + '\n';
    case 'paragraph':
      return `${block.text}\n`;
    case 'list':
      return textItems(block.items, '  ');
    case 'table':
      return formatTable(block.headers, block.rows);
  }
}

function textItems(items: readonly Item[], indent: string): string {
  return items
    .map((item) => `${indent}- ${item.text}${item.url ? ` <${item.url}>` : ''}\n${textItems(item.items ?? [], `${indent}  `)}`)
    .join('');
}

function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}\n`;
    case 'paragraph':
      return `${escapeMarkdown(block.text)}\n`;
    case 'list':
      return markdownItems(block.items, '');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
      const escaped = (cells: readonly string[]) => row(cells.map(escapeMarkdown));
      return [escaped(block.headers), row(block.headers.map(() => '---')), ...block.rows.map(escaped)].join('');
    }
  }
}

function markdownItems(items: readonly Item[], indent: string): string {
  return items
    .map((item) => {
      const text = item.url ? markdownLink(item.text, item.url) : escapeMarkdown(item.text);
      return `${indent}- ${text}\n${markdownItems(item.items ?? [], `${indent}  `)}`;
    })
    .join('');
}
