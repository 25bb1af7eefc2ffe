import { shell } from 'electron';
import { parseUrl } from './urls';

/** Only web links leave the app: never file:, javascript:, custom schemes or links with credentials. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The one place the app calls `shell.openExternal`. Resolves whether the link was handed to the OS. */
export function openExternalSafely(url: string): Promise<boolean> {
  if (!isExternalWebUrl(url)) return Promise.resolve(false);
  return shell.openExternal(url).then(
    () => true,
    () => false,
  );
}
