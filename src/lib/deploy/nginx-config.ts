/**
 * The same header rules as `_headers`, written as an nginx server block for hosts that run
 * nginx. nginx drops every `add_header` of the server level in a location that has its own,
 * so each location repeats the common headers.
 */
import type { HeaderRule } from './headers-file.ts';

const quote = (value: string) => `"${value.replace(/"/g, '\\"')}"`;

function locationFor(pattern: string): string {
  if (pattern === '/' || pattern === '/index.html') return `location = ${pattern}`;
  if (pattern.endsWith('/*')) return `location ${pattern.slice(0, -1)}`;
  return `location = ${pattern}`;
}

export function nginxServerBlock(
  rules: readonly HeaderRule[],
  { root = '/var/www/guongsang/dist', serverName = 'guongsang.example' } = {},
): string {
  const common = rules.find((rule) => rule.pattern === '/*')?.headers ?? [];
  const lines = [
    '# Sinh tự động từ src/lib/deploy/security-headers.ts (npm run nginx-example). Đừng sửa tay.',
    'server {',
    '    listen 80;',
    `    server_name ${serverName};`,
    `    root ${root};`,
    '    charset utf-8;',
    '    charset_types text/plain text/css text/csv application/javascript application/json application/rss+xml application/xml image/svg+xml;',
    '    # Cần `include mime.types;` ở khối http (có sẵn trong cấu hình mặc định của nginx).',
    '    index index.html;',
    '    gzip on;',
    '    gzip_types text/plain text/css text/csv application/javascript application/json application/rss+xml application/xml image/svg+xml application/wasm;',
    '    error_page 404 /404.html;',
    '    # /thu-muc chuyển sang /thu-muc/ (đường dẫn tương đối trong Location), như trên máy chủ thử.',
    '    absolute_redirect off;',
  ];
  for (const rule of rules) {
    if (rule.pattern === '/*') continue;
    lines.push('', `    ${locationFor(rule.pattern)} {`);
    // mime.types of nginx 1.22 has no entry for CSV.
    if (rule.pattern.endsWith('.csv')) lines.push('        default_type "text/csv; charset=utf-8";');
    for (const [name, value] of [...common, ...rule.headers]) lines.push(`        add_header ${name} ${quote(value)} always;`);
    lines.push('        try_files $uri $uri/ =404;', '    }');
  }
  lines.push('', '    location / {');
  for (const [name, value] of common) lines.push(`        add_header ${name} ${quote(value)} always;`);
  lines.push('        try_files $uri $uri/ =404;', '    }', '}', '');
  return lines.join('\n');
}
