import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryIdFromPath } from './content-ids.ts';
import { exemplarSchema } from './schemas/exemplar.ts';
import { movementSchema } from './schemas/movement.ts';
import { planSchema } from './schemas/plan.ts';
import { practiceSchema } from './schemas/practice.ts';
import { scriptSchema } from './schemas/script.ts';
import { unitSchema } from './schemas/unit.ts';
import { villageSchema } from './schemas/village.ts';
import type { CollectionName } from './schemas/vocabulary.ts';

// The content guard (src/integrations/content-guard.ts) has already checked every file
// before Astro reads it; these schemas give the pages their types.
const ref = (collection: CollectionName) => reference(collection);
const from = (folder: string, pattern: string) =>
  glob({ pattern, base: `./content/${folder}`, generateId: ({ entry }) => entryIdFromPath(entry) });

const DATA = '**/[^_]*.{yaml,yml}';
const MDX = '**/[^_]*.mdx';

export const collections = {
  plans: defineCollection({ loader: from('plans', DATA), schema: planSchema({ ref }) }),
  movements: defineCollection({ loader: from('movements', DATA), schema: movementSchema({ ref }) }),
  units: defineCollection({ loader: from('units', DATA), schema: unitSchema }),
  villages: defineCollection({ loader: from('villages', DATA), schema: villageSchema }),
  exemplars: defineCollection({
    loader: from('exemplars', MDX),
    schema: ({ image }) => exemplarSchema({ ref, image }),
  }),
  practices: defineCollection({
    loader: from('practices', MDX),
    schema: ({ image }) => practiceSchema({ ref, image }),
  }),
  scripts: defineCollection({ loader: from('scripts', MDX), schema: scriptSchema({ ref }) }),
};
