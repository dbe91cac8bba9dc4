// Serves a built site as a static host would: files from dist/, headers from dist/_headers,
// 404.html for missing pages, UTF-8 for text. Used by the browser tests and `npm start`.
//   node scripts/serve.ts [folder] [port]     dist/ on 127.0.0.1:4321 (port 0: any free port)
//   HOST=0.0.0.0 npm run serve                 also to other computers on the network
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '#lib/deploy/headers-file.ts';
import { folderRedirect, requestTarget } from '#lib/deploy/serve-paths.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
// This computer only, unless asked: a preview is not a public server.
const host = process.env.HOST || '127.0.0.1';

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

// Binary types sirv does not know (static hosts and nginx's mime.types do): the reports' Word files.
const BINARY_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const files = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    // sirv sends HTML with its charset; other text types get theirs here (a header set in
    // this hook wins over sirv's own).
    const extension = pathname.slice(pathname.lastIndexOf('.') + 1);
    const type = TEXT_TYPES[extension];
    if (type) res.setHeader('Content-Type', `${type}; charset=utf-8`);
    else if (BINARY_TYPES[extension]) res.setHeader('Content-Type', BINARY_TYPES[extension]);
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  },
});

function sendNotFound(res: ServerResponse) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  for (const [name, value] of headersFor(rules, '/404.html')) res.setHeader(name, value);
  res.end(notFound);
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const target = requestTarget(req.url);
  if (!target) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Địa chỉ không hợp lệ.');
    return;
  }
  // Folder addresses end with a slash, as on the real host.
  const location = folderRedirect(target, (folder) => existsSync(join(root, folder, 'index.html')));
  if (location) {
    res.writeHead(301, { Location: location }).end();
    return;
  }
  files(req, res, () => sendNotFound(res));
}

const server = createServer(handle);
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Cổng ${port} đang bận (có thể trang đã chạy ở cửa sổ khác). Dùng cổng khác: PORT=4322 npm run serve`
      : `Không mở được máy chủ: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const where = host === '127.0.0.1' ? 'chỉ trên máy này' : 'cả máy khác trong mạng cũng mở được';
  console.log(`Trang đang chạy tại http://${shown}:${address.port}/ (${where}; Ctrl+C để dừng)`);
});
