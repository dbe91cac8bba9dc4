// npm run cms: the web editor for staff who do not use git, on this computer only.
// Starts decap-server (Decap CMS's local backend: reads and writes files in content/) and
// serves the editor at http://127.0.0.1:<port>/admin/ with settings generated from the schemas.
//   npm run cms                         port 4323, decap-server on 8081, this folder
//   CMS_PORT=… CMS_API_PORT=… node scripts/cms.ts <project folder>
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { adminContentSecurityPolicy, adminHtml, componentsScript } from '../src/lib/cms-admin.ts';
import { decapConfigYaml } from '../src/lib/decap-config.ts';
import { contentIds, contentLabels } from '../src/lib/editor-schemas.ts';
import { loadSite } from '../src/lib/site.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const port = Number(process.env.CMS_PORT ?? 4323);
const apiPort = Number(process.env.CMS_API_PORT ?? 8081);
const host = '127.0.0.1';
const apiOrigin = `http://${host}:${apiPort}`;

const require = createRequire(import.meta.url);
const decapBundle = join(dirname(require.resolve('decap-cms/package.json')), 'dist/decap-cms.js');
const decapServer = join(dirname(require.resolve('decap-server/package.json')), 'dist/index.js');

// fs mode: saving writes the file in content/ and nothing else; publishing stays a separate,
// checked step (npm run check, then commit), as for files edited by hand.
const api = spawn(process.execPath, [decapServer], {
  env: { ...process.env, PORT: String(apiPort), BIND_HOST: host, MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn' },
  stdio: 'inherit',
});
api.on('exit', (code) => {
  console.error(`decap-server đã dừng (mã ${code}).`);
  process.exit(code ?? 1);
});

const headers = (type: string) => ({
  'Content-Type': type,
  'Cache-Control': 'no-store',
  'Content-Security-Policy': adminContentSecurityPolicy(apiOrigin),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', `http://${host}`).pathname;
  if (path === '/' || path === '/admin') {
    response.writeHead(302, { Location: '/admin/' }).end();
  } else if (path === '/admin/' || path === '/admin/index.html') {
    response.writeHead(200, headers('text/html; charset=utf-8')).end(adminHtml(loadSite(root).siteName));
  } else if (path === '/admin/config.yml') {
    // Generated on every load, so a movement, village or exemplar added a minute ago is offered.
    const yaml = decapConfigYaml({ proxyUrl: `${apiOrigin}/api/v1`, ids: contentIds(root), labels: contentLabels(root) });
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
      ? `Cổng ${port} đang bận (có thể trang biên tập đã mở ở cửa sổ khác). Dùng cổng khác: CMS_PORT=4324 npm run cms`
      : `Không mở được trang biên tập: ${error.message}`,
  );
  api.kill();
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`Trang biên tập: http://${host}:${port}/admin/
Sửa xong: npm run check, xem trước bằng npm run dev, rồi gửi lên kho như mọi thay đổi khác.
Dừng: Ctrl+C.`);
});

const stop = () => {
  api.removeAllListeners('exit');
  api.kill();
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
