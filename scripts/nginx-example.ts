// Writes docs/deploy/nginx.conf from the built site's top level and the same rules as _headers.
// Usage: npm run build && npm run nginx-example
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxServerBlock } from '#lib/deploy/nginx-config.ts';
import { siteHeaderRules } from '#lib/deploy/security-headers.ts';

const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('Chưa có trang đã dựng trong dist/. Chạy "npm run build" trước.');
  process.exit(1);
}
const target = join(process.cwd(), 'docs/deploy/nginx.conf');
writeFileSync(target, nginxServerBlock(siteHeaderRules(readdirSync(dist))));
console.log(`Đã ghi ${target}`);
