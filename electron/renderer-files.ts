import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The renderer build as both transports serve it (Electron's `app://` protocol and the browser mode's
 * loopback server): which file a URL path names, read-only, and with which content type.
 */
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
 * The file a URL's path (`/assets/index.js`, `/` for the index) names inside the renderer build, or null for
 * anything that could leave the folder (dot segments, encoded separators, backslashes).
 */
export function rendererFile(pathname: string, rendererRoot: string): string | null {
  const segments = pathSegments(pathname);
  if (segments === null) return null;
  const root = resolve(rendererRoot);
  const file = join(root, ...segments);
  // The segment rules already keep the path inside; this states the invariant where the file is read.
  return isInside(root, file) ? file : null;
}

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file's bytes, or null when it cannot be read (missing, a folder). */
export function readRendererFile(file: string): Promise<Buffer | null> {
  return readFile(file).catch(() => null);
}
