import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PICTURE_FOLDER } from '#lib/content/picture-limits.ts';
import { removeOriginalPictures } from '#lib/deploy/original-pictures.ts';

/** No original picture in dist/: only the resized copies, which carry no camera data (src/lib/deploy/original-pictures.ts). */
export default function originalPictures(): AstroIntegration {
  let root = '';
  return {
    name: 'original-pictures',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const removed = await removeOriginalPictures(`${root}/${PICTURE_FOLDER}`, fileURLToPath(dir));
        if (removed.length) logger.info(`Đã bỏ ${removed.length} ảnh gốc khỏi bản dựng: chỉ đăng bản thu nhỏ.`);
      },
    },
  };
}
