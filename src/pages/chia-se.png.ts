import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { shareImageSvg } from '#lib/site/share-image.ts';
import { site } from '#lib/site/settings.ts';

/** The site's share picture, drawn from content/site.yaml at build time. */
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(shareImageSvg(site())))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
