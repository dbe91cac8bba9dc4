import { describe, expect, it } from 'vitest';
import { findPrivateDetails, maskDetail, type PrivateDetailKind } from '#lib/privacy/private-details.ts';

const kinds = (text: string) => findPrivateDetails(text).map((d) => d.kind);
/** The same text with its Vietnamese letters decomposed, as some editors save them. */
const nfd = (text: string) => text.normalize('NFD');
/** Full-width digits and signs, as typed with an East Asian input method. */
const fullWidth = (text: string) => text.replace(/[0-9@+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Every digit as a decimal or hexadecimal HTML character reference. */
const decimalEntities = (text: string) => text.replace(/[0-9]/g, (c) => `&#${c.charCodeAt(0)};`);
const hexEntities = (text: string) => text.replace(/[0-9]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);

const cases = (kind: PrivateDetailKind, texts: string[]) => texts.map((text) => [kind, text] as const);

describe('findPrivateDetails finds each detail however it is written', () => {
  it.each([
    // Citizen ID (CCCD): 12 digits, however they are grouped.
    ...cases('citizen-id', [
      'Số CCCD 020190001234 của anh',
      'mã 001089012345',
      'số 020 185 001 234',
      'số 020.185.001.234',
      'số 020-185-001-234',
      'số 0201 8500 1234',
      'số 020185\u00A0001234',
      'số 020\u2009185\u2009001\u2009234',
      'số 020\u202F185\u202F001\u202F234',
      'số 020\u3000185\u3000001\u3000234',
      'số 0201\u200B8500\u200B1234',
      'số 020\u2013185\u2013001\u2013234',
      'căn cước 001 - 184 - 012 - 345',
      'Bà Liên, CMTND số 012345678, đã ký biên bản.',
      'số 020\u2014185\u2014001\u2014234',
      'số 020\u2212185\u2212001\u2212234',
      'số 020\u2011185\u2011001\u2011234',
      'số 020\u00AD185001234',
      'số 020&nbsp;185&nbsp;001&nbsp;234',
      'số 020&#160;185&#xA0;001&NonBreakingSpace;234',
      fullWidth('số 020185001234'),
      fullWidth('số 020 185 001 234'),
      decimalEntities('số 020185001234'),
      hexEntities('số 020185001234'),
      'số 020%20185%20001%20234',
      'số &#48;20185001234',
      'CCCD020185001234',
      'số định danh: 079 085 012 345',
      'số 0 2 0 1 8 5 0 0 1 2 3 4',
      'số không hai không một tám năm không không một hai ba bốn',
    ]),
    // Old identity card (CMND): 9 digits, only beside a word that names it.
    ...cases('citizen-id', [
      'CMND số 082123456',
      'CMND số 082 123 456',
      'số CMND: 082.123.456',
      'chứng minh nhân dân 182123456',
      nfd('chứng minh nhân dân 182123456'),
      nfd('căn cước 082123456'),
      nfd('Căn cước công dân: 082 123 456'),
      'can cuoc 082123456',
      'CĂN CƯỚC 082123456',
      'Số CMT 082123456',
      `${nfd('căn cước')}&nbsp;${fullWidth('082123456')}`,
      'số 082123456 cấp ngày 12/3/2010',
      'số 182 123 456 do Công an tỉnh cấp',
    ]),
    // Phone numbers.
    ...cases('phone', [
      'Số của tổ trưởng 0912 - 345 - 678 nhé',
      'Số của tổ trưởng [0912](https://zalo.me) 345 678 nhé',
      'Số của tổ trưởng 0912--345--678 nhé',
      'Số của tổ trưởng 0912   345   678 nhé',
      'Số của tổ trưởng 0912/345/678 nhé',
      'Số của tổ trưởng 0912,345,678 nhé',
      'gọi 0\uFE0F\u20E39\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E33\uFE0F\u20E34\uFE0F\u20E35\uFE0F\u20E36\uFE0F\u20E37\uFE0F\u20E38\uFE0F\u20E3 nhé',
      'gọi 0\u03329\u03321\u03322\u03323\u03324\u03325\u03326\u03327\u03328\u0332 nhé',
      'gọi \u0660\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668 nhé',
      'gọi \u24EA\u2468\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467 nhé',
      'gọi \u2070\u2079\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078 nhé',
      'Gọi anh Tú theo số 0912 345 678.',
      'ĐT: 0205.3870.123',
      'Liên hệ +84 912 345 678',
      'số máy (0205) 3870 123',
      'điện thoại 0987654321',
      'số 0912-345-678',
      'số 0912.345.678',
      'số 091 234 5678',
      'số 0912\u00A0345\u00A0678',
      'số 0912\u2013345\u2013678',
      'số 0912\u200B345678',
      'gọi 84 912 345 678',
      'gọi 84912345678',
      'gọi 84-912-345-678',
      'số 84 205 3870 123',
      'gọi 912 345 678',
      'gọi 912345678',
      'gọi 386 123 456',
      'gọi 865 123 456',
      'gọi 705 123 456',
      'gọi 523 456 789',
      'Zalo 912.345.678',
      'gọi (+84) 912 345 678',
      'gọi +84 (0) 912 345 678',
      'gọi +84912345678',
      'gọi ＋８４ ９１２ ３４５ ６７８',
      fullWidth('gọi 0912345678'),
      fullWidth('gọi 0912 345 678'),
      decimalEntities('gọi 0912345678'),
      hexEntities('gọi 0912345678'),
      'gọi &#48;912345678',
      'gọi 09&#x31;2345678',
      'gọi 0912%20345%20678',
      'SĐT0912345678',
      'năm 2023 0912 345 678',
      'số 0912345678 (Zalo)',
      'ĐT: 0123 456 789',
      'call +1 415 555 2671',
      'gọi 0912**345**678',
      'gọi **0912 345 678**',
      'gọi `0912345678`',
      'gọi 0912\\-345\\-678',
      'gọi 0912{/* */}345678',
      'số 0912\n345 678',
      'số 0912\r\n345 678',
      'phone: "\\u0030912345678"',
      'gọi 09 12 34 56 78',
      'gọi 0 9 1 2 3 4 5 6 7 8',
      'gọi không chín một hai ba bốn năm sáu bảy tám',
      'gọi Không Chín Một Hai, Ba Bốn Năm, Sáu Bảy Tám',
      '[gọi ngay](tel:0912345678)',
      'gọi 0084 912 345 678',
      'gọi (84) 912 345 678',
      'gọi O912 345 678',
      'gọi 09O2 345 678',
      'gọi 0912 345 67O',
      'ĐT: (0205) 3.870.123',
    ]),
    // Personal e-mail addresses.
    ...cases('bank-account', [
      'Ủng hộ gia đình qua STK 1903 5678 9012 34 tại Techcombank',
      'số tài khoản 8800123456 Agribank',
      'Số TK: 0123456789 (Vietcombank)',
      'tài khoản ngân hàng số 1234.5678.901',
    ]),
    ...cases('email', [
      'thư về tu.hoang@gmail.com',
      'thư về tu.hoang&#64;gmail.com',
      'thư về tu.hoang&#x40;gmail.com',
      'thư về tu.hoang&commat;gmail.com',
      'thư về tu.hoang%40gmail.com',
      'thư về tu.hoang＠gmail.com',
      'thư về tu.hoang﹫gmail.com',
      'thư về ｔｕ．ｈｏａｎｇ＠ｇｍａｉｌ．ｃｏｍ',
      'thư về tu.hoang @ gmail.com',
      'thư về tu.hoang [at] gmail.com',
      'thư về tu.hoang(at)gmail.com',
      'thư về tu.hoang (a còng) gmail.com',
      'thư về tu.hoang a còng gmail chấm com',
      'thư về tu.hoang [at] gmail [dot] com',
      nfd('thư về tu.hoang (a còng) gmail (chấm) com'),
      '[Viết thư](mailto:tu.hoang%40gmail.com)',
      'thư về tu\u200B.hoang@gmail.com',
      'viết cho hoang.van.tu@yahoo.com.vn nhé',
      'thư về tu.hoang(a)gmail.com',
      'thư về tu.hoang at gmail dot com',
      'thư về tu.hoang**@**gmail.com',
      'email: "tu.hoang\\x40gmail.com"',
      '[Viết thư](mailto:tu.hoang&#64;gmail.com)',
      'ghi chú {/* tu.hoang@gmail.com */}',
      '[viết thư](mailto:hoang.dat＠gmail.com)',
      'thư về nguyenvana @gmail.com',
      'thư về nguyenvana@ gmail.com',
      'thư về nguyenvana @ gmail . com',
      'thư về nguyenvana@gmail[.]com',
      'thư về nguyenvana a móc gmail chấm com',
      'thư về nguyenvana@gmail thôi',
    ]),
  ])('finds a %s in "%s"', (kind, text) => {
    expect(kinds(text)).toEqual([kind]);
  });
});

describe('findPrivateDetails leaves public numbers and official mailboxes alone', () => {
  it.each([
    'Thu nhập 350.000.000 đồng/năm',
    'lãi 350.000.000đ',
    'doanh thu 350.000.000',
    'vay 12.500.000 đồng',
    'tổng vốn 120.000.000.000 đồng',
    'tổng vốn 84.900.000.000 đồng',
    'hỗ trợ 1,5 tỷ đồng',
    'hỗ trợ 350 000 000 đồng',
    'thu 912345678 đồng',
    'có 912 345 678 lượt xem',
    'Theo Kế hoạch số 148/KH-UBND ngày 24/3/2023',
    'Quyết định số 212/QĐ-UBND ngày 22/12/2023',
    'Quyết định số 2150/QĐ-UBND năm 2023',
    'ngày 2023-12-22',
    'ngày 22/12/2023, 22.12.2023, 22-12-2023',
    'ngày 22-12-2023 09:30',
    'các năm 2021 2022 2023',
    'giai đoạn 2021 – 2025',
    'giai đoạn 2021\u20132025',
    'tăng 15% so với năm 2022, đạt 98,5%',
    'diện tích 2.500 m2, 1.200 con gà, 45 hộ',
    'đường bê tông dài 1.250 m, rộng 3,5 m',
    'ISBN 978-604-1-12345-6',
    'ISBN 9786041123456',
    'mã vạch 8935235226272',
    'mã số thuế 0101234567',
    'tổng 082123456 lượt',
    'xóm 1 2 3 4 5 6 7 8 9',
    'Quyết định số 1234567/QĐ-UBND',
    'số hồ sơ 000.00.12.H33-230101-0001',
    'ảnh IMG_20231222_091234567.jpg',
    'gửi về ubndquanglac@langson.gov.vn',
    'gửi về ubnd&#64;langson.gov.vn.',
    'gửi về vanthu%40quanglac.langson.gov.vn',
    'gửi về ubnd＠langson.gov.vn',
    'nhìn at gmail.com',
    'theo dõi @hoinongdan.quanglac trên mạng',
    'kết quả 1.5@2.5',
    'gặp nhau @ nhà văn hóa',
    '&amp;#64; &lt;b&gt; AT&amp;T',
    'đếm một hai ba bốn năm sáu bảy tám chín mười',
    'phương án (a) hoặc (b)',
    'năm 2023\n2. Nội dung',
    'đạt 350\n120 hộ',
    '- 2021\n- 2022\n- 2023',
    'Cho 350.000.000 đồng, theo 912 hộ',
    'Theo 0 hộ, có 350 000 000o',
    'Giai đoạn 2021 - 2025 và 2021-2025',
    'Ngày 27/11/2026 và 01/12/2026',
    'Quyết định số 212/2023/QĐ-UBND ngày 12/5/2023',
    'thôn 1,2,3 và tổ 4, điểm 9,5/10, tỷ lệ 95,5%',
    'Năm 2023 - 2024 có 120 - 150 hộ',
    'Diện tích 100 m² và ½ ha',
    'xem @gmail ở đâu',
    'Xã mở tài khoản cho 120 hộ năm 2023',
    'Tài khoản của hợp tác xã có 350.000.000 đồng, thêm 12 triệu',
  ])('finds nothing in "%s"', (text) => {
    expect(findPrivateDetails(text)).toEqual([]);
  });
});

describe('findPrivateDetails reports positions in the text as written', () => {
  it('reports where each detail is, in order', () => {
    const text = 'A 0912345678, B x@y.vn';
    expect(findPrivateDetails(text).map((d) => [d.kind, d.index])).toEqual([
      ['phone', 2],
      ['email', 16],
    ]);
  });

  it('points past entities, decomposed letters and invisible characters to the original offset', () => {
    const before = `${nfd('Căn cước')} &amp; hồ sơ\u200B: `;
    const text = `${before}&#48;20 185 001 234 và tu&#64;gmail.com`;
    const details = findPrivateDetails(text);
    expect(details.map((d) => d.kind)).toEqual(['citizen-id', 'email']);
    expect(details[0]!.index).toBe(before.length);
    expect(text.slice(details[1]!.index)).toBe('tu&#64;gmail.com');
  });

  it('reports the detail as a reader sees it, so the mask shows digits', () => {
    const [detail] = findPrivateDetails('số &#48;20185001234');
    expect(detail!.text).toBe('020185001234');
    expect(maskDetail(detail!.text)).toBe('02…34');
  });

  it('finds each of several numbers on one line, once', () => {
    expect(kinds('0912345678-0987654321 và CCCD 020185001234')).toEqual(['phone', 'phone', 'citizen-id']);
  });
});

describe('maskDetail', () => {
  it('masks a detail so error messages do not repeat it', () => {
    expect(maskDetail('0912345678')).toBe('09…78');
    expect(maskDetail('123')).toBe('****');
  });
});
