import type { ImageMetadata } from 'astro';
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:assets', () => ({ getImage: vi.fn() }));
const { pictureInfo } = await import('#lib/content/images.ts');

/** An imported picture as Astro hands it to a page: a proxy that makes a new copy each time `clone` is read. */
function importedPicture(src: string) {
  const target = { src, width: 1600, height: 1200, format: 'jpg' as const };
  let clones = 0;
  const picture = new Proxy(target, {
    get(object, name) {
      if (name === 'clone') {
        clones++;
        return structuredClone(object);
      }
      return object[name as keyof typeof object];
    },
  }) as unknown as ImageMetadata;
  return { picture, clones: () => clones };
}

describe('pictureInfo', () => {
  it("reads a picture's size and format from a plain copy, not from the imported picture", () => {
    const { picture } = importedPicture('/_astro/a.jpg');
    const info = pictureInfo(picture);
    expect(info).toEqual({ src: '/_astro/a.jpg', width: 1600, height: 1200, format: 'jpg' });
    expect(info).not.toBe(picture);
  });

  it('copies each picture once for the whole build, however many pages show it', () => {
    const a = importedPicture('/_astro/a.jpg');
    const b = importedPicture('/_astro/b.jpg');
    for (let page = 0; page < 50; page++) {
      pictureInfo(a.picture);
      pictureInfo(b.picture);
    }
    expect(a.clones()).toBe(1);
    expect(b.clones()).toBe(1);
    expect(pictureInfo(a.picture).src).toBe('/_astro/a.jpg');
  });
});
