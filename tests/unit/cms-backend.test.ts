import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPathText } from '#lib/authoring/cms-guard.ts';

// The web editor's backend (npm run cms) as a hostile page would call it: the same POST
// /api/v1 {action, params} requests Decap sends, aimed outside content/, from another origin or
// through another host name. The real server runs on a free port over a small project folder.
const PROJECT = join(import.meta.dirname, '../..');
let root: string;
let outside: string;
let cms: ChildProcess;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gsql-cms-backend-'));
  outside = mkdtempSync(join(tmpdir(), 'gsql-cms-outside-'));
  mkdirSync(join(root, 'content/exemplars'), { recursive: true });
  mkdirSync(join(root, 'content/images'), { recursive: true });
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'scripts'));
  writeFileSync(join(root, 'content/exemplars/bai-mau.mdx'), '---\ntitle: Bài mẫu\n---\nNội dung.\n');
  writeFileSync(join(root, 'content/images/anh.jpg'), 'ảnh');
  writeFileSync(join(root, 'src/keep.ts'), 'export const keep = 1;\n');
  writeFileSync(join(root, 'scripts/keep.ts'), 'console.log(1);\n');
  writeFileSync(join(outside, 'secret.txt'), 'bí mật');
  // Links an editor's folder might hold, leading out of content/.
  symlinkSync(join(root, 'src'), join(root, 'content/link-to-src'));
  symlinkSync(outside, join(root, 'content/link-outside'));
  symlinkSync(join(root, 'src/keep.ts'), join(root, 'content/exemplars/link-file.mdx'));

  cms = spawn(process.execPath, [join(PROJECT, 'scripts/cms.ts'), root], {
    cwd: PROJECT,
    env: { ...process.env, CMS_PORT: '0', CMS_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    cms.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/admin\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    cms.on('exit', (code) => reject(new Error(`npm run cms stopped (${code}): ${out}`)));
  });
}, 60_000);

afterAll(() => {
  cms?.kill();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

interface Call {
  body?: unknown;
  method?: string;
  path?: string;
  host?: string;
  origin?: string | null;
  type?: string;
}

function call({ body, method = 'POST', path = '/api/v1', host, origin, type = 'application/json' }: Call) {
  const payload = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { Host: host ?? `127.0.0.1:${port}`, 'Content-Type': type };
  const sentOrigin = origin === undefined ? `http://127.0.0.1:${port}` : origin;
  if (sentOrigin !== null) headers.Origin = sentOrigin;
  // The reply is whatever decap-server sends (an object, a list); each test reads the field it checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string; json: () => any }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Every file and link under a folder, with what it holds, links not followed. */
function snapshot(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) found[path] = `-> ${readlinkSync(path)}`;
      else if (stat.isDirectory()) walk(path);
      else found[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return found;
}

const options = { commitMessage: 'x' };
const media = (path: string) => ({
  action: 'persistMedia',
  params: { branch: 'main', asset: { path, content: Buffer.from('hostile').toString('base64'), encoding: 'base64' }, options },
});
const entry = (path: string, extra: Record<string, unknown> = {}) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    entry: { slug: 'x', path, raw: 'hostile', ...extra },
    assets: [],
    options: { ...options, useWorkflow: false, status: 'draft' },
  },
});

const TRAVERSALS = [
  'src/cms-wrote-here.txt',
  'scripts/cms-wrote.ts',
  'cms-wrote.txt',
  '../cms-wrote.txt',
  'content/../src/cms-wrote.txt',
  'content/images/../../scripts/cms-wrote.ts',
  'content/%2e%2e/src/cms-wrote.txt',
  'content/%2E%2E%2Fsrc%2Fcms-wrote.txt',
  'content%2f..%2fsrc%2fcms-wrote.txt',
  'content\\..\\src\\cms-wrote.txt',
  'content/images\\..\\..\\src\\cms-wrote.txt',
  'content/./images/../../src/cms-wrote.txt',
  'content//images/cms-wrote.txt',
  '/tmp/cms-wrote.txt',
  'C:/cms-wrote.txt',
  'Content/images/cms-wrote.txt',
  'content',
  'content/images/cms-wrote\u0000.txt',
  'content/link-to-src/cms-wrote.txt',
  'content/link-outside/cms-wrote.txt',
  'content/exemplars/link-file.mdx',
];

describe('the web editor backend refuses what a hostile page would send', () => {
  it('writes nothing outside content/, whatever the path looks like', async () => {
    const before = { root: snapshot(root), outside: snapshot(outside) };
    for (const path of [...TRAVERSALS, join(root, 'src/cms-wrote.txt')]) {
      for (const body of [media(path), entry(path), entry('content/exemplars/bai-mau.mdx', { newPath: path })]) {
        const response = await call({ body });
        expect(response.status, `${path}: ${response.text}`).toBeGreaterThanOrEqual(400);
        expect(response.json().error, path).toMatch(/Từ chối|không hợp lệ/);
      }
    }
    // An asset beside a valid entry is refused with it: the entry is not written either.
    const withAsset = entry('content/exemplars/moi.mdx');
    (withAsset.params as { assets: unknown[] }).assets = [{ path: 'src/cms-wrote.png', content: 'aGk=', encoding: 'base64' }];
    expect((await call({ body: withAsset })).status).toBe(403);
    expect({ root: snapshot(root), outside: snapshot(outside) }).toEqual(before);
    expect(existsSync(join(root, 'src/cms-wrote-here.txt'))).toBe(false);
  });

  it('deletes nothing outside content/, and nothing at all when one path of a batch is outside', async () => {
    const before = snapshot(root);
    for (const path of [
      'src/keep.ts',
      'content/../src/keep.ts',
      'content/link-to-src/keep.ts',
      'content\\..\\src\\keep.ts',
      'content/%2e%2e/src/keep.ts',
    ]) {
      const one = await call({ body: { action: 'deleteFile', params: { branch: 'main', path, options } } });
      expect(one.status, path).toBe(403);
    }
    const batch = await call({
      body: { action: 'deleteFiles', params: { branch: 'main', paths: ['content/exemplars/bai-mau.mdx', 'scripts/keep.ts'], options } },
    });
    expect(batch.status).toBe(403);
    expect(batch.json().error).toContain('scripts/keep.ts');
    expect(snapshot(root)).toEqual(before);
  });

  it('reads nothing outside content/', async () => {
    for (const body of [
      { action: 'getEntry', params: { branch: 'main', path: 'src/keep.ts' } },
      { action: 'getMediaFile', params: { branch: 'main', path: 'content/link-outside/secret.txt' } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'src', extension: 'ts', depth: 1 } },
      {
        action: 'entriesByFiles',
        params: { branch: 'main', files: [{ path: 'content/exemplars/bai-mau.mdx' }, { path: 'scripts/keep.ts' }] },
      },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/link-outside' } },
    ]) {
      const response = await call({ body });
      expect(response.status, JSON.stringify(body)).toBe(403);
      expect(response.text).not.toMatch(/export const keep|console\.log/);
      expect(response.text).not.toContain(Buffer.from('bí mật').toString('base64'));
    }
  });

  it('refuses actions the editor does not use here, and bodies that are not JSON', async () => {
    expect(
      (await call({ body: { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'x', slug: 'y' } } })).status,
    ).toBe(400);
    expect((await call({ body: 'action=deleteFile&path=src/keep.ts' })).status).toBe(400);
    // A form or text/plain POST is what a page may send without asking first.
    const text = await call({ body: media('content/images/van-ban.txt'), type: 'text/plain' });
    expect(text.status).toBe(415);
    expect(existsSync(join(root, 'content/images/van-ban.txt'))).toBe(false);
  });

  it('answers only to its own name and port (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      'localhost',
      `[::1]:${port}`,
    ]) {
      const write = await call({ body: media('content/images/rebinding.jpg'), host });
      expect(write.status, host).toBe(403);
      expect(write.json().error).toContain('Từ chối');
      const page = await call({ method: 'GET', path: '/admin/config.yml', host });
      expect(page.status, host).toBe(403);
    }
    expect(existsSync(join(root, 'content/images/rebinding.jpg'))).toBe(false);
  });

  it('takes requests only from its own origin, another local port included', async () => {
    for (const origin of [
      'http://evil.example',
      `http://localhost:${port + 1}`,
      `http://127.0.0.1:${port + 1}`,
      'http://localhost',
      'null',
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port}.evil.example`,
      null,
    ]) {
      const write = await call({ body: media('content/images/csrf.jpg'), origin });
      expect(write.status, String(origin)).toBe(403);
      expect(write.json().error).toContain('Từ chối');
      expect(write.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await call({ method: 'OPTIONS', origin });
      expect(preflight.status, String(origin)).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(existsSync(join(root, 'content/images/csrf.jpg'))).toBe(false);
  });
});

describe('the web editor backend still does what the editor asks', () => {
  it('lists, reads, writes, renames and deletes entries and pictures in content/', async () => {
    expect((await call({ body: { action: 'info' } })).json().type).toBe('local_fs');
    const listed = await call({
      body: { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/exemplars', extension: 'mdx', depth: 1 } },
    });
    expect(listed.json().map((e: { file: { path: string } }) => e.file.path)).toContain('content/exemplars/bai-mau.mdx');

    const saved = await call({
      body: {
        ...entry('content/exemplars/bai-moi.mdx'),
        params: {
          ...entry('content/exemplars/bai-moi.mdx').params,
          entry: { slug: 'bai-moi', path: 'content/exemplars/bai-moi.mdx', raw: '---\ntitle: Bài mới\n---\n' },
          assets: [{ path: 'content/images/bai-moi.jpg', content: Buffer.from('ảnh mới').toString('base64'), encoding: 'base64' }],
        },
      },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(readFileSync(join(root, 'content/exemplars/bai-moi.mdx'), 'utf8')).toContain('title: Bài mới');
    expect(readFileSync(join(root, 'content/images/bai-moi.jpg'), 'utf8')).toBe('ảnh mới');

    // Reached as localhost, the editor's other name, from its own page.
    const read = await call({
      body: { action: 'getEntry', params: { branch: 'main', path: 'content/exemplars/bai-moi.mdx' } },
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
    });
    expect(read.json().data).toContain('title: Bài mới');

    const renamed = await call({
      body: entry('content/exemplars/bai-moi.mdx', { raw: '---\ntitle: Bài mới\n---\n', newPath: 'content/exemplars/bai-moi-doi-ten.mdx' }),
    });
    expect(renamed.status, renamed.text).toBe(200);
    await expect.poll(() => existsSync(join(root, 'content/exemplars/bai-moi-doi-ten.mdx'))).toBe(true);

    const media = await call({ body: { action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/images' } } });
    expect(media.json().map((file: { path: string }) => file.path)).toContain('content/images/bai-moi.jpg');
    const removed = await call({
      body: {
        action: 'deleteFiles',
        params: { branch: 'main', paths: ['content/images/bai-moi.jpg', 'content/exemplars/bai-moi-doi-ten.mdx'], options },
      },
    });
    expect(removed.status, removed.text).toBe(200);
    expect(existsSync(join(root, 'content/images/bai-moi.jpg'))).toBe(false);
    expect(existsSync(join(root, 'content/exemplars/bai-moi-doi-ten.mdx'))).toBe(false);
  });

  it('serves its page with settings that point at its own origin', async () => {
    const config = await call({ method: 'GET', path: '/admin/config.yml', host: `localhost:${port}` });
    expect(config.status).toBe(200);
    expect(config.text).toContain(`proxy_url: http://localhost:${port}/api/v1`);
  });
});

describe('paths as written', () => {
  it('accepts plain paths in content/ and refuses every other shape', () => {
    expect(checkPathText('content/exemplars/bai-mau.mdx')).toBeUndefined();
    expect(checkPathText('content/images')).toBeUndefined();
    for (const path of TRAVERSALS.filter((path) => !path.includes('link'))) {
      expect(checkPathText(path)?.message, path).toMatch(/^Từ chối đường dẫn .*content\/\.$/s);
    }
    expect(checkPathText(42)?.status).toBe(403);
  });
});
