import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../electron/inventory/csv-delimiter';

describe('the CSV separator', () => {
  it('is a comma for a comma-separated file, even with semicolons inside quotes or cells', () => {
    expect(detectDelimiter('name,os,notes\nweb-01,Linux,"a;b;c"\ndb-01,Windows,x;y\n')).toBe(',');
  });

  it('is a semicolon for Excel’s CSV in a comma-decimal locale, quoted semicolons and commas inside cells not counted', () => {
    const text = 'Name;"Notes; owner";Memory GB\r\n"web;01";"owned by ops; Jane";1,5\r\ndb-01;"line one\nline two; more";2,5\r\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('is a tab or a pipe where the header is split by one', () => {
    expect(detectDelimiter('name\tos\tnotes, free text\nweb-01\tLinux\ta, b\n')).toBe('\t');
    expect(detectDelimiter('name|os\nweb-01|Linux\n')).toBe('|');
  });

  it('is the one giving the same column count on the first rows, when the header holds several', () => {
    // The header's comma is in a column name; the semicolons split every row alike.
    expect(detectDelimiter('Name;Memory, GB;OS\nweb-01;4;Linux\ndb-01;8;Windows\n')).toBe(';');
  });

  it('is a comma when the header has no separator at all (a one-column file)', () => {
    expect(detectDelimiter('name\nweb-01\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});
