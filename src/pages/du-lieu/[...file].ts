import type { APIRoute, GetStaticPaths } from 'astro';
import { openData, type OpenDataFile } from '#lib/open-data/files.ts';
import { paths } from '#lib/site/urls.ts';

const TYPES: Record<OpenDataFile['format'], string> = {
  JSON: 'application/json; charset=utf-8',
  CSV: 'text/csv; charset=utf-8',
  'JSON Schema': 'application/schema+json; charset=utf-8',
};

/** Every open-data file (/du-lieu/*.json, *.csv, the per-movement and per-village lists), listed on /du-lieu/. */
export const getStaticPaths = (async () =>
  (await openData()).files.map((file) => ({
    params: { file: file.path.slice(paths.openData().length) },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OpenDataFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': TYPES[props.file.format] } });
