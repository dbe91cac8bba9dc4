import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimedScripts, type TimedScript } from '#lib/loudspeaker/programme.ts';

/** The script as plain UTF-8 text, ready for a text-to-speech loudspeaker system. */
export const getStaticPaths = (async () =>
  (await getTimedScripts()).map((script) => ({ params: { id: script.id }, props: { script } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { script: TimedScript }).script.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
