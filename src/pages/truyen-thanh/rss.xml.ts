import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { bulletinContents, bulletinSummary } from '#lib/loudspeaker/bulletin-calendar.ts';
import { getBulletins } from '#lib/loudspeaker/programme.ts';
import { formatDayDate } from '#lib/text/dates.ts';
import { site } from '#lib/site/settings.ts';
import { paths } from '#lib/site/urls.ts';

/** The bulletins, latest air date first (scheduled ones included): a feed beside the calendar. */
export const GET: APIRoute = async ({ site: address }) => {
  const bulletins = (await getBulletins()).toReversed().slice(0, 50);
  return rss({
    title: `Bản tin ${site().station}`,
    description: `Các bản tin phát trên loa truyền thanh ${site().commune}: bài đọc, thời gian đọc, trang đọc chữ to và bản chữ trơn.`,
    site: address!,
    items: bulletins.map((b) => ({
      title: `Bản tin ${formatDayDate(b.date)}`,
      link: paths.bulletin(b.id),
      pubDate: b.date,
      description: `${bulletinSummary(b)}. ${bulletinContents(b).join(' ')}`,
      categories: ['Truyền thanh'],
    })),
    customData: '<language>vi-vn</language>',
  });
};
