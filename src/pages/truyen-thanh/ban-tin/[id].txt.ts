import type { APIRoute, GetStaticPaths } from 'astro';
import type { Bulletin } from '../../../lib/bulletins.ts';
import { bulletinText, getBulletins, type TimedScript } from '../../../lib/broadcasts.ts';

/** A whole bulletin as plain text: its scripts in order, separated by blank lines. */
export const getStaticPaths = (async () =>
  (await getBulletins()).map((bulletin) => ({ params: { id: bulletin.id }, props: { bulletin } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(bulletinText((props as { bulletin: Bulletin<TimedScript> }).bulletin), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
