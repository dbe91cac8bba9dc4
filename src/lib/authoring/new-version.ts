/**
 * `npm run new -- tyz <script-id>`: a Tày (or Nùng) version of a script for the station's staff
 * to write, valid as written (a draft), every field explained. The site never translates: the
 * text is left as a placeholder, which `npm run check` lists until it is written.
 */
import { SCRIPT_APPROVED, SCRIPT_DRAFT, SCRIPT_LANGUAGE_NAMES, type ScriptLanguage } from '#schemas/vocabulary.ts';

export interface NewVersionInput {
  language: ScriptLanguage;
  /** The Vietnamese script's file name. */
  script: string;
  /** Its title, to name it in the comment. */
  scriptTitle: string;
  /** Its preparing unit, a sensible default for the version's. */
  preparedBy?: string | undefined;
}

export function newVersion(input: NewVersionInput): { path: string; text: string } {
  const name = SCRIPT_LANGUAGE_NAMES[input.language];
  return {
    path: `scripts/${input.language}/${input.script}.mdx`,
    text: `---
# Bản tiếng ${name} của kịch bản ${JSON.stringify(input.scriptTitle)} (content/scripts/${input.script}.mdx).
# Cán bộ đài truyền thanh viết; trang không tự dịch. Ngày phát và bài viết về ai lấy theo kịch bản tiếng Việt.
# Tiêu đề bằng tiếng ${name}.
title: "[Viết tiêu đề bằng tiếng ${name}]"
# ${SCRIPT_DRAFT}: chưa đăng; ${SCRIPT_APPROVED}: đã duyệt, đăng cùng kịch bản tiếng Việt khi kịch bản đó cũng đã duyệt.
status: ${SCRIPT_DRAFT}
# Đơn vị có cán bộ viết bản này (tên tệp trong content/units/).
${input.preparedBy ? `preparedBy: ${input.preparedBy}` : '# preparedBy: cong-chuc-van-hoa-xa-hoi'}
# Một câu tóm tắt bằng tiếng Việt, cho người biên tập.
summary: "[Viết một câu tóm tắt bằng tiếng Việt]"
# Bài thật: false. Chỉ bài mẫu minh họa do nhóm phát triển viết mới là true.
sample: false
---

[Viết lời đọc bằng tiếng ${name}: mỗi đoạn cách nhau một dòng trống, như bản tiếng Việt.]
`,
  };
}
