import type { ReportRequest } from '../shared/api/report-address';

/**
 * How the main-process services reach the OS. The Electron shell provides real implementations; tests and
 * the e2e harness provide their own, so everything but the shell runs in plain Node.
 */

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogPort {
  /** Paths the user chose to open; empty when cancelled. */
  openFiles(options: { title: string; filters: FileFilter[] }): Promise<string[]>;
  /** The path the user chose to save to; null when cancelled. */
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface FilePort {
  /** Refuses a file larger than maxBytes before reading it, with the coded error `file-too-large`. */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Replaces the file atomically (temp file, fsync, rename). */
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

export interface PrinterPort {
  /** Prints the report view (of the given profiles, or the portfolio summary) to PDF bytes. */
  printReport(request: ReportRequest): Promise<Uint8Array>;
}
