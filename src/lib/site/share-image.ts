import type { Site } from '#schemas/site.ts';
import { capitalised } from '../text/number-words.ts';

/** Words in lines of at most `width` characters (a word longer than that gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A name on at most two lines of about equal length, broken between words (greedy lines past two). */
export function balancedLines(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.join(' ').length <= width) return [words.join(' ')];
  let best: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    if (!best.length || Math.max(...lines.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = lines;
  }
  return best.length && best.every((l) => l.length <= width) ? best : wrapWords(text, width);
}

/**
 * The picture Zalo and Facebook show when a page without its own picture is shared (1200×630),
 * drawn at build time from site.yaml: the site's name, its tagline and where it is.
 */
export function shareImageSvg(site: Pick<Site, 'siteName' | 'tagline' | 'commune' | 'province'>): string {
  const name = balancedLines(site.siteName, 16).slice(0, 3);
  // A line of its own starts with a capital: "Xã Minh Tiến, tỉnh Thái Hòa".
  const below = [...wrapWords(site.tagline, 44).slice(0, 2), capitalised(`${site.commune}, ${site.province}`)];
  const nameLines = name.map(
    (line, i) => `<text x="70" y="${170 + i * 90}" font-size="76" font-weight="700" fill="#9f1d20">${escapeXml(line)}</text>`,
  );
  const top = 170 + name.length * 90;
  const belowLines = below.map((line, i) => `<text x="70" y="${top + i * 50}" font-size="34" fill="#1c1917">${escapeXml(line)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Noto Sans, Liberation Sans, sans-serif">
  <rect width="1200" height="630" fill="#fffdf8"/>
  <path d="M0 470 Q260 380 560 450 T1200 420 V630 H0z" fill="#b45309" opacity="0.35"/>
  <path d="M0 520 Q300 450 640 510 T1200 490 V630 H0z" fill="#9f1d20"/>
  <g transform="translate(1000 190)"><circle r="110" fill="#9f1d20"/><path d="M0-80l20 44 48 5-36 32 10 47L0 34l-42 24 10-47-36-32 48-5z" fill="#fde047"/></g>
  ${[...nameLines, ...belowLines].join('\n  ')}
</svg>`;
}
