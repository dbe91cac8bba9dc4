/**
 * `npm run new -- plan 2024`: next year's plan, written from the latest one. The movements,
 * their lead units and minimums are carried over as the starting point; every text that must
 * be read again from the new plan becomes a [Ghi …] placeholder, with last year's text in a
 * comment above it, so `npm run check` lists what is left to write and the site still builds.
 */
import type { z } from 'astro/zod';
import type { PlanSchema } from '#schemas/plan.ts';

/** The latest plan as its file says (references as ids, dates as text). */
export type PlanInput = z.input<PlanSchema>;

const q = (value: string) => JSON.stringify(value);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The id of a year's plan, following the latest plan's id: ke-hoach-2023 → ke-hoach-2024. */
export function planIdFor(latestId: string, latestYear: number, year: number): string {
  return latestId.includes(String(latestYear)) ? latestId.replaceAll(String(latestYear), String(year)) : `ke-hoach-${year}`;
}

export function nextPlan(latest: PlanInput, latestId: string, year: number): string {
  const from = latest.year;
  const withYear = (text: string) => text.replaceAll(String(from), String(year));
  const was = (text: string, indent = '') => `${indent}# Năm ${from}: ${oneLine(text)}\n`;
  const write = (what: string) => q(`[Ghi ${what} theo kế hoạch năm ${year}]`);
  const list = (key: string, items: readonly string[], what: string) =>
    `${items.map((item) => was(item)).join('')}${key}:\n  - ${write(what)}\n`;

  const basis = latest.basis
    .map((b) => `${was(`${b.document}${b.date ? ` ngày ${String(b.date)}` : ''} của ${b.issuer}: ${b.title}`, '  ')}`)
    .join('');
  const methods = latest.methods
    .map((m) => `  - stage: ${m.stage}\n    title: ${q(m.title)}\n${was(m.text, '    ')}    text: ${write(`nội dung bước "${m.title}"`)}\n`)
    .join('');
  const timeline = latest.timeline
    .map(
      (t) =>
        `  - title: ${q(withYear(t.title))}\n${was(t.when, '    ')}    when: ${write(`thời điểm của mốc "${withYear(t.title)}"`)}\n${was(t.text, '    ')}    text: ${write(`nội dung mốc "${withYear(t.title)}"`)}\n`,
    )
    .join('');
  const duties = latest.duties
    .map((d) => `  - units: [${d.units.join(', ')}]\n${was(d.text, '    ')}    text: ${write('nhiệm vụ của các đơn vị này')}\n`)
    .join('');
  const recipients = latest.recipients ?? [];
  const movements = latest.movements
    .map((m) => {
      const minimum = [
        `count: ${m.minimum.count}`,
        ...(m.minimum.perUnit ? ['perUnit: true'] : []),
        ...(m.minimum.of ? [`of: ${q(m.minimum.of)}`] : []),
      ];
      return (
        `  - movement: ${m.movement}\n    leadUnits: [${m.leadUnits.join(', ')}]\n` +
        (m.leadUnitsNote ? `    leadUnitsNote: ${q(m.leadUnitsNote)}\n` : '') +
        `    minimum: { ${minimum.join(', ')} }\n${was(m.assignment, '    ')}    assignment: ${write('câu giao nhiệm vụ, chép nguyên văn')}\n`
      );
    })
    .join('');

  return `# Kế hoạch năm ${year}, tạo bằng "npm run new -- plan ${year}" từ kế hoạch năm ${from} (${latestId}).
# Mỗi chỗ [Ghi …] phải ghi lại theo văn bản kế hoạch năm ${year}; dòng "# Năm ${from}: …" ở trên là chữ năm trước để đối chiếu.
# Phong trào, đơn vị chủ trì và chỉ tiêu tối thiểu (movements) chép từ năm ${from} làm điểm bắt đầu: sửa, thêm, bớt cho đúng kế hoạch mới.
# npm run check liệt kê mọi chỗ còn phải ghi.
title: ${q(withYear(latest.title))}
shortTitle: ${q(`Kế hoạch năm ${year}`)}
year: ${year}
issuer: ${q(latest.issuer)}
# Số, ký hiệu và ngày ban hành, khi đã có: number: …/KH-UBND và issuedAt: ${year}-01-15
basis:
${basis}  - document: ${write('số văn bản căn cứ, ví dụ "Kế hoạch số …/KH-UBND"')}
    issuer: ${write('cơ quan ban hành văn bản căn cứ')}
    title: ${write('trích yếu văn bản căn cứ')}
    # Ngày của văn bản căn cứ, khi đã có: date: ${year}-01-15
${was(latest.summary)}summary: ${write('tóm tắt kế hoạch trong hai, ba câu')}
${list('purposes', latest.purposes, 'mục đích')}${list('requirements', latest.requirements, 'yêu cầu')}${was(latest.target)}target: ${write('đối tượng')}
${was(latest.generalCriteria)}generalCriteria: ${write('tiêu chí chung')}
methods:
${methods}timeline:
${timeline}duties:
${duties}# Nơi nhận, chép từ năm ${from}: kiểm tra lại theo văn bản mới.
recipients:${recipients.length ? `\n${recipients.map((r) => `  - ${q(r)}`).join('\n')}` : ' []'}
movements:
${movements}${latest.sample ? 'sample: true\n' : ''}`;
}
