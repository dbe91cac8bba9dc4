import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimedScripts, type TimedVersion } from '#lib/loudspeaker/programme.ts';

/** A Tày or Nùng version as plain UTF-8 text, as its author wrote it (no speech normaliser exists for these languages). */
export const getStaticPaths = (async () =>
  (await getTimedScripts()).flatMap((script) =>
    script.versions.map((version) => ({ params: { id: script.id, lang: version.language }, props: { version } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { version: TimedVersion }).version.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
