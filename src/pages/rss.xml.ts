import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getExemplars, getPractices } from '#lib/content/queries.ts';
import { site as siteSettings } from '#lib/site/settings.ts';
import { paths } from '#lib/site/urls.ts';

/** New stories and good practices, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const [exemplars, practices] = await Promise.all([getExemplars(), getPractices()]);
  const items = [
    ...exemplars.map((e) => ({
      title: e.data.title,
      description: e.data.summary,
      pubDate: e.data.publishedAt,
      link: paths.exemplar(e.id),
      categories: ['Điển hình'],
    })),
    ...practices.map((p) => ({
      title: p.data.title,
      description: p.data.summary,
      pubDate: p.data.publishedAt,
      link: paths.practice(p.id),
      categories: ['Cách làm hay'],
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: siteSettings().siteName,
    description: siteSettings().description,
    site: site!,
    items: items.slice(0, 50),
    customData: '<language>vi-vn</language>',
  });
};
