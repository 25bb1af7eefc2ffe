/**
 * What a reader hands the import: a sheet (or a CSV file) as text cells, with positions for messages.
 * Every cell is untrusted text: no formula is evaluated, no type is guessed.
 */
export interface Table {
  /** The sheet's name, or the CSV file's name. */
  sheet: string;
  headers: string[];
  /** The header row's number (1-based), so data rows keep the numbers a spreadsheet shows. */
  headerRow: number;
  rows: TableRow[];
  /** A CSV's field separator when not a comma, as a person names it: "semicolon". */
  separator?: string;
}

export interface TableRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  /** Aligned with the headers; a missing cell is ''. */
  values: string[];
  /** Cells the reader cut to the cell limit, by 0-based column: the length the file holds. */
  clipped?: Readonly<Record<number, number>>;
}

/** Something the reader noticed in a cell but could read past: a formula's cached value, a control character. */
export interface CellNotice {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "vInfo row 12, column C ('Memory')": where a message points. */
export function position(sheet: string, row: number, column: number, header?: string): string {
  return `${sheet} ${cellPosition(row, column, header)}`;
}

/** "row 12, column C ('Memory')": a cell of a CSV, whose file name the message's reader already shows. */
export function cellPosition(row: number, column: number, header?: string): string {
  const named = header === undefined ? '' : ` ('${header}')`;
  return `row ${row}, column ${columnLetters(column)}${named}`;
}
