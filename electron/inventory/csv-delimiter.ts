/** The field separators a CSV export uses: Excel writes `;` where the decimal mark is a comma (German, French, Dutch …). */
export const csvDelimiters = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

export type CsvDelimiter = keyof typeof csvDelimiters;

const sampleRecords = 20;

/**
 * The separator a CSV's text uses: of those in the header line (outside quotes), the one that splits the first
 * lines into the same number of fields most often; more fields break a tie. A comma when the header has none.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const [header, ...rows] = firstRecords(text, sampleRecords);
  const candidates = (Object.keys(csvDelimiters) as CsvDelimiter[])
    .map((delimiter) => {
      const fields = fieldCounter(delimiter);
      const width = fields(header ?? '');
      return { delimiter, width, consistent: rows.filter((row) => fields(row) === width).length };
    })
    .filter((candidate) => candidate.width > 1);
  candidates.sort((a, b) => b.consistent - a.consistent || b.width - a.width);
  return candidates[0]?.delimiter ?? ',';
}

/** The first records of the text, split at line breaks outside quotes (a quoted cell may span lines). */
function firstRecords(text: string, count: number): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length && records.length < count; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) {
      records.push(text.slice(start, index));
      start = index + 1;
    }
  }
  if (records.length < count && start < text.length) records.push(text.slice(start));
  return records.filter((record) => record.trim() !== '');
}

function fieldCounter(delimiter: CsvDelimiter): (record: string) => number {
  return (record) => {
    let quoted = false;
    let fields = 1;
    for (const char of record) {
      if (char === '"') quoted = !quoted;
      else if (char === delimiter && !quoted) fields++;
    }
    return fields;
  };
}
