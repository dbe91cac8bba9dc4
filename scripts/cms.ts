// npm run cms: the web editor for staff who do not use git, on this computer only.
// One server on 127.0.0.1: the editor at /admin/ (settings generated from the schemas) and, at
// /api/v1 on the same origin, decap-server's local backend (fs mode), behind the checks of
// src/lib/authoring/cms-guard.ts: its own Host, its own origin, paths in content/ only.
//   npm run cms                  port 4323, this folder
//   CMS_PORT=… node scripts/cms.ts <project folder>      (CMS_PORT=0: any free port)
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { adminContentSecurityPolicy, adminHtml, componentsScript } from '#lib/authoring/cms-admin.ts';
import { checkHost, checkOrigin, checkRequest, type Refusal } from '#lib/authoring/cms-guard.ts';
import { decapConfigYaml } from '#lib/authoring/decap-config.ts';
import { contentIds, contentLabels } from '#lib/authoring/editor-schemas.ts';
import { loadSite } from '#lib/site/settings.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const requestedPort = Number(process.env.CMS_PORT ?? 4323);
const host = '127.0.0.1';
/** decap-server's own limit for a request (pictures arrive base64-encoded in it). */
const MAX_BODY = 50 * 1024 * 1024;

const require = createRequire(import.meta.url);
const decapPackage = require.resolve('decap-server/package.json');
const decapBundle = join(dirname(require.resolve('decap-cms/package.json')), 'dist/decap-cms.js');

// decap-server's fs middleware, run in this process on an express app of its own (express is
// its dependency, not ours) so that nothing listens for it on a port of its own.
type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const decapRequire = createRequire(decapPackage);
const express = decapRequire('express') as () => Handler;
const { registerLocalFs } = decapRequire('./dist/middlewares.js') as {
  registerLocalFs: (app: Handler, options: { logLevel?: string }) => Promise<void>;
};
process.env.GIT_REPO_DIRECTORY = root;
const api = express();
await registerLocalFs(api, { logLevel: process.env.CMS_LOG_LEVEL ?? 'warn' });

const headers = (type: string) => ({
  'Content-Type': type,
  'Cache-Control': 'no-store',
  'Content-Security-Policy': adminContentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

function refuse(response: ServerResponse, { status, message }: Refusal) {
  console.error(message);
  response.writeHead(status, { ...headers('application/json; charset=utf-8'), Vary: 'Origin' }).end(JSON.stringify({ error: message }));
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        done(undefined);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });
}

async function handleApi(request: IncomingMessage, response: ServerResponse, port: number) {
  // The editor calls from its own origin; a preflight from another one gets this refusal, with
  // no CORS header, instead of a permission.
  const originRefusal = checkOrigin(request.headers.origin, port);
  if (originRefusal) return refuse(response, originRefusal);
  if (request.method === 'OPTIONS') return void response.writeHead(204, { Vary: 'Origin' }).end();
  if (request.method !== 'POST') return refuse(response, { status: 405, message: 'Chỉ nhận yêu cầu POST ở /api/v1.' });
  if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
    return refuse(response, { status: 415, message: 'Yêu cầu phải gửi dữ liệu JSON (Content-Type: application/json).' });
  }
  const raw = await readBody(request);
  if (!raw) return refuse(response, { status: 413, message: 'Yêu cầu quá lớn (tối đa 50 MB).' });
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return refuse(response, { status: 400, message: 'Yêu cầu không hợp lệ: dữ liệu không phải JSON.' });
  }
  const refusal = checkRequest(root, body);
  if (refusal) return refuse(response, refusal);
  // Hand the parsed body to decap-server: its JSON parser (body-parser) skips a request marked
  // as already read.
  Object.assign(request, { body, _body: true });
  api(request, response);
}

const server = createServer((request, response) => {
  const { port } = server.address() as AddressInfo;
  const hostRefusal = checkHost(request.headers.host, port);
  if (hostRefusal) return refuse(response, hostRefusal);
  const origin = `http://${request.headers.host!.toLowerCase()}`;
  // The request line's path read as a path, never as a URL of its own ("//other/…").
  const url = request.url ?? '';
  const path = url.startsWith('/') && URL.canParse(origin + url) ? new URL(origin + url).pathname : undefined;
  if (path === undefined) return refuse(response, { status: 400, message: 'Đường dẫn yêu cầu không hợp lệ.' });
  if (path === '/api/v1') {
    handleApi(request, response, port).catch((error: Error) => {
      refuse(response, { status: 500, message: `Lỗi khi xử lý yêu cầu: ${error.message}` });
    });
  } else if (path === '/' || path === '/admin') {
    response.writeHead(302, { Location: '/admin/' }).end();
  } else if (path === '/admin/' || path === '/admin/index.html') {
    response.writeHead(200, headers('text/html; charset=utf-8')).end(adminHtml(loadSite(root).siteName));
  } else if (path === '/admin/config.yml') {
    // Generated on every load, so a movement, village or exemplar added a minute ago is offered.
    // The backend is this page's own origin, whichever of its two names the browser used.
    const yaml = decapConfigYaml({ proxyUrl: `${origin}/api/v1`, ids: contentIds(root), labels: contentLabels(root) });
    response.writeHead(200, headers('text/yaml; charset=utf-8')).end(yaml);
  } else if (path === '/admin/decap-cms.js') {
    response.writeHead(200, headers('text/javascript; charset=utf-8')).end(readFileSync(decapBundle));
  } else if (path === '/admin/components.js') {
    response.writeHead(200, headers('text/javascript; charset=utf-8')).end(componentsScript());
  } else {
    response.writeHead(404, headers('text/plain; charset=utf-8')).end('Không có trang này. Trang biên tập ở /admin/.');
  }
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Cổng ${requestedPort} đang bận (có thể trang biên tập đã mở ở cửa sổ khác). Dùng cổng khác: CMS_PORT=4324 npm run cms`
      : `Không mở được trang biên tập: ${error.message}`,
  );
  process.exit(1);
});

server.listen(requestedPort, host, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Trang biên tập: http://${host}:${port}/admin/
Sửa xong: npm run check, xem trước bằng npm run dev, rồi gửi lên kho như mọi thay đổi khác.
Dừng: Ctrl+C.`);
});

const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
