/**
 * Characters that make a spreadsheet read a cell as a formula, per OWASP's CSV Injection page: =, +, -, @,
 * tab (0x09), carriage return (0x0D) and, since August 2025, line feed (0x0A). Their full-width forms
 * (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠) are not on OWASP's list, but spreadsheets with East Asian input
 * convert them to the ASCII ones, so they are treated the same.
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** The cell's text with a single quote in front when it could start a formula: a spreadsheet shows it as text. */
export function spreadsheetSafe(text: string): string {
  return formulaStarts.has(text.charAt(0)) ? `'${text}` : text;
}

/** One CSV field: neutralised, always quoted, embedded quotes doubled (RFC 4180). */
export function csvField(text: string): string {
  return `"${spreadsheetSafe(text).replaceAll('"', '""')}"`;
}

/** One CSV record, ended with CRLF as RFC 4180 has it. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
