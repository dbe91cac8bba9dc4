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

/**
 * `build` made once per `ref` and kept: Astro calls a collection's schema function for every
 * entry (to hand `image()` the entry's path, src/content.config.ts), with the same `ref`.
 */
export function oncePerRef<Ref extends object, Fields>(build: (ref: Ref) => Fields): (ref: Ref) => Fields {
  const made = new WeakMap<Ref, Fields>();
  return (ref) => {
    const fields = made.get(ref) ?? build(ref);
    made.set(ref, fields);
    return fields;
  };
}
