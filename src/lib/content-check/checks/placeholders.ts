/**
 * Text that `npm run new` left for the author to write: in the frontmatter by field, in the body
 * by line. A person's consent cannot be assumed, so a placeholder there is an error; the others warn.
 */
import { mustFill } from '../../authoring/new-entry.ts';
import { PLACEHOLDER } from '../../content/placeholders.ts';
import { error, warning, type FileCheck } from '../context.ts';
import { BODY_FIELD } from '../problem.ts';
import { fieldName } from '../schema-issues.ts';

const FILL_IN = 'Thay phần trong ngoặc vuông bằng nội dung thật trước khi đăng.';

export const checkPlaceholders: FileCheck = ({ parsed, placeholders }, report) => {
  for (const placeholder of placeholders) {
    const line = parsed.lineOf(placeholder.path);
    report.add(
      mustFill(placeholder)
        ? error(
            line,
            fieldName(placeholder.path),
            `Chưa điền sự đồng ý công bố: ${placeholder.text}`,
            'Điền theo phiếu đồng ý của người được nêu gương. Chưa có sự đồng ý thì chưa đăng bài.',
          )
        : warning(line, fieldName(placeholder.path), `Còn chỗ chưa điền: ${placeholder.text}`, FILL_IN),
    );
  }
  parsed.body.split(/\r?\n/).forEach((text, index) => {
    const match = PLACEHOLDER.exec(text);
    if (match) report.add(warning(parsed.bodyStartLine + index, BODY_FIELD, `Còn chỗ chưa điền: ${match[0]}`, FILL_IN));
  });
};
