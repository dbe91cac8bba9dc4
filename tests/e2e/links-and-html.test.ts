import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist, htmlFiles, urlPath } from './helpers/built-site.ts';
import { HtmlValidate, type Report } from 'html-validate';
import { LinkChecker } from 'linkinator';

// The whole built site, as a visitor's browser would follow it: every internal link, anchor
// and image answers, and every page is valid HTML.

test('no broken internal link, anchor or image anywhere on the site', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${origin}/`,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    // Only this site: the share URLs point at the public address, not the test server.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.status ?? ''} ${link.url} (từ ${link.parent ?? '?'})`);
  expect(broken).toEqual([]);
  const pagesChecked = new Set(result.links.filter((link) => link.state === 'OK' && link.url.endsWith('/')).map((link) => link.url));
  // Every page in dist is reachable by links from the home page.
  const expected = htmlFiles()
    .map((file) => urlPath(file))
    .filter((path) => path.endsWith('/'));
  const unreachable = expected.filter((path) => !pagesChecked.has(`${origin}${path}`));
  expect(unreachable, 'trang không có liên kết nào dẫn tới').toEqual([]);
});

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Vietnamese text legitimately uses typographic quotes and long lines; Astro writes
      // boolean attributes and self-closing void elements its own way.
      'no-trailing-whitespace': 'off',
      'void-style': 'off',
      'attribute-boolean-style': 'off',
      'no-inline-style': 'error',
      // A story's full Vietnamese title is what a resident recognises in a shared link.
      'long-title': 'off',
    },
  });
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of files) {
    const report: Report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${relative(dist, file)}:${message.line} ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
