import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../electron/csp';
import {
  appScheme,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppRequest,
  serveRenderer,
} from '../../../electron/shell/protocol';
import { protocol, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let root: string;

beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), 'hostwise-protocol-'));
  root = join(folder, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hostwise</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(folder, 'secret.txt'), 'outside the renderer');
});

beforeEach(resetFakes);

describe('resolveAppRequest', () => {
  it.each([
    ['app://hostwise/', 'index.html'],
    ['app://hostwise/index.html', 'index.html'],
    ['app://hostwise/index.html?ids=1#/report', 'index.html'],
    ['app://hostwise/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://hostwise/fonts/Inter%20Regular.woff2', 'fonts/Inter Regular.woff2'],
    // Dot segments, even encoded ones, are resolved by the URL parser before the path is read: they stay inside.
    ['app://hostwise/%2e%2e/%2E%2e/secret.txt', 'secret.txt'],
    ['app://hostwise/assets/../index.html', 'index.html'],
    // Decoded once only: a double-encoded dot is a file name, not a way out.
    ['app://hostwise/%252e%252e/secret.txt', '%2e%2e/secret.txt'],
  ])('serves %s from the renderer build', (url, file) => {
    expect(resolveAppRequest(url, root)).toBe(join(root, file));
  });

  it.each([
    'app://hostwise/..%2fsecret.txt',
    'app://hostwise/%2e%2e%2fsecret.txt',
    'app://hostwise/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://hostwise/..%5csecret.txt',
    'app://hostwise/..\\secret.txt',
    'app://hostwise/assets\\..\\..\\secret.txt',
    'app://hostwise//etc/passwd',
    'app://hostwise/%2Fetc%2Fpasswd',
    'app://hostwise/C:%5CWindows%5Cwin.ini',
    'app://hostwise/C:/Windows/win.ini',
    'app://hostwise/%5C%5Cserver%5Cshare',
    'app://hostwise/index.html%00.png',
    'app://hostwise/index.html::$DATA',
    'app://hostwise/%E0%A4%A',
    'app://hostwise/assets/',
    'app://evil/index.html',
    'app://hostwise.evil/index.html',
    'app://evil.hostwise/index.html',
    'app://hostwise:8080/index.html',
    'app://user:pw@hostwise/index.html',
    'app://HOSTWISE/index.html',
    'app:///etc/passwd',
    'app:/etc/passwd',
    'file:///etc/passwd',
    'https://hostwise/index.html',
    'http://localhost/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('never resolves outside the renderer build, whatever the path', () => {
    const piece = fc.constantFrom('..', '.', '/', '\\', '%2e', '%2E', '%2f', '%2F', '%5c', '%25', '%00', ':', 'a', 'etc', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const file = resolveAppRequest(`app://hostwise/${pieces.join('')}`, root);
        return file === null || file.startsWith(root + sep);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the app:// protocol handler', () => {
  const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

  it('serves files with their type, the strict CSP and nosniff', async () => {
    const page = await get('app://hostwise/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Hostwise</title>');

    const script = await get('app://hostwise/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['app://hostwise/..%2fsecret.txt', 'app://hostwise/missing.js', 'app://hostwise/assets', 'app://evil/index.html'])(
    'answers 404 to %s, still with the CSP',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://hostwise/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://hostwise/index.html', 'POST')).status).toBe(405);
  });
});

describe('the app scheme', () => {
  it('is registered standard and secure, with no privilege that would open it to other origins or bypass the CSP', () => {
    registerAppScheme(protocol);
    expect(protocol.privileged).toEqual([appScheme]);
    expect(appScheme).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('is served by the handler from the renderer build', async () => {
    serveRenderer(protocol, root);
    const response = await protocol.handlers.get('app')!(new Request('app://hostwise/'));
    expect(response.status).toBe(200);
  });
});
