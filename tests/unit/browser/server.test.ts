import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../../../electron/browser/mode';
import { parseProfileFile } from '../../../shared/profile-file';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test sets every header a browser or an attacker's page could send. */
function send(url: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const example = async () => {
  const parsed = parseProfileFile(await readFile('assets/examples/legacy-windows-erp.hostwise'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.profiles[0]!;
};

/** Every file of the data folder with its size and modification time: "nothing written" is this, unchanged. */
async function snapshot(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (name) => `${name} ${(await stat(join(dir, name))).size} ${(await stat(join(dir, name))).mtimeMs}`));
}

let dataFolder = '';
let rendererRoot = '';
let mode: BrowserMode;
let base = '';
let token = '';
let cookie = '';

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'hostwise-browser-data-'));
  rendererRoot = await mkdtemp(join(tmpdir(), 'hostwise-browser-renderer-'));
  await writeFile(join(rendererRoot, 'index.html'), '<!doctype html><title>Hostwise</title>');
  mode = await startBrowserMode({ dataFolder, rendererRoot });
  const entry = new URL(mode.entryUrl);
  base = entry.origin;
  token = entry.searchParams.get('token') ?? '';
  cookie = `hostwise-${entry.port}=${token}`;
});

afterEach(async () => {
  await mode.stop();
  await rm(dataFolder, { recursive: true, force: true });
  await rm(rendererRoot, { recursive: true, force: true });
});

const json = { 'content-type': 'application/json' };
const save = async (headers: Record<string, string>) => send(`${base}/api/profiles.save`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ profile: await example() }) });
const listProfiles = async () => JSON.parse((await send(`${base}/api/profiles.list`, { method: 'POST', headers: { ...json, cookie }, body: 'null' })).body) as { outcome: { ok: true; value: unknown[] } };

describe('the browser mode server', () => {
  it('listens on 127.0.0.1 and gives the token once in the address, then as an HttpOnly SameSite=Strict cookie', async () => {
    expect(new URL(mode.entryUrl).hostname).toBe('127.0.0.1');
    expect(token).toMatch(/^[\w-]{43}$/);
    const entry = await send(mode.entryUrl);
    expect(entry.status).toBe(303);
    expect(entry.headers.location).toBe('/');
    expect(entry.headers['set-cookie']).toEqual([`${cookie}; HttpOnly; SameSite=Strict; Path=/`]);
    const page = await send(`${base}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Hostwise</title>');
  });

  it('answers with the desktop window’s CSP and never with CORS headers', async () => {
    const { CONTENT_SECURITY_POLICY_HEADER } = await import('../../../electron/csp');
    for (const reply of [await send(`${base}/`, { headers: { cookie } }), await send(`${base}/`), await save({ cookie })]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('saves through the same handlers as IPC with the token', async () => {
    const reply = await save({ cookie, origin: base });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ outcome: { ok: true }, downloads: [] });
    expect((await listProfiles()).outcome.value).toHaveLength(1);
  });

  /** Each attack's headers, given this start's cookie name, token and port. */
  const attacks: [string, (name: string, token: string, port: string) => Record<string, string>, number][] = [
    ['no token', () => ({}), 401],
    ['a wrong token', (name) => ({ cookie: `${name}=wrong` }), 401],
    ['a wrong token of the right length', (name, token) => ({ cookie: `${name}=${'A'.repeat(token.length)}` }), 401],
    ['a wrong token in the address', () => ({}), 401],
    ['a foreign Host (DNS rebinding)', (name, token, port) => ({ cookie: `${name}=${token}`, host: `attacker.example:${port}` }), 403],
    ['a foreign Origin (a cross-site request)', (name, token) => ({ cookie: `${name}=${token}`, origin: 'http://attacker.example' }), 403],
    ['this host on another port as Origin', (name, token) => ({ cookie: `${name}=${token}`, origin: 'http://127.0.0.1:1' }), 403],
  ];

  it.each(attacks)('refuses a request with %s, and writes nothing', async (attack, headersOf, status) => {
    const { port } = new URL(base);
    const headers = headersOf(`hostwise-${port}`, token, port);
    const query = attack.includes('address') ? '?token=wrong' : '';
    const before = await snapshot(dataFolder);
    const page = await send(`${base}/${query}`, { headers });
    const call = await save(headers);
    expect([page.status, call.status]).toEqual([status, status]);
    expect(await snapshot(dataFolder)).toEqual(before);
    expect((await listProfiles()).outcome.value).toEqual([]);
  });

  it('validates arguments as IPC does: a bad profile is refused and nothing is written', async () => {
    const before = await snapshot(dataFolder);
    const reply = await send(`${base}/api/profiles.save`, { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ profile: { id: 1 } }) });
    expect(JSON.parse(reply.body)).toMatchObject({ outcome: { ok: false } });
    expect(await snapshot(dataFolder)).toEqual(before);
  });

  it('turns a saved file into a download, not a file on the server', async () => {
    const profile = await example();
    await save({ cookie });
    const reply = await send(`${base}/api/export.profiles`, { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ ids: [profile.id] }) });
    const { outcome, downloads } = JSON.parse(reply.body) as { outcome: unknown; downloads: { name: string; base64: string }[] };
    expect(outcome).toEqual({ ok: true, value: { saved: true, path: `${profile.name.replace(/[^\p{L}\p{N} ._-]+/gu, '-')}.hostwise` } });
    const file = parseProfileFile(Buffer.from(downloads[0]!.base64, 'base64'));
    expect(file.ok && file.profiles.map((p) => p.id)).toEqual([profile.id]);
  });

  it('keeps every acknowledged save when stopped', async () => {
    await save({ cookie });
    await mode.stop();
    mode = await startBrowserMode({ dataFolder, rendererRoot });
    const entry = new URL(mode.entryUrl);
    const reply = await send(`${entry.origin}/api/profiles.list`, { method: 'POST', headers: { ...json, cookie: `hostwise-${entry.port}=${entry.searchParams.get('token')}` }, body: 'null' });
    expect(JSON.parse(reply.body).outcome.value).toHaveLength(1);
  });
});

describe('binding', () => {
  it.each(['0.0.0.0', '::', '192.168.1.10', 'localhost'])('refuses to listen on %s, and releases the store', async (host) => {
    const folder = await mkdtemp(join(tmpdir(), 'hostwise-browser-bind-'));
    try {
      await expect(startBrowserMode({ dataFolder: folder, rendererRoot: '/nonexistent', host })).rejects.toThrow(/127\.0\.0\.1 only/);
      const again = await startBrowserMode({ dataFolder: folder, rendererRoot: '/nonexistent' });
      await again.stop();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
