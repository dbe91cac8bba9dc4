/**
 * A zod issue as problems an editor can act on: the field in the file, the message, and how to
 * fix it. The hint is chosen by the issue's code and parameters (`params.hint`, set by the
 * schemas and the checker's own tools), never by matching its wording.
 */
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '#schemas/common.ts';
import { GUIDE, HINTS, MOVED_FIELDS } from '#schemas/hints.ts';

export interface IssueProblem {
  path: PropertyKey[];
  field: string;
  message: string;
  hint: string;
}

/** `consent.minor.guardian`, `steps[2]`: a path as the editor reads it. */
export function fieldName(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '') ||
    'frontmatter'
  );
}

/**
 * The file an issue is in: an entry's frontmatter between two "---" lines, or a YAML file
 * whose lines are all fields (people, plans, site.yaml); and the guide that explains its fields.
 */
export interface IssueFile {
  yaml: boolean;
  guide: string;
}
const FRONTMATTER: IssueFile = { yaml: false, guide: GUIDE };

export function issueToProblems(issue: z.core.$ZodIssue, file: IssueFile = FRONTMATTER): IssueProblem[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      field: fieldName([...path, key]),
      message: `Trường "${key}" không có trong mẫu.`,
      hint: MOVED_FIELDS[String(key)] ?? `Kiểm tra lỗi chính tả tên trường, hoặc xóa trường này (xem ${file.guide}).`,
    }));
  }
  // A key of a record (a short form in abbreviations.yaml) broke its own rule: say that rule.
  const inner = issue.code === 'invalid_key' || issue.code === 'invalid_element' ? issue.issues[0] : undefined;
  if (inner) return [{ path, field: fieldName(path), message: inner.message, hint: hintFor(inner, file) }];
  return [{ path, field: fieldName(path), message: issue.message, hint: hintFor(issue, file) }];
}

/** Where to add a missing field: a YAML file has no "---", and a field of a group goes under the group's line. */
function addField(path: readonly PropertyKey[], leaf: string, file: IssueFile): string {
  if (!file.yaml) return `Thêm dòng "${leaf}: …" vào phần đầu tệp (giữa hai dòng ---); ví dụ ở bảng trường trong ${file.guide}.`;
  const group = path.at(-2);
  const where =
    typeof group === 'number'
      ? `vào mục thứ ${group + 1} của danh sách "${fieldName(path.slice(0, -2))}", thụt vào như các dòng của mục đó`
      : group !== undefined
        ? `dưới dòng "${String(group)}:", thụt vào hai dấu cách như các dòng cùng nhóm`
        : 'vào tệp, sát lề trái (không thụt vào)';
  return `Thêm dòng "${leaf}: …" ${where}; xem ý nghĩa và ví dụ của từng trường trong ${file.guide}.`;
}

/**
 * A value in the wrong format, by its format: the advice for codes (file names, ids) only for
 * the code pattern; a pattern of its own (a phone number, a short form) is told by its message.
 */
function formatHint(issue: Extract<z.core.$ZodIssue, { code: 'invalid_format' }>, file: IssueFile): string {
  if (issue.format === 'email') return HINTS.email;
  if (issue.format === 'url') return HINTS.url;
  if (issue.format === 'regex' && issue.pattern === String(SLUG_PATTERN)) return HINTS.slug;
  return `Sửa theo lời báo ở trên; xem ${file.guide}.`;
}

/** How to fix a schema problem, by what kind of problem it is, in a file of that kind. */
export function hintFor(issue: z.core.$ZodIssue, file: IssueFile = FRONTMATTER): string {
  const own = issue.code === 'custom' ? issue.params?.hint : undefined;
  if (typeof own === 'string') return own;
  const leaf = String([...issue.path].reverse().find((key) => typeof key === 'string') ?? fieldName(issue.path));
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return addField(issue.path, leaf, file);
      return issue.expected === 'array'
        ? `Viết dạng danh sách: ${leaf}: [a, b] hoặc mỗi mục một dòng bắt đầu bằng "- ".`
        : issue.expected === 'number' || issue.expected === 'int'
          ? 'Viết con số, không có chữ hay đơn vị, ví dụ 2023.'
          : issue.expected === 'boolean'
            ? 'Viết true (có) hoặc false (không), không đặt trong dấu nháy.'
            : issue.expected === 'object'
              ? `Viết các trường con của "${leaf}" ở các dòng dưới, thụt vào hai dấu cách.`
              : issue.expected === 'date'
                ? HINTS.date
                : 'Viết chữ; nếu có dấu ":" hoặc "#", đặt cả câu trong dấu nháy kép.';
    case 'invalid_union':
      // A calendar date is a Date or a text (src/schemas/common.ts): neither was written.
      return issue.errors.flat().some((inner) => inner.code === 'invalid_type' && inner.expected === 'date')
        ? HINTS.date
        : `Xem cách viết trường "${leaf}" trong ${file.guide}.`;
    case 'invalid_value':
      return 'Chép đúng một trong các giá trị hợp lệ ở trên (chữ thường, không dấu).';
    case 'too_small':
      return issue.origin === 'array' ? 'Thêm ít nhất một mục vào danh sách.' : 'Viết thêm cho đủ ý.';
    case 'too_big':
      return issue.origin === 'array' ? 'Bớt mục trong danh sách.' : 'Rút gọn lại.';
    case 'invalid_format':
      return formatHint(issue, file);
    case 'custom':
      return `Sửa theo lời báo ở trên; xem ${file.guide}.`;
    default:
      return `Xem cách viết trường "${leaf}" trong ${file.guide}.`;
  }
}
