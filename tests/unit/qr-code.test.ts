import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrCodeSvg } from '#lib/site/qr-code.ts';

/** What a phone's camera reads from the code, rasterised as a printer would. */
async function readBack(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('qrCodeSvg', () => {
  it('reads back as the address it was given, with the fixed mask pattern', async () => {
    for (const url of [
      'https://example.org/dien-hinh/hop-tac-xa-che-shan-tuyet-na-lanh/',
      'https://xa.example.gov.vn/dien-hinh/a/ap-phich/',
    ]) {
      const svg = await qrCodeSvg(url);
      expect(svg).toMatch(/^<svg[^>]*viewBox/);
      expect(await readBack(svg)).toBe(url);
    }
  });

  it('draws the symbol qrcode makes with mask pattern 0, so it never tries the other seven', async () => {
    const url = 'https://example.org/dien-hinh/a/';
    const svg = await qrCodeSvg(url);
    const masked = await QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: 'M',
      maskPattern: 0,
      color: { dark: '#000000', light: '#ffffff' },
    });
    expect(svg).toBe(masked);
    // qrcode's own choice for this address is another mask: the test can tell the two apart.
    const chosen = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    expect(chosen.maskPattern).not.toBe(0);
  });

  it('draws at the width asked for, and differs for another address', async () => {
    const svg = await qrCodeSvg('https://example.org/a/', 120);
    expect(svg).toMatch(/width="120"/);
    expect(await qrCodeSvg('https://example.org/b/')).not.toBe(await qrCodeSvg('https://example.org/a/'));
  });
});
