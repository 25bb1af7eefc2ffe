import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDialogs, withExtension } from '../../../electron/shell/dialogs';
import { BrowserWindow, dialog, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakes);

const profileFilters = [{ name: 'Hostwise profiles', extensions: ['hostwise', 'json'] }];
const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];

describe('withExtension', () => {
  it.each([
    ['/d/team', profileFilters, '/d/team.hostwise'],
    ['/d/team.hostwise', profileFilters, '/d/team.hostwise'],
    ['/d/team.JSON', profileFilters, '/d/team.JSON'],
    ['/d/team.txt', profileFilters, '/d/team.txt.hostwise'],
    ['/d/report', pdfFilters, '/d/report.pdf'],
    ['/d/anything', [{ name: 'All files', extensions: ['*'] }], '/d/anything'],
    ['/d/anything', [], '/d/anything'],
  ])('%s with %j → %s', (path, filters, expected) => {
    expect(withExtension(path, filters)).toBe(expected);
  });
});

describe('the dialog port', () => {
  const window = new BrowserWindow({}) as unknown as ElectronWindow;

  it('opens files, several at once, with the filters it is given, modal to the window', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/d/a.hostwise', '/d/b.json'] });
    const paths = await createDialogs(() => window).openFiles({ title: 'Import profiles', filters: profileFilters });
    expect(paths).toEqual(['/d/a.hostwise', '/d/b.json']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Import profiles',
      filters: profileFilters,
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('answers no files when cancelled, and works without a window', async () => {
    expect(await createDialogs(() => null).openFiles({ title: 'Import', filters: profileFilters })).toEqual([]);
    expect(dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });

  it('asks where to save, in the documents folder, and adds the extension the user left out', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/d/report' });
    const path = await createDialogs(() => window).saveFile({ title: 'Export PDF', defaultName: 'Report.pdf', filters: pdfFilters });
    expect(path).toBe('/d/report.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: 'Export PDF', defaultPath: '/fake/documents/Report.pdf', filters: pdfFilters }),
    );
  });

  it('asks before replacing a file the OS dialog did not confirm, because the extension was added here', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hostwise-dialogs-'));
    writeFileSync(join(folder, 'team.hostwise'), '{}');
    const dialogs = createDialogs(() => window);
    const request = { title: 'Export', defaultName: 'team.hostwise', filters: profileFilters };
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'team') });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await dialogs.saveFile(request)).toBeNull();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await dialogs.saveFile(request)).toBe(join(folder, 'team.hostwise'));
  });

  it('answers null when saving is cancelled', async () => {
    const request = { title: 'Export', defaultName: 'x.hostwise', filters: profileFilters };
    expect(await createDialogs(() => window).saveFile(request)).toBeNull();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('confirms only when the user picks the confirming button; Cancel is the default', async () => {
    const dialogs = createDialogs(() => window);
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await dialogs.confirm({ message: 'Delete 2 profiles?', confirmLabel: 'Delete' })).toBe(true);
    expect(await dialogs.confirm({ message: 'Delete 2 profiles?', confirmLabel: 'Delete' })).toBe(false);
    expect(dialog.showMessageBox).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ buttons: ['Delete', 'Cancel'], defaultId: 1, cancelId: 1 }),
    );
  });
});
