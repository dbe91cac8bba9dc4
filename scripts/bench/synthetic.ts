/**
 * Synthetic content for the benchmark: realistic Vietnamese exemplars, practices and scripts
 * that pass the same checks as real ones, built from word pools with a seeded random
 * generator (the same size gives the same site every run). Each exemplar about a person comes
 * with that person's record in people/, which is not an entry of the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface SyntheticFile {
  path: string;
  text: string;
}

const FAMILY = ['Nông', 'Hoàng', 'Lăng', 'Vi', 'Triệu', 'Lương', 'Chu', 'Hà', 'Đinh', 'Lộc', 'Mã', 'Đàm'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Thanh'];
const GIVEN = ['Sình', 'Thắng', 'Duyên', 'Hoa', 'Đông', 'Tú', 'Lan', 'Khải', 'Đạt', 'Hằng', 'Quyết', 'Nhung', 'Điền', 'Mai'];
const GROUPS = ['Tổ hợp tác', 'Chi hội phụ nữ', 'Chi đoàn', 'Tổ hòa giải', 'Tổ tự quản', 'Câu lạc bộ', 'Tổ an ninh'];
const TOPICS = [
  'trồng hồi hữu cơ',
  'nuôi lợn đen',
  'làm đường bê tông',
  'phân loại rác tại nguồn',
  'tiết kiệm xoay vòng',
  'trồng rau an toàn',
  'đọc sách buổi sáng',
  'hòa giải ở cơ sở',
  'đèn đường năng lượng mặt trời',
  'bán nông sản qua mạng',
];
const SENTENCES = [
  'Trước đây, bà con trong thôn gặp nhiều khó khăn vì đường sá đi lại vất vả, nông sản làm ra bán không được giá.',
  'Sau nhiều buổi họp bàn ở nhà văn hóa, mọi người thống nhất cùng góp công, góp sức để thay đổi.',
  'Đảng ủy, chính quyền xã thường xuyên động viên, tạo điều kiện để mô hình được duy trì và nhân rộng.',
  'Mỗi tháng, tổ họp một lần để rút kinh nghiệm, ai làm tốt thì được biểu dương trước thôn.',
  'Nhờ cách làm đồng bộ, thu nhập bình quân của các hộ tham gia tăng rõ rệt so với năm trước.',
  'Những việc tưởng nhỏ như giữ gìn đường làng sạch đẹp đã trở thành nếp sống của đồng bào.',
  'Các hộ khó khăn được hướng dẫn kỹ thuật, được hỗ trợ giống và theo dõi đến khi có thu hoạch.',
  'Phụ nữ, thanh niên trong thôn tích cực tham gia, đóng góp hàng trăm ngày công lao động.',
  'Kinh nghiệm được ghi lại thành từng bước để các thôn bạn đến tham quan, học tập và làm theo.',
  'Cuối năm, mô hình được Ủy ban nhân dân xã tặng giấy khen vì thành tích xuất sắc trong phong trào thi đua.',
];

/** The commune the stories are set in, read from a content folder (src/lib/… is not used: the bench measures it). */
export interface SyntheticCommune {
  villages: { id: string; name: string }[];
  /** Each movement of the plan with one of its lead units. */
  movements: [movement: string, unit: string][];
  /** The plan's year: every story counts toward it. */
  year: number;
}

/** Reads the villages and the latest plan's movements from `<root>/content`. */
export function communeOf(root: string): SyntheticCommune {
  const dir = (name: string) => join(root, 'content', name);
  const yaml = (path: string) => parse(readFileSync(path, 'utf8'), { schema: 'core' });
  const villages = readdirSync(dir('villages'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), name: (yaml(join(dir('villages'), f)) as { name: string }).name }));
  const plans = readdirSync(dir('plans'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => yaml(join(dir('plans'), f)) as { year: number; movements: { movement: string; leadUnits: string[] }[] });
  const plan = plans.sort((a, b) => b.year - a.year)[0]!;
  return { villages, movements: plan.movements.map((m) => [m.movement, m.leadUnits[0]!]), year: plan.year };
}

/** Mulberry32: small, seeded, good enough to vary text. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticContent(entries: number, commune: SyntheticCommune, seed = 1): SyntheticFile[] {
  const VILLAGES = commune.villages.map((v) => v.id);
  const MOVEMENTS = commune.movements;
  const villageName = () => pick(commune.villages).name.replace(/^Thôn\s+/i, '');
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const paragraph = () => Array.from({ length: 4 + Math.floor(rnd() * 3) }, () => pick(SENTENCES)).join(' ');
  const exemplars = Math.max(1, Math.round(entries * 0.6));
  const practices = Math.round(entries * 0.3);
  const scripts = entries - exemplars - practices;
  const files: SyntheticFile[] = [];
  const ids: string[] = [];
  for (let i = 0; i < exemplars; i++) {
    const [movement, unit] = pick(MOVEMENTS);
    const person = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const group = rnd() < 0.5;
    const name = group ? `${pick(GROUPS)} thôn ${villageName()}` : person;
    const topic = pick(TOPICS);
    const id = `bai-${i + 1}`;
    ids.push(id);
    const year = commune.year - 2 + (i % 3);
    const personId = `nguoi-${i + 1}`;
    if (!group) {
      files.push({
        path: `people/${personId}.yaml`,
        text: `name: ${person}\nageGroup: tu-16-tro-len\nconsent:\n  givenBy: ${person}\n  date: ${year}-01-05\n  recordedBy: Ủy ban nhân dân xã\nsample: true\n`,
      });
    }
    files.push({
      path: `exemplars/${id}.mdx`,
      text: `---
title: "${name}: ${topic}"
name: ${name}
kind: ${group ? 'tap-the' : 'ca-nhan'}
people: [${group ? '' : personId}]
movement: ${movement}
unit: ${unit}
village: ${pick(VILLAGES)}
year: ${year}
stage: ${pick(['phat-hien', 'boi-duong', 'ton-vinh', 'nhan-rong'])}
recognitions: []
summary: "${name} đi đầu trong việc ${topic}, được bà con tin tưởng và học tập."
cover:
  src: ../images/bench.jpg
  alt: "Ảnh minh họa về ${topic}"
publishedAt: ${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}
sample: true
---

## Hoàn cảnh

${paragraph()}

## Cách làm

${paragraph()}

${paragraph()}

## Kết quả

${paragraph()}
`,
    });
  }
  for (let i = 0; i < practices; i++) {
    const topic = pick(TOPICS);
    files.push({
      path: `practices/cach-lam-${i + 1}.mdx`,
      text: `---
title: "Cách làm ${topic} số ${i + 1}"
exemplars: [${pick(ids)}]
summary: "Kinh nghiệm ${topic} được viết lại để các thôn khác làm theo."
problem: "${pick(SENTENCES)}"
steps:
  - "${pick(SENTENCES)}"
  - "${pick(SENTENCES)}"
  - "${pick(SENTENCES)}"
results:
  - { label: "Hộ tham gia", value: ${10 + Math.floor(rnd() * 90)}, unit: "hộ" }
replications:
  - { place: "Thôn ${villageName()}", date: ${commune.year}-06-01, result: "${pick(SENTENCES)}" }
publishedAt: ${commune.year}-${String(1 + (i % 12)).padStart(2, '0')}-15
sample: true
---

${paragraph()}
`,
    });
  }
  for (let i = 0; i < scripts; i++) {
    files.push({
      path: `scripts/kich-ban-${i + 1}.mdx`,
      text: `---
title: "Bản tin số ${i + 1}"
status: da-duyet
airDates: [${commune.year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}]
exemplars: [${pick(ids)}]
sample: true
---

Kính thưa bà con nhân dân trong toàn xã!

${paragraph()}

${paragraph()}

Đài truyền thanh xã vừa phát bản tin. Cảm ơn bà con đã lắng nghe.
`,
    });
  }
  return files;
}
