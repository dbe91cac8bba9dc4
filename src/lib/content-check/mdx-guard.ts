import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS, isMdxComponent } from '../content/mdx-components.ts';

export interface BodyIssue {
  /** 1-based line within the body. */
  line: number;
  message: string;
  hint?: string | undefined;
}

const allowedList = Object.keys(MDX_COMPONENTS).join(', ');
// mailto: too: an address written in the text becomes a link (GFM); a personal one is a privacy error.
const SAFE_URL = /^(https?:\/\/|mailto:|\/|#|\.{1,2}\/)/i;

/**
 * Content files are text, not programs: no import/export, no JavaScript expressions,
 * no HTML or <script>, only the project's components with plain-text attributes,
 * and links that go to web pages or to this site.
 */
export function checkMdxBody(body: string): { issues: BodyIssue[]; tree?: Root } {
  const issues: BodyIssue[] = [];
  let tree: Root;
  try {
    // The parser that renders the body (src/lib/content/mdx-render.ts), so both read it alike.
    tree = mdxToMdast(body) as Root;
  } catch (error) {
    // Sätteri reports "line:column: reason (rule)".
    const [, line, reason] = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/s.exec(String((error as Error).message ?? error)) ?? [];
    return {
      issues: [
        {
          line: Number(line ?? 1),
          message: `Nội dung MDX không đọc được: ${reason ?? 'lỗi cú pháp'}.`,
          hint: 'Các ký tự {, }, < và > có nghĩa đặc biệt trong MDX: viết chúng trong chữ thường sẽ gây lỗi. Kiểm tra thẻ <Quote>, <Callout> đã đóng đúng chưa.',
        },
      ],
    };
  }

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        issues.push({
          line,
          message: 'Không được dùng "import" hoặc "export" trong tệp nội dung.',
          hint: `Xóa dòng này. Chỉ dùng được các thành phần có sẵn: ${allowedList}.`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* … */} is a comment for the author, compiled to nothing.
        if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(String((node as { value?: unknown }).value ?? ''))) break;
        issues.push({
          line,
          message: 'Không được viết biểu thức trong dấu ngoặc nhọn { } trong tệp nội dung.',
          hint: 'Nếu cần viết dấu ngoặc nhọn như chữ thường, hãy đổi sang ngoặc tròn ( ).',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!isMdxComponent(name)) {
          issues.push({
            line,
            message: name ? `Thẻ <${name}> không được phép trong tệp nội dung.` : 'Không được dùng thẻ rỗng <> trong tệp nội dung.',
            hint: /^script$/i.test(name)
              ? 'Tệp nội dung không được chứa mã chạy trên trang. Xóa thẻ này.'
              : `Dùng Markdown cho chữ đậm, nghiêng, danh sách; hoặc một trong các thành phần: ${allowedList}.`,
          });
          break;
        }
        const allowed: readonly string[] = MDX_COMPONENTS[name].attributes;
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            issues.push({
              line,
              message: `Thẻ <${name}> không được có thuộc tính dạng { … }.`,
              hint: `Viết thuộc tính dạng ten="giá trị".`,
            });
            continue;
          }
          if (!allowed.includes(attribute.name)) {
            issues.push({
              line,
              message: `Thẻ <${name}> không có thuộc tính "${attribute.name}".`,
              hint: allowed.length ? `Thuộc tính dùng được: ${allowed.join(', ')}.` : `Thẻ <${name}> không nhận thuộc tính nào.`,
            });
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            issues.push({
              line,
              message: `Thuộc tính "${attribute.name}" của <${name}> phải là chữ trong dấu nháy kép.`,
              hint: `Viết ${attribute.name}="…".`,
            });
          }
        }
        break;
      }
      // Pictures go in the cover, where they are checked, resized and stripped of what the
      // camera wrote (place, owner); a body is rendered as text, so a picture in it would be
      // published as the original file, or not at all.
      case 'image':
      case 'imageReference':
        issues.push({
          line,
          message: `Không chèn ảnh vào nội dung bài (${node.type === 'image' ? `"${node.url.slice(0, 40)}"` : `"${node.alt ?? ''}"`}).`,
          hint: 'Xóa dòng ![…](…) này. Mỗi bài có một ảnh bìa: ghi ảnh ở trường cover (src: ../images/ten-anh.jpg, alt: lời tả ảnh) trong phần đầu tệp; trang tự thu nhỏ ảnh bìa cho điện thoại. Ảnh thứ hai nên đặt ở một bài khác, hoặc tả bằng lời.',
        });
        break;
      case 'link':
      case 'definition': {
        const url = node.url.trim();
        if (!SAFE_URL.test(url)) {
          issues.push({
            line,
            message: `Liên kết "${url.slice(0, 40)}" không được phép.`,
            hint: 'Chỉ dùng liên kết bắt đầu bằng https:// hoặc đường dẫn trong trang (bắt đầu bằng /).',
          });
        }
        break;
      }
      case 'html':
        issues.push({ line, message: 'Không được dùng mã HTML trong tệp nội dung.', hint: 'Dùng Markdown thay cho HTML.' });
        break;
    }
  });
  return { issues, tree };
}
