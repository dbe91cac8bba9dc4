import type { APIRoute, GetStaticPaths } from 'astro';
import type { Bulletin } from '#lib/loudspeaker/bulletin-days.ts';
import { bulletinText, getBulletins, type TimedScript } from '#lib/loudspeaker/programme.ts';

/** A whole bulletin as plain text: its scripts in order, separated by blank lines. */
export const getStaticPaths = (async () =>
  (await getBulletins()).map((bulletin) => ({ params: { id: bulletin.id }, props: { bulletin } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(bulletinText((props as { bulletin: Bulletin<TimedScript> }).bulletin), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
