/**
 * The rules for a picture an entry uses (cover.src): where it lives, what it is, how big.
 *
 * The largest copy the site makes is 1200 px wide (the 1200×630 share picture; pages use
 * 1080 px at most), so 2400 px is all a phone's 2× screen can use. The limits are set so that
 * a photo straight from a phone passes as it is (12 MP is 4000×3000, an iPhone's 24 MP is
 * 5712×4284, 3 to 8 MB as JPEG), while the files that only cost build time, memory and room
 * in the repository are refused: 50 to 200 MP shots, scans, PNG photos, the 20000×20000
 * picture. Each extra 1000 px costs the build more for every copy (docs/content-format.md).
 */
export const PICTURE_LIMITS = {
  /** Longest side, in pixels. */
  maxSide: 6000,
  /** File size, in bytes (10 MB as Windows and phones count them). */
  maxBytes: 10 * 1024 * 1024,
} as const;

/** Where pictures live, from the project root. */
export const PICTURE_FOLDER = 'content/images';

/** Formats decided by the file's content (sharp's names), with the name an editor knows. */
export const PICTURE_FORMAT_NAMES: Readonly<Record<string, string>> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' };
/** Extensions Astro's image pipeline reads (in any case) that hold one of those formats. */
export const PICTURE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/**
 * Written into the EXIF description of the temporary cover `npm run new` draws, so that the
 * checker can say the real photo is still to come. The build publishes no picture's metadata.
 */
export const PLACEHOLDER_PICTURE_MARK = 'guong-sang: anh tam, thay bang anh that';
