import type { APIRoute } from 'astro';
import { bulletinCalendar } from '#lib/loudspeaker/bulletin-calendar.ts';
import { getBulletins } from '#lib/loudspeaker/programme.ts';
import { buildDay } from '#lib/text/dates.ts';
import { site } from '#lib/site/settings.ts';

/** Every bulletin airing as an all-day event, for the station's staff to subscribe to. */
export const GET: APIRoute = async ({ site: address }) =>
  new Response(bulletinCalendar(await getBulletins(), { site: address!, name: `Bản tin ${site().station}`, stamp: buildDay() }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
