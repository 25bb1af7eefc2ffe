import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RESPONSE_SECURITY_HEADERS } from '../csp';

/**
 * Everything that makes the browser mode as safe as the desktop window, in one place (as `shell/window` is
 * for Electron): the server listens on the loopback interface only; every request must carry the secret
 * token of this start (once in the address printed, then in an HttpOnly SameSite=Strict cookie); a request
 * whose Host or Origin is not this server's is refused (DNS rebinding, cross-site requests); no CORS header
 * is ever sent; every response carries the desktop window's CSP.
 */

export const LOOPBACK = '127.0.0.1';

/** The only host the server listens on; anything else (0.0.0.0, a LAN address, ::) is refused. */
export function assertLoopback(host: string): void {
  if (host !== LOOPBACK) throw new Error(`Hostwise's browser mode listens on ${LOOPBACK} only, not on ${host}.`);
}

/** A secret per start: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export type Verdict =
  | { allowed: true; setCookie: string | null }
  | { allowed: false; status: 401 | 403; reason: string };

export interface Guard {
  token: string;
  /** The address to print and open: it carries the token, once. */
  entryUrl: string;
  /** Whether this request may reach the app; with the token in its query, the cookie to set. */
  check(request: Pick<IncomingMessage, 'headers' | 'url'>): Verdict;
  /** The headers every response carries. */
  headers: Readonly<Record<string, string>>;
}

export function createGuard(port: number, token = newToken()): Guard {
  const hosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  // Cookies are not kept apart by port: one name a port keeps two running servers from sharing one.
  const cookieName = `hostwise-${port}`;
  return {
    token,
    entryUrl: `http://${LOOPBACK}:${port}/?token=${token}`,
    headers: {
      ...RESPONSE_SECURITY_HEADERS,
      'cross-origin-resource-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    },
    check({ headers, url }) {
      if (!hosts.has(headers.host ?? '')) return { allowed: false, status: 403, reason: 'foreign Host' };
      if (headers.origin !== undefined && !origins.has(headers.origin)) return { allowed: false, status: 403, reason: 'foreign Origin' };
      if (sameSecret(cookieValue(headers.cookie, cookieName), token)) return { allowed: true, setCookie: null };
      if (!sameSecret(queryToken(url), token)) return { allowed: false, status: 401, reason: 'no valid token' };
      return { allowed: true, setCookie: `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/` };
    },
  };
}

function sameSecret(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function queryToken(url: string | undefined): string | null {
  return new URL(url ?? '/', 'http://x').searchParams.get('token');
}
