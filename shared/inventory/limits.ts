/** What an inventory file may be, checked before and while it is unzipped and parsed. */
export const inventoryLimits = {
  /** The file itself (compressed, for a workbook). */
  maxFileBytes: 50 * 1024 * 1024,
  /** All entries of a workbook, unzipped. */
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxZipEntries: 10_000,
  /** Unzipped size over compressed size, per entry: far beyond what XML reaches (~10–30). */
  maxCompressionRatio: 200,
  /** Excel's own limit on a cell's text. */
  maxCellLength: 32_767,
  /** A CSV row's characters: a longer cell is cut to maxCellLength, a longer row refused. */
  maxCsvRecordLength: 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 1_000,
} as const;
