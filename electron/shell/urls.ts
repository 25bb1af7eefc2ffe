/**
 * The app's own origin. Compare protocol and host, never `origin`: in Node, `new URL('app://x/y').origin`
 * is "null" because `app:` is not a special scheme there.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hostwise';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for `app://hostwise/…` exactly: no other host, no port, no credentials. */
export function isAppLocation(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppLocation(parsed);
}
