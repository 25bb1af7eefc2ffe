import { marked, type Token, type Tokens } from 'marked';

/** Every token of a Markdown document, depth first, as GitHub-flavoured Markdown parses it. */
export function markdownTokens(markdown: string): Token[] {
  return marked.lexer(markdown, { gfm: true }).flatMap(withChildren);
}

function withChildren(token: Token): Token[] {
  return [token, ...childrenOf(token).flatMap(withChildren)];
}

function childrenOf(token: Token): Token[] {
  if (token.type === 'list') return (token as Tokens.List).items;
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The headings, as "## Text" with the text as a reader sees it. */
export function headings(markdown: string): string[] {
  return markdownTokens(markdown)
    .filter((token): token is Tokens.Heading => token.type === 'heading')
    .map((heading) => `${'#'.repeat(heading.depth)} ${heading.text.replace(/\\(.)/g, '$1').replace(/&(lt|gt|amp);/g, (entity) => entities[entity]!)}`);
}
