import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from './csp';
import { APP_SCHEME, isAppLocation, parseUrl } from './urls';

/**
 * Standard so relative URLs and web storage work, secure so the page is a secure context. Without
 * `corsEnabled` and `supportFetchAPI` no other origin can read the app's files; the renderer's module
 * scripts are same-origin and need neither.
 */
export const appScheme: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true } };

const INDEX = 'index.html';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
};

/** Characters no file name of the renderer build contains, and that could change what a segment means. */
const FORBIDDEN_IN_SEGMENT = /[/\\:\p{Cc}]/u;

/** Decoded path segments, or null when any is empty, a dot segment or carries a separator once decoded. */
function pathSegments(pathname: string): string[] | null {
  if (pathname === '/') return [INDEX];
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, file: string): boolean {
  const path = relative(root, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/**
 * The file an `app://hostwise/…` URL names inside the renderer build, or null for any other host or
 * scheme and for anything that could leave the folder (dot segments, encoded separators, backslashes).
 */
export function resolveAppRequest(url: string, rendererRoot: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || !isAppLocation(parsed)) return null;
  const segments = pathSegments(parsed.pathname);
  if (segments === null) return null;
  const root = resolve(rendererRoot);
  const file = join(root, ...segments);
  // The segment rules already keep the path inside; this states the invariant where the file is read.
  return isInside(root, file) ? file : null;
}

function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function refusal(status: 404 | 405): Response {
  return new Response(null, { status, headers: securityHeaders });
}

/** The `protocol.handle` handler: serves the renderer build read-only, every response with the strict CSP. */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const file = resolveAppRequest(request.url, rendererRoot);
    const body = file === null ? null : await readFile(file).catch(() => null);
    if (file === null || body === null) return refusal(404);
    const headers = { ...securityHeaders, 'content-type': contentTypeOf(file) };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appScheme]);
}

/** Must run once the app is ready, on the session the windows use (the default one). */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}
