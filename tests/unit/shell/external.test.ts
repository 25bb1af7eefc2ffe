import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isExternalWebUrl, openExternalSafely } from '../../../electron/shell/external';
import { resetFakes, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakes);

describe('opening links outside the app', () => {
  it.each(['https://example.com/', 'http://example.com/docs?q=1#top', 'HTTPS://EXAMPLE.COM/'])('opens %s', async (url) => {
    expect(isExternalWebUrl(url)).toBe(true);
    expect(await openExternalSafely(url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://hostwise/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>alert(1)</script>',
    'https://user:secret@example.com/',
    '//example.com/',
    'not a url',
    '',
  ])('refuses %s', async (url) => {
    expect(isExternalWebUrl(url)).toBe(false);
    expect(await openExternalSafely(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('resolves false when the OS has no handler, instead of rejecting', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no handler'));
    expect(await openExternalSafely('https://example.com/')).toBe(false);
  });
});
