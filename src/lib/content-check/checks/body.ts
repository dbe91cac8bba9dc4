/** An MDX body is Markdown and the project's two components, nothing that runs (mdx-guard.ts). */
import { FORMAT } from '../../content/files.ts';
import { error, type FileCheck } from '../context.ts';
import { checkMdxBody } from '../mdx-guard.ts';
import { BODY_FIELD } from '../problem.ts';

export const checkBody: FileCheck = ({ parsed, entry }, report) => {
  if (FORMAT[entry.collection] !== 'mdx' || parsed.errors.length > 0) return;
  for (const issue of checkMdxBody(parsed.body).issues) {
    report.add(
      error(
        issue.line + parsed.bodyStartLine - 1,
        BODY_FIELD,
        issue.message,
        issue.hint ?? 'Xem mục "Thành phần dùng trong nội dung" trong docs/huong-dan-bien-tap.md.',
      ),
    );
  }
};
