import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { allJsonSchemas, jsonSchemaFor } from '#lib/authoring/json-schemas.ts';
import { COLLECTIONS } from '#schemas/vocabulary.ts';
import { contentIds } from '#lib/authoring/editor-schemas.ts';
import { FIXTURE_CONTENT } from './helpers/fixture-tree.ts';

// The fixture commune's movements, units and villages.
const ids = contentIds(dirname(FIXTURE_CONTENT));
type Schema = {
  properties: Record<string, { enum?: string[]; format?: string; items?: { enum?: string[] } }>;
  required?: string[];
  additionalProperties?: boolean;
};

describe('editor JSON Schemas from the zod schemas', () => {
  const exemplar = jsonSchemaFor('exemplars', ids) as unknown as Schema;
  it('offer the movements, units and villages that exist', () => {
    expect(exemplar.properties.movement?.enum).toEqual(ids.get('movements'));
    expect(exemplar.properties.unit?.enum).toEqual(ids.get('units'));
    expect(exemplar.properties.village?.enum).toEqual(ids.get('villages'));
    expect(ids.get('movements')).toEqual(['dan-van-kheo', 'khuyen-hoc', 'nong-thon-moi']);
  });
  it('write dates as YYYY-MM-DD strings, not date-times', () => {
    expect(exemplar.properties.publishedAt?.format).toBe('date');
    const script = jsonSchemaFor('scripts', ids) as unknown as { properties: { airDates: { items: { format: string } } } };
    expect(script.properties.airDates.items.format).toBe('date');
  });
  it('require what the build requires and reject unknown keys', () => {
    expect(exemplar.required).toEqual(expect.arrayContaining(['title', 'kind', 'movement', 'unit', 'cover', 'publishedAt']));
    expect(exemplar.additionalProperties).toBe(false);
    const practice = jsonSchemaFor('practices', ids) as unknown as Schema;
    expect(practice.properties.exemplars?.items?.enum).toEqual(ids.get('exemplars'));
  });
});

describe('the committed .vscode/schemas/', () => {
  const fresh = allJsonSchemas(ids);
  for (const collection of COLLECTIONS) {
    it(`${collection}.json has the fields npm run schemas writes today`, () => {
      // Stale after a schema change: run npm run schemas. The lists of ids are left out of the
      // comparison: adding a story must not fail the tests (dev and new refresh them).
      const withoutIds = (text: string) =>
        JSON.stringify(JSON.parse(text), (key, value) => (key === 'enum' || key === 'options' ? undefined : value));
      expect(withoutIds(readFileSync(`.vscode/schemas/${collection}.json`, 'utf8'))).toBe(withoutIds(fresh[collection]!));
    });
  }
  it('label each field in Vietnamese for the hover', () => {
    expect(jsonSchemaFor('exemplars', ids).properties?.publishedAt?.title).toBe('Ngày đăng');
  });
});

describe('VS Code wiring', () => {
  it('maps each data collection to its schema and recommends the Astro, MDX and YAML extensions', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
    for (const collection of ['plans', 'movements', 'units', 'villages']) {
      expect(settings['yaml.schemas'][`./.vscode/schemas/${collection}.json`]).toBe(`content/${collection}/**/*.{yaml,yml}`);
    }
    const extensions = JSON.parse(readFileSync('.vscode/extensions.json', 'utf8')) as { recommendations: string[] };
    expect(extensions.recommendations).toEqual(
      expect.arrayContaining(['astro-build.astro-vscode', 'unifiedjs.vscode-mdx', 'redhat.vscode-yaml']),
    );
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/contentIntellisense: true/);
  });
});
