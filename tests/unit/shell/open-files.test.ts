import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { pushChannels } from '../../../electron/shell/bridge';
import {
  createFileForwarder,
  fileArguments,
  filesFromInstanceData,
  readOpenedFiles,
} from '../../../electron/shell/open-files';
import { FakeWebContents } from './fake-electron';

describe('fileArguments', () => {
  it('takes the profile files after the executable (packaged) or after the app folder (unpackaged)', () => {
    expect(fileArguments(['/opt/Hostwise/hostwise', 'a.hostwise', 'B.JSON'], true, '/home/u')).toEqual([
      '/home/u/a.hostwise',
      '/home/u/B.JSON',
    ]);
    expect(fileArguments(['/usr/bin/electron', '.', 'team/c.hostwise'], false, '/work')).toEqual(['/work/team/c.hostwise']);
  });

  it('ignores switches, other files and the app folder itself', () => {
    const argv = ['/opt/hostwise', '--no-sandbox', '--inspect=x.json', 'notes.txt', 'evaluate', '/abs/d.hostwise'];
    expect(fileArguments(argv, true, '/home/u')).toEqual(['/abs/d.hostwise']);
  });
});

describe('filesFromInstanceData', () => {
  it('keeps absolute profile paths only', () => {
    expect(filesFromInstanceData({ files: ['/a/x.hostwise', 'relative.hostwise', '/a/y.exe', 3, '/b/z.json'] })).toEqual([
      '/a/x.hostwise',
      '/b/z.json',
    ]);
  });

  it.each([undefined, null, 'files', 42, [], {}, { files: 'x.hostwise' }, { files: null }])('ignores %j', (data) => {
    expect(filesFromInstanceData(data)).toEqual([]);
  });
});

describe('readOpenedFiles', () => {
  const folder = mkdtempSync(join(tmpdir(), 'hostwise-open-'));
  const file = (name: string, content: string | Uint8Array = '{"version":1}') => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const base64 = (content: string | Uint8Array) => Buffer.from(content).toString('base64');

  it('reads profile files and lists the ones it cannot read, with the reason', async () => {
    const big = file('big.hostwise', '');
    truncateSync(big, 5 * 1024 * 1024 + 1);
    mkdirSync(join(folder, 'folder.json'));
    const opened = await readOpenedFiles([file('ok.hostwise'), big, join(folder, 'folder.json'), join(folder, 'gone.json')]);
    expect(opened.files).toEqual([{ name: 'ok.hostwise', base64: base64('{"version":1}') }]);
    expect(opened.refused.map(({ name }) => name)).toEqual(['big.hostwise', 'folder.json', 'gone.json']);
    expect(opened.refused.every(({ message }) => message.length > 0)).toBe(true);
  });

  it('passes the bytes on unchanged, for the profile-file parser to judge', async () => {
    const latin1 = Uint8Array.of(0x7b, 0xe9, 0x7d);
    const opened = await readOpenedFiles([file('latin1.json', latin1)]);
    expect(opened.files).toEqual([{ name: 'latin1.json', base64: base64(latin1) }]);
  });

  it('reads at most 100 files at once', async () => {
    const path = file('one.json');
    const opened = await readOpenedFiles(Array.from({ length: 101 }, () => path));
    expect([opened.files.length, opened.refused.length]).toEqual([100, 1]);
  });
});

describe('the file forwarder', () => {
  const opened = (paths: readonly string[]) =>
    Promise.resolve({ files: paths.map((path) => ({ name: path, base64: '' })), refused: [] });

  it('holds files until the page has loaded, then sends them once', async () => {
    const read = vi.fn(opened);
    const forwarder = createFileForwarder(read);
    const contents = new FakeWebContents();
    forwarder.add(['/a.hostwise']);
    forwarder.attach(contents as unknown as WebContents);
    expect(read).not.toHaveBeenCalled();
    contents.emit('did-finish-load');
    forwarder.add(['/b.hostwise']);
    await vi.waitFor(() => expect(contents.sent).toHaveLength(2));
    expect(contents.sent).toEqual([
      [pushChannels.openFiles, { files: [{ name: '/a.hostwise', base64: '' }], refused: [] }],
      [pushChannels.openFiles, { files: [{ name: '/b.hostwise', base64: '' }], refused: [] }],
    ]);
  });

  it('sends nothing to a window that is gone, and keeps files for the next one', async () => {
    const forwarder = createFileForwarder(opened);
    const first = new FakeWebContents();
    forwarder.attach(first as unknown as WebContents);
    first.emit('did-finish-load');
    first.emit('destroyed');
    forwarder.add(['/c.json']);
    const second = new FakeWebContents();
    forwarder.attach(second as unknown as WebContents);
    second.emit('did-finish-load');
    await vi.waitFor(() => expect(second.sent).toHaveLength(1));
    expect(first.sent).toEqual([]);
  });
});
