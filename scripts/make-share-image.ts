// Draws public/chia-se.png, the picture Zalo and Facebook show when a page without its own
// picture is shared (1200×630). Usage: node scripts/make-share-image.ts
import { join } from 'node:path';
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Noto Sans, sans-serif">
  <rect width="1200" height="630" fill="#fffdf8"/>
  <path d="M0 470 Q260 380 560 450 T1200 420 V630 H0z" fill="#b45309" opacity="0.35"/>
  <path d="M0 520 Q300 450 640 510 T1200 490 V630 H0z" fill="#9f1d20"/>
  <g transform="translate(1000 190)"><circle r="110" fill="#9f1d20"/><path d="M0-80l20 44 48 5-36 32 10 47L0 34l-42 24 10-47-36-32 48-5z" fill="#fde047"/></g>
  <text x="70" y="200" font-size="76" font-weight="700" fill="#9f1d20">Gương sáng</text>
  <text x="70" y="290" font-size="76" font-weight="700" fill="#9f1d20">Quảng Lạc</text>
  <text x="70" y="370" font-size="34" fill="#1c1917">Điển hình tiên tiến và cách làm hay</text>
  <text x="70" y="420" font-size="34" fill="#1c1917">của xã Quảng Lạc, thành phố Lạng Sơn</text>
</svg>`;

const target = join(process.cwd(), 'public/chia-se.png');
await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(target);
console.log(`Đã vẽ ${target}`);
