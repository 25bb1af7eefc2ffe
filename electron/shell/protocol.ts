import type { CustomScheme, Protocol } from 'electron';
import { RESPONSE_SECURITY_HEADERS } from '../csp';
import { contentTypeOf, readRendererFile, rendererFile } from '../renderer-files';
import { APP_SCHEME, isAppLocation, parseUrl } from './urls';

/**
 * Standard so relative URLs and web storage work, secure so the page is a secure context. Without
 * `corsEnabled` and `supportFetchAPI` no other origin can read the app's files; the renderer's module
 * scripts are same-origin and need neither.
 */
export const appScheme: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true } };

/**
 * The file an `app://hostwise/…` URL names inside the renderer build, or null for any other host or
 * scheme and for anything that could leave the folder (dot segments, encoded separators, backslashes).
 */
export function resolveAppRequest(url: string, rendererRoot: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || !isAppLocation(parsed)) return null;
  return rendererFile(parsed.pathname, rendererRoot);
}

function refusal(status: 404 | 405): Response {
  return new Response(null, { status, headers: RESPONSE_SECURITY_HEADERS });
}

/** The `protocol.handle` handler: serves the renderer build read-only, every response with the strict CSP. */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const file = resolveAppRequest(request.url, rendererRoot);
    const body = file === null ? null : await readRendererFile(file);
    if (file === null || body === null) return refusal(404);
    const headers = { ...RESPONSE_SECURITY_HEADERS, 'content-type': contentTypeOf(file) };
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
