import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isChannel } from '../../shared/api/channels';
import type { Handlers } from '../handlers';
import { contentTypeOf, readRendererFile, rendererFile } from '../renderer-files';
import type { Download } from './browser-ports';
import { assertLoopback, createGuard, LOOPBACK, type Guard } from './guard';

/** The handlers for one request, with the ports that turn its saved files into downloads. */
export type HandlersFor = (downloads: Download[]) => Handlers;

/** What one API call answers: the handler's outcome, as IPC carries it, and the files it saved. */
export interface ApiReply {
  outcome: unknown;
  downloads: Download[];
}

export interface BrowserServer {
  /** The address with the token, to print and open once. */
  entryUrl: string;
  port: number;
  /** Stops taking requests, lets those under way finish, then resolves. */
  close(): Promise<void>;
}

/** Bodies above this are refused before they are read: 25 files of a few MB (the renderer sends 25 a call). */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

/**
 * The browser mode's loopback server: the renderer build as static files and the contract's channels as
 * `POST /api/<channel>`, each request checked by the guard first.
 */
export async function startBrowserServer(options: { rendererRoot: string; handlersFor: HandlersFor; host?: string; port?: number }): Promise<BrowserServer> {
  const host = options.host ?? LOOPBACK;
  assertLoopback(host);
  let guard: Guard | null = null;
  const server = createServer((request, response) => {
    if (guard === null) return void response.writeHead(503).end();
    void respond(guard, options, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, guard?.headers);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  guard = createGuard(port);
  return {
    entryUrl: guard.entryUrl,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(guard: Guard, options: { rendererRoot: string; handlersFor: HandlersFor }, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const verdict = guard.check(request);
  if (!verdict.allowed) return void response.writeHead(verdict.status, { ...guard.headers, 'content-type': 'text/plain' }).end(`Refused: ${verdict.reason}.\n`);
  const { pathname } = new URL(request.url ?? '/', 'http://x');
  if (verdict.setCookie !== null) {
    // The token leaves the address bar at once: the cookie carries it from now on.
    return void response.writeHead(303, { ...guard.headers, 'set-cookie': verdict.setCookie, location: pathname }).end();
  }
  if (pathname.startsWith('/api/')) return answerCall(guard, options.handlersFor, pathname.slice('/api/'.length), request, response);
  return serveFile(guard, options.rendererRoot, pathname, request, response);
}

async function serveFile(guard: Guard, root: string, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, guard.headers).end();
  const file = rendererFile(pathname, root);
  const body = file === null ? null : await readRendererFile(file);
  if (file === null || body === null) return void response.writeHead(404, guard.headers).end();
  response.writeHead(200, { ...guard.headers, 'content-type': contentTypeOf(file) });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function answerCall(guard: Guard, handlersFor: HandlersFor, channel: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'POST') return void response.writeHead(405, guard.headers).end();
  if (!isChannel(channel)) return void response.writeHead(404, guard.headers).end();
  if (!request.headers['content-type']?.startsWith('application/json')) return void response.writeHead(415, guard.headers).end();
  const text = await readBody(request);
  if (text === null) return void response.writeHead(413, guard.headers).end();
  let arg: unknown;
  try {
    arg = JSON.parse(text);
  } catch {
    return void response.writeHead(400, guard.headers).end();
  }
  const downloads: Download[] = [];
  // The handler parses its argument with the contract's schema, exactly as behind IPC.
  const outcome = await handlersFor(downloads)[channel](arg);
  const reply: ApiReply = { outcome, downloads };
  response.writeHead(200, { ...guard.headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(reply));
}

/** The request's body as text, or null when it is larger than the limit. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
