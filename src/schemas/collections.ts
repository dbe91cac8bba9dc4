import type { z } from 'astro/zod';
import { exemplarSchema } from './exemplar.ts';
import { movementSchema } from './movement.ts';
import { personSchema } from './person.ts';
import { planSchema } from './plan.ts';
import { practiceSchema } from './practice.ts';
import { scriptSchema } from './script.ts';
import type { SchemaTools } from './tools.ts';
import { unitSchema } from './unit.ts';
import { villageSchema } from './village.ts';
import type { CollectionName } from './vocabulary.ts';

/**
 * The schema of each collection, given the tools its references and pictures need: what Astro's
 * collections (src/content.config.ts), the content checker and the editors' JSON Schemas share.
 */
export function schemaFor(collection: CollectionName, tools: SchemaTools): z.ZodType {
  switch (collection) {
    case 'plans':
      return planSchema(tools);
    case 'movements':
      return movementSchema;
    case 'units':
      return unitSchema;
    case 'villages':
      return villageSchema;
    case 'people':
      return personSchema;
    case 'exemplars':
      return exemplarSchema(tools);
    case 'practices':
      return practiceSchema(tools);
    case 'scripts':
      return scriptSchema(tools);
  }
}
