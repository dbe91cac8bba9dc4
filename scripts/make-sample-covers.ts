// Draws an illustrated cover (1200×630, the share-image size) for every sample exemplar whose
// cover file is missing. Sample content must not use photos of real people, so covers are drawn:
// hills, a sun, the movement's motif, the exemplar's name and the words "Ảnh minh họa".
// Usage: node scripts/make-sample-covers.ts [--force]
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { parseContentFile } from '#lib/content-check/frontmatter.ts';

const root = process.cwd();
const force = process.argv.includes('--force');
const dir = join(root, 'content/exemplars');

const PALETTE: Record<string, [sky: string, hill: string, accent: string]> = {
  'hoc-tap-va-lam-theo-bac': ['#fde68a', '#b91c1c', '#7f1d1d'],
  'chung-suc-xay-dung-nong-thon-moi': ['#bae6fd', '#65a30d', '#3f6212'],
  'van-hoa-cong-so': ['#e0e7ff', '#4f46e5', '#312e81'],
  'vi-nguoi-ngheo': ['#fed7aa', '#c2410c', '#7c2d12'],
  'toan-dan-doan-ket': ['#fecaca', '#dc2626', '#7f1d1d'],
  'day-tot-hoc-tot': ['#cffafe', '#0891b2', '#164e63'],
  'quoc-phong-an-ninh': ['#d9f99d', '#4d7c0f', '#1a2e05'],
  'y-te-cham-soc-suc-khoe': ['#e0f2fe', '#0284c7', '#0c4a6e'],
  'phat-trien-kinh-te': ['#fef9c3', '#15803d', '#14532d'],
  'khoi-nghiep-thanh-nien': ['#dbeafe', '#2563eb', '#1e3a8a'],
  'phu-nu-thoi-dai-moi': ['#fce7f3', '#db2777', '#831843'],
};

const MOTIF: Record<string, string> = {
  'hoc-tap-va-lam-theo-bac': '<path d="M0-70l20 44 48 5-36 32 10 47L0 34l-42 24 10-47-36-32 48-5z" fill="#fde047"/>',
  'chung-suc-xay-dung-nong-thon-moi':
    '<path d="M-20 90L-6-60h12L20 90z" fill="#e7e5e4"/><path d="M0 80V-50" stroke="#fff" stroke-width="4" stroke-dasharray="14 12"/>',
  'van-hoa-cong-so':
    '<rect x="-70" y="-30" width="140" height="100" fill="#f5f5f4"/><path d="M-80-30L0-80l80 50z" fill="#9f1d20"/><rect x="-15" y="20" width="30" height="50" fill="#78716c"/><path d="M0-80v-40" stroke="#44403c" stroke-width="4"/><path d="M0-120h34v20H0z" fill="#dc2626"/>',
  'vi-nguoi-ngheo':
    '<path d="M-60 70V0L0-50 60 0v70z" fill="#fff7ed"/><path d="M0 48c-30-20-44-34-44-50 0-12 9-20 20-20 10 0 18 7 24 16 6-9 14-16 24-16 11 0 20 8 20 20 0 16-14 30-44 50z" fill="#dc2626"/>',
  'toan-dan-doan-ket':
    '<g fill="#fff"><circle cx="-50" cy="-20" r="18"/><circle cx="0" cy="-34" r="20"/><circle cx="50" cy="-20" r="18"/><path d="M-80 60c0-40 60-40 60 0zM-34 60c0-52 68-52 68 0zM20 60c0-40 60-40 60 0z"/></g>',
  'day-tot-hoc-tot':
    '<path d="M-80-10l80-40 80 40-80 40z" fill="#1e293b"/><path d="M-50 6v34c20 18 80 18 100 0V6L0 30z" fill="#334155"/><path d="M70-4v50" stroke="#fbbf24" stroke-width="5"/>',
  'quoc-phong-an-ninh':
    '<path d="M0-80l70 25v45c0 50-35 80-70 95-35-15-70-45-70-95v-45z" fill="#fef08a"/><path d="M0-50l12 26 28 3-21 19 6 28L0 12l-25 14 6-28-21-19 28-3z" fill="#b91c1c"/>',
  'y-te-cham-soc-suc-khoe': '<circle r="80" fill="#fff"/><path d="M-18-55h36v37h37v36h-37v37h-36V18h-37v-36h37z" fill="#dc2626"/>',
  'phat-trien-kinh-te':
    '<g fill="#166534"><circle cx="-55" cy="-20" r="40"/><circle cx="0" cy="-45" r="48"/><circle cx="55" cy="-20" r="40"/></g><g fill="#78350f"><rect x="-60" y="10" width="10" height="60"/><rect x="-5" y="0" width="10" height="70"/><rect x="50" y="10" width="10" height="60"/></g><g fill="#f97316"><circle cx="-40" cy="-30" r="7"/><circle cx="15" cy="-60" r="7"/><circle cx="65" cy="-25" r="7"/><circle cx="-10" cy="-20" r="7"/></g>',
  'khoi-nghiep-thanh-nien':
    '<circle cy="-20" r="55" fill="#fde047"/><rect x="-25" y="35" width="50" height="30" rx="6" fill="#475569"/><path d="M-15-20l15 25 15-25" stroke="#b45309" stroke-width="5" fill="none"/>',
  'phu-nu-thoi-dai-moi':
    '<g fill="#f9a8d4"><ellipse cx="-35" cy="-10" rx="22" ry="55" transform="rotate(-30 -35 -10)"/><ellipse cx="35" cy="-10" rx="22" ry="55" transform="rotate(30 35 -10)"/><ellipse cy="-25" rx="24" ry="62" fill="#ec4899"/></g><path d="M0 40v40" stroke="#15803d" stroke-width="6"/>',
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits a name into at most two lines of about 30 characters for the banner. */
function lines(text: string, width = 30): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [''];
  for (const word of words) {
    const current = out[out.length - 1] ?? '';
    if ((current + ' ' + word).trim().length > width && current) out.push(word);
    else out[out.length - 1] = `${current} ${word}`.trim();
  }
  return out.length > 2
    ? [
        out[0] ?? '',
        `${out
          .slice(1)
          .join(' ')
          .slice(0, width - 1)}…`,
      ]
    : out;
}

function coverSvg(name: string, movement: string): string {
  const [sky, hill, accent] = PALETTE[movement] ?? ['#e7e5e4', '#78716c', '#292524'];
  const motif = MOTIF[movement] ?? '';
  const title = lines(name)
    .map(
      (line, i) =>
        `<text x="60" y="${520 + i * 52 - (lines(name).length - 1) * 52}" font-size="44" font-weight="700" fill="#fff">${escape(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Noto Sans, sans-serif">
  <rect width="1200" height="630" fill="${sky}"/>
  <circle cx="1010" cy="130" r="70" fill="#fff" opacity="0.7"/>
  <path d="M0 380 Q200 250 420 340 T820 320 T1200 300 V630 H0z" fill="${hill}" opacity="0.55"/>
  <path d="M0 450 Q260 360 560 430 T1200 400 V630 H0z" fill="${hill}"/>
  <g transform="translate(820 300) scale(1.5)">${motif}</g>
  <rect x="0" y="430" width="1200" height="200" fill="${accent}" opacity="0.82"/>
  ${title}
  <rect x="60" y="40" width="250" height="50" rx="8" fill="#fff" opacity="0.9"/>
  <text x="80" y="74" font-size="26" font-weight="700" fill="#292524">Ảnh minh họa</text>
</svg>`;
}

let made = 0;
for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
  const path = join(dir, file);
  const { data } = parseContentFile(readFileSync(path, 'utf8'), 'mdx');
  const entry = data as { name?: string; title?: string; movement?: string; sample?: boolean; cover?: { src?: string } } | undefined;
  const src = entry?.cover?.src;
  if (!entry || !src || !entry.sample) continue;
  const target = resolve(dirname(path), src);
  if (existsSync(target) && !force) continue;
  mkdirSync(dirname(target), { recursive: true });
  await sharp(Buffer.from(coverSvg(entry.name ?? entry.title ?? '', entry.movement ?? '')))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(target);
  made++;
  console.log(`Đã vẽ ảnh bìa ${target.slice(root.length + 1)}`);
}
console.log(made ? `Đã vẽ ${made} ảnh bìa.` : 'Không có ảnh bìa nào cần vẽ.');
