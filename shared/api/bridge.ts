/**
 * What the window sees of the main process beyond request/response: `window.hostwise`, as the preload
 * exposes it. No run-time imports: the sandboxed preload bundles this file and may require only `electron`.
 */
import type { ArgOf } from './contract';

/** Messages the main process pushes to the window (never requests). */
export const pushChannels = { openFiles: 'hostwise:open-files', menu: 'hostwise:menu' } as const;

export type MenuCommand = 'profile.new' | 'profiles.import' | 'profiles.export' | 'report.exportPdf';

/** Files opened with the app, read by the main process; `files` is what `import.preview` takes as is. */
export interface OpenedFiles {
  files: Extract<ArgOf<'import.preview'>, { source: 'files' }>['files'];
  refused: { name: string; message: string }[];
}

/** What the preload exposes as `window.hostwise`: functions only. */
export interface HostwiseBridge {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  /** Returns the function that stops listening. Files opened before the page listened are delivered too. */
  onOpenFiles(listener: (opened: OpenedFiles) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
