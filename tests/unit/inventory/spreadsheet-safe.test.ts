import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, spreadsheetSafe } from '../../../shared/export';

describe('spreadsheet-safe cells', () => {
  it("prefixes a single quote to every cell OWASP lists as a formula start, and to their full-width forms", () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']) {
      expect(spreadsheetSafe(`${start}1+1`), JSON.stringify(start)).toBe(`'${start}1+1`);
    }
    expect(spreadsheetSafe("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
  });

  it('leaves other text alone, the empty cell too', () => {
    for (const text of ['', 'Virtual machines', '1+1', ' =1', "'quoted", 'a=b']) expect(spreadsheetSafe(text)).toBe(text);
  });

  it('quotes every field and doubles embedded quotes, so a CSV parser reads back the neutralised text', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const hostile = ['=HYPERLINK("http://evil","click")', '@SUM(A1)', 'line one\nline two', 'a,b', '-2+3', 'plain'];
    const [back] = parse(csvLine(hostile)) as string[][];
    expect(back).toEqual(["'=HYPERLINK(\"http://evil\",\"click\")", "'@SUM(A1)", 'line one\nline two', 'a,b', "'-2+3", 'plain']);
  });
});
