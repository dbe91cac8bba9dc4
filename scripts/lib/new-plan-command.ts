/**
 * `npm run new -- plan <year>`: next year's plan from the latest published one, with what the
 * office must copy from the new document marked `[Ghi …]` (src/lib/authoring/new-plan.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeEditorSchemas } from '#lib/authoring/editor-schemas.ts';
import { nextPlan, planIdFor, type PlanInput } from '#lib/authoring/new-plan.ts';
import { discoverContentFiles, readContentFile } from '#lib/content/files.ts';
import { planInForce } from '#lib/plan/in-force.ts';
import { today } from '#lib/text/dates.ts';

/** The plans in content/plans/, as their files say, the latest first. */
export function readPlans(root: string) {
  // The files the site loads (src/lib/content/files.ts): year folders in, drafts out.
  const { entries, drafts } = discoverContentFiles(root, ['plans']);
  return [...entries, ...drafts]
    .map(({ file, id, draft }) => ({
      file,
      id,
      draft,
      data: parse(readContentFile(join(root, file)).text ?? '', { schema: 'core' }) as PlanInput,
    }))
    .sort((a, b) => b.data.year - a.data.year);
}

/** Writes content/plans/<id>.yaml for a year from the latest plan, and stops. */
export function newPlan(root: string, yearText: string | undefined, fail: (message: string) => never): never {
  const year = Number(yearText);
  if (!yearText || !Number.isInteger(year) || year < 2000 || year > 2100) fail('Cần năm của kế hoạch, ví dụ: npm run new -- plan 2024');
  const dir = join(root, 'content', 'plans');
  const plans = readPlans(root);
  if (plans.some((p) => p.data.year === year))
    fail(`Đã có kế hoạch năm ${year} (${plans.find((p) => p.data.year === year)!.file}): sửa tệp đó.`);
  // A draft (_ke-hoach-….yaml) counts as written, but the next plan starts from a published one.
  const published = plans.filter((p) => !p.draft);
  const latest = published.find((p) => p.data.year < year) ?? published[0];
  if (!latest) fail('Chưa có kế hoạch nào trong content/plans/ để làm điểm bắt đầu: chép một kế hoạch mẫu (xem docs/dung-cho-xa-khac.md).');
  const id = planIdFor(latest!.id, latest!.data.year, year);
  const target = join(dir, `${id}.yaml`);
  if (existsSync(target)) fail(`Tệp content/plans/${id}.yaml đã có.`);
  writeFileSync(target, nextPlan(latest!.data, latest!.id, year));
  const todayYear = today().getUTCFullYear();
  writeEditorSchemas(root);
  console.log(`Đã tạo kế hoạch năm ${year}: content/plans/${id}.yaml, từ kế hoạch năm ${latest!.data.year}.

Việc tiếp theo:
  1. Mở content/plans/${id}.yaml, ghi lại mọi chỗ [Ghi …] theo văn bản kế hoạch năm ${year}.
  2. Sửa danh sách phong trào (movements): đơn vị chủ trì, chỉ tiêu tối thiểu, câu giao nhiệm vụ.
     Phong trào mới: thêm tệp trong content/movements/ rồi thêm vào danh sách.
  3. npm run check     liệt kê mọi chỗ còn phải ghi.
  4. ${
    year > todayYear
      ? `Kế hoạch năm ${year} có hiệu lực trên trang từ năm ${year}: đến lúc đó trang chủ, các phong trào và /tien-do/ vẫn theo kế hoạch năm ${latest!.data.year}; trang /tien-do/${year}/ và /ke-hoach/${id}/ có ngay.`
      : `Từ nay trang chủ, các phong trào và /tien-do/ theo kế hoạch năm ${year}; tiến độ năm ${latest!.data.year} vẫn ở /tien-do/${latest!.data.year}/.`
  }
     Muốn viết xong rồi mới đăng: đổi tên tệp thành content/plans/_${id}.yaml (bản nháp không lên trang), xong thì bỏ dấu _.`);
  process.exit(0);
}

/** The published plan in force today, as its file says: what a new entry's defaults come from. */
export const planInForceOf = (root: string) =>
  planInForce(
    readPlans(root).filter((p) => !p.draft),
    today(),
  );
