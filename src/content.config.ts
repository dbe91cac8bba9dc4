import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryIdFromPath } from './content-ids.ts';
import { mdxLoader } from './lib/mdx-loader.ts';
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
const options = (folder: string, pattern: string) => ({ pattern, base: `./content/${folder}`, generateId: ({ entry }: { entry: string }) => entryIdFromPath(entry) });
const data = (folder: string) => glob(options(folder, '**/[^_]*.{yaml,yml}'));
// Bodies are rendered to HTML once, when loaded: see src/lib/mdx-render.ts.
const mdx = (folder: string) => mdxLoader(options(folder, '**/[^_]*.mdx'));

export const collections = {
  plans: defineCollection({ loader: data('plans'), schema: planSchema({ ref }) }),
  movements: defineCollection({ loader: data('movements'), schema: movementSchema({ ref }) }),
  units: defineCollection({ loader: data('units'), schema: unitSchema }),
  villages: defineCollection({ loader: data('villages'), schema: villageSchema }),
  exemplars: defineCollection({
    loader: mdx('exemplars'),
    schema: ({ image }) => exemplarSchema({ ref, image }),
  }),
  practices: defineCollection({
    loader: mdx('practices'),
    schema: ({ image }) => practiceSchema({ ref, image }),
  }),
  scripts: defineCollection({ loader: mdx('scripts'), schema: scriptSchema({ ref }) }),
};
