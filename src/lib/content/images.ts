import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

type ImageOptions = Parameters<typeof getImage>[0] & { src: ImageMetadata };
type GetImageResult = Awaited<ReturnType<typeof getImage>>;

/** Each picture's copy, made once: the proxy makes a new one (structuredClone) each time it is asked, on every page a cover is on. */
const copies = new WeakMap<ImageMetadata, Readonly<ImageMetadata>>();

/**
 * A picture's size and format, read from a copy of its metadata. Astro keeps the original
 * file in dist/ as soon as a page reads any property of an imported picture (its proxy in
 * astro/dist/assets/utils/proxy.js), and the original carries what the camera wrote: the
 * place, the owner. Only the resized copies, which carry nothing, are published.
 */
export function pictureInfo(src: ImageMetadata): Readonly<ImageMetadata> {
  let info = copies.get(src);
  if (!info) {
    info = (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
    copies.set(src, info);
  }
  return info;
}

/**
 * getImage, once per picture and size for the whole build. A cover is shown on its own page,
 * its poster and in every list the exemplar is in; Astro would hash the same transforms again
 * each time (docs/measurements.md).
 */
const cache = new Map<string, Promise<GetImageResult>>();
export function cachedImage(options: ImageOptions): Promise<GetImageResult> {
  const key = JSON.stringify({ ...options, src: pictureInfo(options.src).src });
  let image = cache.get(key);
  if (!image) {
    image = getImage(options);
    cache.set(key, image);
  }
  return image;
}

/** The share picture for Zalo and Facebook (1200×630) and the small one in search results. */
export const sharePicture = (src: ImageMetadata) => cachedImage({ src, width: 1200, height: 630, format: 'jpeg', fit: 'cover' });
export const searchThumbnail = (src: ImageMetadata) => cachedImage({ src, width: 240, format: 'webp' });
