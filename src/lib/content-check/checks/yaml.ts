/** The frontmatter reads as YAML and is a list of "name: value" lines. */
import { error, type FileCheck } from '../context.ts';

export const checkYaml: FileCheck = ({ parsed }, report) => {
  for (const problem of parsed.errors) {
    report.add(
      error(
        problem.line,
        'frontmatter',
        problem.message,
        'So với một bài đúng trong cùng thư mục: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, câu có dấu ":" đặt trong dấu nháy kép.',
      ),
    );
  }
  const data = parsed.data;
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    report.add(
      error(
        parsed.dataStartLine,
        'frontmatter',
        'Phần thông tin (frontmatter) trống hoặc không phải danh sách "tên: giá trị".',
        'Tạo lại tệp bằng npm run new rồi chép nội dung sang, hoặc xem mẫu trong docs/huong-dan-bien-tap.md.',
      ),
    );
  }
};
