import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { DialogPort, FileFilter } from '../ports';

export interface ConfirmRequest {
  message: string;
  detail?: string;
  /** The label of the button that says yes, e.g. "Replace". */
  confirmLabel: string;
}

/** The dialog port with Electron's native dialogs, plus a yes/no question. */
export type ShellDialogs = DialogPort & { confirm(request: ConfirmRequest): Promise<boolean> };

/** The path itself when it ends in an extension of the filters, else the path with their first one. */
export function withExtension(path: string, filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions).filter((extension) => extension !== '*');
  const lower = path.toLowerCase();
  const [first] = extensions;
  const hasOne = extensions.some((extension) => lower.endsWith(`.${extension.toLowerCase()}`));
  return first === undefined || hasOne ? path : `${path}.${first}`;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Dialogs are modal to the window `parent` returns, when there is one. */
export function createDialogs(parent: () => BrowserWindow | null): ShellDialogs {
  const confirm = async ({ message, detail, confirmLabel }: ConfirmRequest) => {
    const buttons = [confirmLabel, 'Cancel'];
    const options = { type: 'question' as const, buttons, defaultId: 1, cancelId: 1, message, detail };
    const window = parent();
    const { response } = await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    return response === 0;
  };

  const openFiles: DialogPort['openFiles'] = async ({ title, filters }) => {
    const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] };
    const window = parent();
    const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    return result.canceled ? [] : result.filePaths;
  };

  // The OS adds the extension on Windows and macOS only; when it is added here, a file of that name
  // has not been confirmed for overwriting yet.
  const saveFile: DialogPort['saveFile'] = async ({ title, defaultName, filters }) => {
    const options = {
      title,
      filters,
      defaultPath: join(app.getPath('documents'), defaultName),
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const window = parent();
    const { canceled, filePath } = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    if (canceled || !filePath) return null;
    const path = withExtension(filePath, filters);
    if (path === filePath || !(await exists(path))) return path;
    const replace = await confirm({
      message: `Replace “${basename(path)}”?`,
      detail: 'A file with this name already exists.',
      confirmLabel: 'Replace',
    });
    return replace ? path : null;
  };

  return { openFiles, saveFile, confirm };
}
