import type { z } from 'astro/zod';
import type { CollectionName } from './vocabulary.ts';

/**
 * What a schema needs from its surroundings. Astro passes `reference()` and `image()`;
 * the content checker passes versions that check ids and files and answer in Vietnamese.
 */
export interface SchemaTools<Ref extends z.ZodType = z.ZodType, Img extends z.ZodType = z.ZodType> {
  ref: (collection: CollectionName) => Ref;
  image: () => Img;
}
