import { CodedError } from '../../shared/api/errors';
import type { DialogPort, FilePort, PrinterPort } from '../ports';

/** A file a handler saved, on its way to the browser as a download. */
export interface Download {
  name: string;
  base64: string;
}

/**
 * The ports of the native dialogs, for one request from the browser: "save as" names the file, and the
 * file is written into the response as a download; opening files is the page's upload (`import.preview`
 * with `source: 'files'`), and the PDF is the browser's own Print of the report view.
 */
export function browserPorts(downloads: Download[]): { dialogs: DialogPort; files: FilePort; printer: PrinterPort } {
  return {
    dialogs: {
      openFiles: () => Promise.reject(notInBrowser('browser-uploads', 'In the browser, choose files with the page’s upload.')),
      saveFile: async ({ defaultName }) => defaultName,
    },
    files: {
      readFile: () => Promise.reject(notInBrowser('browser-uploads', 'In the browser, Hostwise reads only the files you upload.')),
      async writeFile(name, data) {
        downloads.push({ name, base64: Buffer.from(data).toString('base64') });
      },
    },
    printer: {
      printReport: () => Promise.reject(notInBrowser('browser-prints', 'In the browser, the report opens in a tab: print it to PDF there.')),
    },
  };
}

function notInBrowser(code: 'browser-uploads' | 'browser-prints', message: string): CodedError {
  return new CodedError({ code, message });
}
