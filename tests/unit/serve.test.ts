import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderRedirect, requestTarget, staysOnSite } from '#lib/deploy/serve-paths.ts';

// npm run serve (scripts/serve.ts) as a stranger would try it: from another address, and with
// request paths shaped to make it redirect to another host.
const PROJECT = join(import.meta.dirname, '../..');
const servers: ChildProcess[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site in small: a home page, a folder page and the 404 page. */
function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'gsql-serve-'));
  folders.push(dist);
  mkdirSync(join(dist, 'tim-kiem'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Trang chủ</title><a href="/tim-kiem/">Tìm kiếm</a>');
  writeFileSync(join(dist, 'tim-kiem/index.html'), '<!doctype html><title>Tìm kiếm</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>Không tìm thấy trang</title><a href="/">Trang chủ</a>');
  return dist;
}

async function serve(env: Record<string, string> = {}): Promise<{ port: number; address: string }> {
  const server = spawn(process.execPath, [join(PROJECT, 'scripts/serve.ts'), site(), '0'], {
    env: { ...process.env, HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(server);
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/(\S+):(\d+)\//.exec(out);
      if (match) resolve({ address: match[1]!, port: Number(match[2]) });
    });
    server.on('exit', (code) => reject(new Error(`serve stopped (${code}): ${out}`)));
  });
}

/** One request exactly as written on the wire: fetch() would tidy the path before sending it. */
function raw(port: number, target: string, host = '127.0.0.1'): Promise<{ status: number; location: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]), location: /\r\nlocation: ([^\r]*)/i.exec(head)?.[1], body });
    });
  });
}

const HOSTILE = [
  '//evil.example/',
  '//evil.example',
  '///evil.example/',
  '/\\evil.example/',
  '/\\\\evil.example',
  '/%2F%2Fevil.example',
  '/%2f%2fevil.example/',
  '/%5Cevil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/%2e//evil.example',
  '/%2E%2E//evil.example',
  '/tim-kiem/..//evil.example',
  '/.//tim-kiem',
  '/./\\tim-kiem',
  '//tim-kiem',
  '/\\tim-kiem',
  '/%2e%2e//tim-kiem',
  '/.%2e//tim-kiem',
  '/.//tim-kiem?//evil.example',
  '/tim-kiem?/\\evil.example',
];

describe('npm run serve', () => {
  it('listens on this computer only unless HOST says otherwise', async () => {
    const local = await serve();
    expect(local.address).toBe('127.0.0.1');
    expect((await raw(local.port, '/')).status).toBe(200);
    // 127.0.0.2 is this computer too, but not the address the server is bound to.
    await expect(raw(local.port, '/', '127.0.0.2')).rejects.toThrow(/ECONNREFUSED/);

    const shared = await serve({ HOST: '0.0.0.0' });
    expect(shared.address).toBe('0.0.0.0');
    expect((await raw(shared.port, '/', '127.0.0.2')).status).toBe(200);
  });

  it('redirects a folder address to its slash-ended form on the same site, whatever the path looks like', async () => {
    const { port } = await serve();
    expect(await raw(port, '/tim-kiem')).toMatchObject({ status: 301, location: '/tim-kiem/' });
    expect(await raw(port, '/tim-kiem?q=nong+thon')).toMatchObject({ status: 301, location: '/tim-kiem/?q=nong+thon' });
    expect(await raw(port, '/.//tim-kiem')).toMatchObject({ status: 301, location: '/tim-kiem/' });
    for (const target of HOSTILE) {
      const response = await raw(port, target);
      expect(response.status, target).toBeGreaterThanOrEqual(200);
      if (response.location !== undefined) {
        expect(staysOnSite(response.location), `${target} → ${response.location}`).toBe(true);
        expect(new URL(response.location, `http://127.0.0.1:${port}/`).host, target).toBe(`127.0.0.1:${port}`);
      }
      expect(response.body, target).not.toContain('evil.example');
    }
  });
});

describe('serve paths', () => {
  it('reads a request target as a path on this site', () => {
    expect(requestTarget('//evil.example/x')).toEqual({ pathname: '//evil.example/x', search: '' });
    expect(requestTarget('/a/%2e%2e/b?c')).toEqual({ pathname: '/b', search: '?c' });
    expect(requestTarget('http://evil.example/')).toBeUndefined();
    expect(requestTarget('*')).toBeUndefined();
  });

  it('never builds a Location that leaves the site', () => {
    const everyFolder = () => true;
    for (const target of HOSTILE) {
      const location = folderRedirect(requestTarget(target)!, everyFolder);
      if (location) expect(staysOnSite(location), `${target} → ${location}`).toBe(true);
    }
    expect(folderRedirect(requestTarget('/.//tim-kiem')!, everyFolder)).toBe('/tim-kiem/');
    expect(staysOnSite('//evil.example/')).toBe(false);
    expect(staysOnSite('/\\evil.example/')).toBe(false);
    expect(staysOnSite('/tim-kiem/')).toBe(true);
  });
});
