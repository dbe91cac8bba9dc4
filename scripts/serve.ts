// Serves a built site as a static host would: files from dist/, headers from dist/_headers,
// 404.html for missing pages, UTF-8 for text. Used by the browser tests and `npm start`.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const host = process.env.HOST; // unset: every local address, IPv4 and IPv6

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Chưa có trang đã dựng trong ${root}. Chạy "npm run build" trước.`);
  process.exit(1);
}
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('Không tìm thấy trang');

const TEXT_TYPES: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  ics: 'text/calendar',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
};

const files = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    // sirv sends HTML with its charset; other text types get theirs here (a header set in
    // this hook wins over sirv's own).
    const type = TEXT_TYPES[pathname.slice(pathname.lastIndexOf('.') + 1)];
    if (type) res.setHeader('Content-Type', `${type}; charset=utf-8`);
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  },
});

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs end with a slash, as on the real host.
  if (!url.pathname.endsWith('/') && !url.pathname.split('/').pop()?.includes('.') && existsSync(join(root, url.pathname, 'index.html'))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    for (const [name, value] of headersFor(rules, '/404.html')) res.setHeader(name, value);
    res.end(notFound);
  });
}
const server = createServer(handle);
const announce = () => console.log(`Trang đang chạy tại http://localhost:${port}/ (Ctrl+C để dừng)`);
if (host) server.listen(port, host, announce);
else server.listen(port, announce);
