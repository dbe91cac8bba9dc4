import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, shareHeld, startContentCheck, stopOnContentErrors, type BackgroundCheck } from '#lib/content-check/background.ts';
import { checkContentAndPictures } from '#lib/content-check/checker.ts';
import { writeEditorSchemas } from '#lib/authoring/editor-schemas.ts';
import { formatProblem, formatReport } from '#lib/content-check/problem.ts';

/**
 * Runs the same checks as `npm run check` before Astro reads any content, so that a
 * broken file stops the build with every problem listed, file and line, in Vietnamese.
 * Astro alone would publish some of them (a missing reference, 30 February, an import).
 * In a build the check runs beside Astro's start (src/lib/content-check/background.ts);
 * the loaders wait for it, and so does the build before it renders a page.
 */
export default function contentGuard(): AstroIntegration {
  let check: Promise<BackgroundCheck> | undefined;
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        if (command === 'build') {
          check = startContentCheck(root);
          return;
        }
        // While editing, keep the editor's lists of valid ids in step with content/.
        if (command === 'dev') writeEditorSchemas(root);
        const { problems, unpublished } = await checkContentAndPictures(root);
        // The loaders leave out what the checker holds back, in dev as in a build.
        shareHeld(unpublished);
        for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) return;
        if (command === 'dev') {
          logger.error(`Nội dung có lỗi, trang sẽ không được xuất bản cho tới khi sửa xong:\n${formatReport(errors)}`);
          return;
        }
        throw new ContentError(errors);
      },
      'astro:build:start': async ({ logger }) => {
        if (!check) return;
        for (const warning of (await check).problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
        await stopOnContentErrors();
      },
    },
  };
}
