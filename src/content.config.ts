import { defineCollection, reference } from 'astro:content';
import { checkedLoader, mdxLoader } from '#lib/content/loaders.ts';
import { SCRIPT_VERSIONS } from '#lib/content/files.ts';
import { exemplarSchema } from '#schemas/exemplar.ts';
import { movementSchema } from '#schemas/movement.ts';
import { planSchema } from '#schemas/plan.ts';
import { practiceSchema } from '#schemas/practice.ts';
import { scriptSchema } from '#schemas/script.ts';
import { scriptVersionSchema } from '#schemas/script-version.ts';
import { unitSchema } from '#schemas/unit.ts';
import { villageSchema } from '#schemas/village.ts';
import type { CollectionName } from '#schemas/vocabulary.ts';

// Every loader reads the files the content guard (src/integrations/content-guard.ts) checked,
// once it has passed: one list, src/lib/content/files.ts. These schemas give the pages their types.
// Astro calls a schema function once per entry (to give image() the entry's path): the
// references are made once and shared.
const references = new Map<CollectionName, ReturnType<typeof reference>>();
const ref = (collection: CollectionName) => {
  const made = references.get(collection) ?? reference(collection);
  references.set(collection, made);
  return made;
};
const data = (collection: CollectionName) => checkedLoader(collection);
// Bodies are rendered to HTML once, when loaded: see src/lib/content/mdx-render.ts.
const mdx = (collection: CollectionName) => mdxLoader(collection);
// Scripts keep their source: the reading views and the .txt copies are made from its paragraphs.
// Tày and Nùng versions sit beside the scripts, in content/scripts/tyz/ and nut/ (src/lib/loudspeaker/script-versions.ts).
const scriptsLoader = mdxLoader('scripts', { keepBody: true });
const versionsLoader = mdxLoader(SCRIPT_VERSIONS, { keepBody: true });

export const collections = {
  plans: defineCollection({ loader: data('plans'), schema: planSchema({ ref }) }),
  movements: defineCollection({ loader: data('movements'), schema: movementSchema }),
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
  scripts: defineCollection({ loader: scriptsLoader, schema: scriptSchema({ ref }) }),
  scriptVersions: defineCollection({ loader: versionsLoader, schema: scriptVersionSchema({ ref }) }),
};
