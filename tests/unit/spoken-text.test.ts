import { describe, expect, it } from 'vitest';
import { loadAbbreviations } from '#lib/loudspeaker/abbreviations.ts';
import { decimalWords, integerWords, romanValue } from '#lib/loudspeaker/speech/number-words.ts';
import { toSpoken, type SpeechDictionary } from '#lib/loudspeaker/speech/spoken-text.ts';
import { findUnsayable, isVietnameseSyllable } from '#lib/loudspeaker/speech/unsayable.ts';

// A small list of its own, so that an editor changing content/abbreviations.yaml does not
// change what these rules are tested against; the real list is checked at the end.
const dictionary: SpeechDictionary = {
  abbreviations: {
    UBND: 'Ủy ban nhân dân',
    HĐND: 'Hội đồng nhân dân',
    MTTQ: 'Mặt trận Tổ quốc',
    NTM: 'nông thôn mới',
    TĐKT: 'thi đua, khen thưởng',
    HTX: 'hợp tác xã',
    THCS: 'trung học cơ sở',
    TW: 'Trung ương',
    CP: 'Chính phủ',
    QH: 'Quốc hội',
    KT: 'kinh tế',
    XH: 'xã hội',
    VNĐ: 'đồng',
    OCOP: 'Ô-cốp',
  },
  documents: { QĐ: 'quyết định', KH: 'kế hoạch', CT: 'chỉ thị', NĐ: 'nghị định', NQ: 'nghị quyết' },
  units: { đ: 'đồng', ha: 'héc-ta', m2: 'mét vuông', km: 'ki-lô-mét', kg: 'ki-lô-gam', h: 'giờ', '°C': 'độ C' },
};
const say = (text: string) => toSpoken(text, dictionary);

describe('numbers in words (read-vietnamese-number, set for the loudspeaker)', () => {
  it.each([
    ['12500000', 'mười hai triệu năm trăm nghìn'],
    ['105', 'một trăm linh năm'],
    ['1005', 'một nghìn không trăm linh năm'],
    ['21', 'hai mươi mốt'],
    ['11', 'mười một'],
    ['101', 'một trăm linh một'],
    ['24', 'hai mươi tư'],
    ['14', 'mười bốn'],
    ['25', 'hai mươi lăm'],
    ['15', 'mười lăm'],
    ['2023', 'hai nghìn không trăm hai mươi ba'],
    ['1000000', 'một triệu'],
    ['3500000000', 'ba tỷ năm trăm triệu'],
    ['1200000000000', 'một nghìn hai trăm tỷ'],
  ])('%s → %s', (digits, words) => expect(integerWords(digits)).toBe(words));

  it('reads a decimal comma as "phẩy" and the zeros after it', () => {
    expect(decimalWords('1', '5')).toBe('một phẩy năm');
    expect(decimalWords('0', '05')).toBe('không phẩy không năm');
  });

  it('knows Roman numerals and refuses other capitals', () => {
    expect([romanValue('XIII'), romanValue('XV'), romanValue('IV'), romanValue('HTX')]).toEqual([13, 15, 4, undefined]);
  });
});

describe('a bulletin sentence as a loudspeaker reads it', () => {
  it.each([
    // The issue's own sentence.
    [
      'Quyết định số 212/QĐ-UBND ngày 22/12/2023, thưởng 12.500.000 đồng; 25% số hộ; họp lúc 7h30',
      'Quyết định số hai trăm mười hai, quyết định của Ủy ban nhân dân ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi ba, thưởng mười hai triệu năm trăm nghìn đồng; hai mươi lăm phần trăm số hộ; họp lúc bảy giờ ba mươi',
    ],
    // Money
    ['được hỗ trợ 5.000.000 đồng', 'được hỗ trợ năm triệu đồng'],
    ['góp 500.000đ mỗi tháng', 'góp năm trăm nghìn đồng mỗi tháng'],
    ['tổng vốn 1,2 tỷ đồng', 'tổng vốn một phẩy hai tỷ đồng'],
    ['giá 35.000 VNĐ', 'giá ba mươi lăm nghìn đồng'],
    ['cước 110.000 đồng/tấn', 'cước một trăm mười nghìn đồng mỗi tấn'],
    ['thu nhập 105.000.000 đồng/năm', 'thu nhập một trăm linh năm triệu đồng mỗi năm'],
    // Dates
    ['ngày 22/12/2023', 'ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi ba'],
    ['Sáng 01/4/2024, thôn họp', 'Sáng ngày một tháng tư năm hai nghìn không trăm hai mươi tư, thôn họp'],
    ['từ 15/12 đến 20/12', 'từ ngày mười lăm tháng mười hai đến ngày hai mươi tháng mười hai'],
    ['ngày 5-9-2023', 'ngày năm tháng chín năm hai nghìn không trăm hai mươi ba'],
    ['trong tháng 4/2023', 'trong tháng tư năm hai nghìn không trăm hai mươi ba'],
    ['Kế hoạch từ 10/2023', 'Kế hoạch từ tháng mười năm hai nghìn không trăm hai mươi ba'],
    ['trong tháng 1 và tháng 12', 'trong tháng một và tháng mười hai'],
    ['giai đoạn 2021-2025', 'giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm'],
    ['năm 2023', 'năm hai nghìn không trăm hai mươi ba'],
    // Times
    ['họp lúc 7h', 'họp lúc bảy giờ'],
    ['từ 7h30 đến 11h', 'từ bảy giờ ba mươi đến mười một giờ'],
    ['phát lúc 17h05', 'phát lúc mười bảy giờ năm phút'],
    ['bắt đầu 14:30 chiều nay', 'bắt đầu mười bốn giờ ba mươi chiều nay'],
    ['làm việc 7h-11h', 'làm việc bảy giờ đến mười một giờ'],
    // Percentages and decimals
    ['đạt 100% kế hoạch', 'đạt một trăm phần trăm kế hoạch'],
    ['giảm 12,5 % hộ nghèo', 'giảm mười hai phẩy năm phần trăm hộ nghèo'],
    ['tỷ lệ hộ nghèo còn 2,35%', 'tỷ lệ hộ nghèo còn hai phẩy ba mươi lăm phần trăm'],
    ['năng suất 5,6 tấn/ha', 'năng suất năm phẩy sáu tấn mỗi héc-ta'],
    // Counts, units, fractions and ranges
    ['hiến 560m2 đất', 'hiến năm trăm sáu mươi mét vuông đất'],
    ['trồng 1,5 ha hồi', 'trồng một phẩy năm héc-ta hồi'],
    ['làm 2,7 km đường', 'làm hai phẩy bảy ki-lô-mét đường'],
    ['05 hộ đăng ký', 'năm hộ đăng ký'],
    ['đạt 19/19 tiêu chí NTM', 'đạt mười chín trên mười chín tiêu chí nông thôn mới'],
    ['mỗi tổ 3-5 người', 'mỗi tổ ba đến năm người'],
    ['rét đậm, nhiệt độ dưới 10°C', 'rét đậm, nhiệt độ dưới mười độ C'],
    ['1.250 lượt người', 'một nghìn hai trăm năm mươi lượt người'],
    // Ordinals and Roman numerals
    ['họp vào thứ 2 hằng tuần', 'họp vào thứ hai hằng tuần'],
    ['tối thứ 7 và thứ 4', 'tối thứ bảy và thứ tư'],
    ['lần thứ 3 được khen', 'lần thứ ba được khen'],
    ['đứng thứ 1 toàn huyện', 'đứng thứ nhất toàn huyện'],
    ['Đại hội lần thứ XIII của Đảng', 'Đại hội lần thứ mười ba của Đảng'],
    ['Quốc hội khóa XV', 'Quốc hội khóa mười lăm'],
    ['trong quý III', 'trong quý ba'],
    // Document numbers
    ['theo Kế hoạch số 148/KH-UBND', 'theo Kế hoạch số một trăm bốn mươi tám, kế hoạch của Ủy ban nhân dân'],
    ['Chỉ thị 05-CT/TW', 'Chỉ thị số năm, chỉ thị của Trung ương'],
    ['Luật số 91/2025/QH15', 'Luật số chín mươi mốt năm hai nghìn không trăm hai mươi lăm của Quốc hội khóa mười lăm'],
    ['Nghị định số 356/2025/NĐ-CP', 'Nghị định số ba trăm năm mươi sáu năm hai nghìn không trăm hai mươi lăm, nghị định của Chính phủ'],
    // Abbreviations
    ['UBND xã và Ban Thường trực UBMTTQ', 'Ủy ban nhân dân xã và Ban Thường trực UBMTTQ'],
    ['Thường trực HĐND, UBND, MTTQ xã', 'Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Mặt trận Tổ quốc xã'],
    ['Hội đồng TĐKT xã', 'Hội đồng thi đua, khen thưởng xã'],
    ['HTX nông nghiệp và trường THCS', 'hợp tác xã nông nghiệp và trường trung học cơ sở'],
    ['phát triển KT-XH', 'phát triển kinh tế, xã hội'],
    ['sản phẩm OCOP 3 sao', 'sản phẩm Ô-cốp ba sao'],
    ['ubnd viết thường không phải chữ viết tắt', 'ubnd viết thường không phải chữ viết tắt'],
    // Digits beside letters
    ['in khổ A4', 'in khổ A bốn'],
    ['phòng, chống COVID-19', 'phòng, chống COVID mười chín'],
    // Text without numbers is left as written
    ['Kính thưa bà con nhân dân trong toàn xã!', 'Kính thưa bà con nhân dân trong toàn xã!'],
  ])('%s', (written, spoken) => expect(say(written)).toBe(spoken));

  it('leaves no digit in a paragraph full of them', () => {
    const text = 'Năm 2023, 8/8 thôn có 1.236 hộ, 98,5% hộ đạt "Gia đình văn hóa"; 12 HTX, 3 tổ hợp tác; họp 7h30 ngày 4/5; QĐ 45/QĐ-UBND.';
    expect(say(text)).not.toMatch(/\d/);
  });
});

describe('what the loudspeaker cannot say', () => {
  it('finds symbols, emoji and abbreviations missing from the list, once each', () => {
    const found = findUnsayable(say('Gặp nhau #thôn & xóm ~ 🙂🙂 ở BQLDA, BQLDA, bà/con'));
    expect(found).toEqual([
      { kind: 'symbol', text: '#' },
      { kind: 'symbol', text: '&' },
      { kind: 'symbol', text: '~' },
      { kind: 'emoji', text: '🙂' },
      { kind: 'symbol', text: '/' },
      { kind: 'abbreviation', text: 'BQLDA' },
    ]);
  });

  it('says nothing about words in capitals, dates, numbers and known abbreviations', () => {
    expect(findUnsayable(say('KÍNH THƯA BÀ CON! Ngày 22/12/2023, UBND xã thưởng 5.000.000đ (25%) – theo 212/QĐ-UBND.'))).toEqual([]);
  });

  it('tells a Vietnamese syllable from an abbreviation', () => {
    expect(['BAN', 'NGHIÊNG', 'QUÝ', 'GIÀ', 'KHÒN'].every(isVietnameseSyllable)).toBe(true);
    expect(['UBND', 'HTX', 'THCS', 'TĐKT', 'OCOP', 'TW'].some(isVietnameseSyllable)).toBe(false);
    // A Roman numeral with no word before it that says how to read it is flagged too.
    expect(findUnsayable(say('Giải XIII đã bế mạc'))).toEqual([{ kind: 'abbreviation', text: 'XIII' }]);
  });
});

describe('content/abbreviations.yaml', () => {
  const list = loadAbbreviations(process.cwd());
  it('spells out the plan\u2019s abbreviations', () => {
    const spoken = toSpoken('UBND, HĐND, MTTQ, NTM, TĐKT, HTX, THCS', list);
    expect(spoken).not.toMatch(/\p{Lu}{2,}/u);
    expect(findUnsayable(spoken)).toEqual([]);
  });
  it('reads a decision number with its kind and issuer', () => {
    expect(toSpoken('số 212/QĐ-UBND', list)).toBe('số hai trăm mười hai, quyết định của Ủy ban nhân dân');
  });
});
