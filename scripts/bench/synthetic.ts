/**
 * Synthetic content for the benchmark: realistic Vietnamese exemplars, practices and scripts
 * that pass the same checks as real ones, built from word pools with a seeded random
 * generator (the same size gives the same site every run). Each exemplar about a person comes
 * with that person's record in people/, which is not an entry of the site.
 */
export interface SyntheticFile {
  path: string;
  text: string;
}

const FAMILY = ['Nông', 'Hoàng', 'Lăng', 'Vi', 'Triệu', 'Lương', 'Chu', 'Hà', 'Đinh', 'Lộc', 'Mã', 'Đàm'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Thanh'];
const GIVEN = ['Sình', 'Thắng', 'Duyên', 'Hoa', 'Đông', 'Tú', 'Lan', 'Khải', 'Đạt', 'Hằng', 'Quyết', 'Nhung', 'Điền', 'Mai'];
const GROUPS = ['Tổ hợp tác', 'Chi hội phụ nữ', 'Chi đoàn', 'Tổ hòa giải', 'Tổ tự quản', 'Câu lạc bộ', 'Tổ an ninh'];
const TOPICS = ['trồng hồi hữu cơ', 'nuôi lợn đen', 'làm đường bê tông', 'phân loại rác tại nguồn', 'tiết kiệm xoay vòng', 'trồng rau an toàn', 'đọc sách buổi sáng', 'hòa giải ở cơ sở', 'đèn đường năng lượng mặt trời', 'bán nông sản qua mạng'];
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
const VILLAGES = ['co-man', 'khon-khuyen', 'khon-pat', 'luc-dien', 'na-chuong', 'na-lenh', 'na-pan', 'po-mo'];
const MOVEMENTS: [movement: string, unit: string][] = [
  ['hoc-tap-va-lam-theo-bac', 'ban-tuyen-giao-dang-uy'],
  ['chung-suc-xay-dung-nong-thon-moi', 'ban-quan-ly-xay-dung-nong-thon-moi'],
  ['vi-nguoi-ngheo', 'cong-chuc-van-hoa-xa-hoi'],
  ['toan-dan-doan-ket', 'uy-ban-mat-tran-to-quoc-xa'],
  ['phat-trien-kinh-te', 'hoi-nong-dan-xa'],
  ['khoi-nghiep-thanh-nien', 'doan-thanh-nien-xa'],
  ['phu-nu-thoi-dai-moi', 'hoi-lien-hiep-phu-nu-xa'],
];

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

export function syntheticContent(entries: number, seed = 1): SyntheticFile[] {
  const rnd = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
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
    const name = group ? `${pick(GROUPS)} thôn ${pick(['Nà Chuông', 'Khòn Khuyên', 'Pò Mỏ', 'Lục Điền'])}` : person;
    const topic = pick(TOPICS);
    const id = `bai-${i + 1}`;
    ids.push(id);
    const year = 2021 + (i % 3);
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
  - { place: "Thôn ${pick(['Nà Pàn', 'Cò Măn', 'Khòn Pát'])}", date: 2023-06-01, result: "${pick(SENTENCES)}" }
publishedAt: 2023-${String(1 + (i % 12)).padStart(2, '0')}-15
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
airDates: [2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}]
exemplars: [${pick(ids)}]
sample: true
---

Kính thưa bà con nhân dân trong toàn xã!

${paragraph()}

${paragraph()}

Đài truyền thanh xã Quảng Lạc vừa phát bản tin. Cảm ơn bà con đã lắng nghe.
`,
    });
  }
  return files;
}
