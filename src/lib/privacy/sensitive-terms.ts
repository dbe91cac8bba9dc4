/**
 * What a story tells about a named person that the privacy law counts as sensitive: health and
 * disability, a poor or near-poor household, family circumstances. The content checker asks for
 * the person's consent to it (src/lib/content-check/checks/people-sensitive.ts); these are the
 * words it looks for, and the sentence a term stands in.
 */
import type { SensitiveTopic } from '#schemas/vocabulary.ts';
import type { Word } from './reader-text.ts';

/** Words that a story about a person's health, household or family uses, by topic. */
export const SENSITIVE_TERMS: Record<SensitiveTopic, readonly string[]> = {
  'suc-khoe': [
    'ung thư',
    'tai biến',
    'đột quỵ',
    'bại liệt',
    'bị liệt',
    'liệt nửa người',
    'khuyết tật',
    'tàn tật',
    'khiếm thị',
    'khiếm thính',
    'mù lòa',
    'bị mù',
    'bị điếc',
    'câm điếc',
    'tâm thần',
    'trầm cảm',
    'hiv',
    'aids',
    'nghiện',
    'cai nghiện',
    'chạy thận',
    'suy thận',
    'tiểu đường',
    'đái tháo đường',
    'huyết áp cao',
    'tăng huyết áp',
    'bệnh hiểm nghèo',
    'bệnh nặng',
    'ốm nặng',
    'ốm đau',
    'mắc bệnh',
    'bị bệnh',
    'lâm bệnh',
    'bệnh tật',
    'phẫu thuật',
    'nằm viện',
    'điều trị',
    'chất độc da cam',
    'dioxin',
    'thương binh',
    'thương tật',
    'di chứng',
    'bệnh lao',
    'lao phổi',
    'viêm gan',
    'sức khỏe yếu',
    'sức khoẻ yếu',
  ],
  'ho-ngheo': [
    'hộ nghèo',
    'cận nghèo',
    'thoát nghèo',
    'diện nghèo',
    'nhà nghèo',
    'gia đình nghèo',
    'nghèo khó',
    'nghèo đói',
    'từng nghèo',
    'rất nghèo',
    'quá nghèo',
    'còn nghèo',
    'sổ nghèo',
    'hộ khó khăn',
    'bảo trợ xã hội',
    'trợ cấp xã hội',
  ],
  'hoan-canh-gia-dinh': [
    'mồ côi',
    'bố mất',
    'mẹ mất',
    'cha mất',
    'chồng mất',
    'vợ mất',
    'bố qua đời',
    'mẹ qua đời',
    'cha qua đời',
    'chồng qua đời',
    'vợ qua đời',
    'góa',
    'goá',
    'ly hôn',
    'ly dị',
    'ly thân',
    'đơn thân',
    'một mình nuôi',
    'bạo lực gia đình',
    'ngồi tù',
    'đi tù',
    'chấp hành án',
    'hoàn cảnh khó khăn',
    'hoàn cảnh đặc biệt',
    'gia đình khó khăn',
    'gia đình nhiều khó khăn',
    'gia đình rất khó khăn',
    'gia đình đặc biệt khó khăn',
    'neo đơn',
    'không nơi nương tựa',
    'bị bỏ rơi',
  ],
};

/**
 * Words before a term that make it about a group or a cause, not one person: "các hộ
 * nghèo", "giúp hộ nghèo", "phòng chống bạo lực gia đình", "người khuyết tật".
 */
const GENERAL = new Set([
  'các',
  'những',
  'mọi',
  'nhiều',
  'mấy',
  'số',
  'bao',
  'cả',
  'từng',
  'cho',
  'giúp',
  'hỗ',
  'trợ',
  'với',
  'vì',
  'phòng',
  'chống',
  'quỹ',
  'tặng',
  'thăm',
  'hướng',
  'dẫn',
  'vận',
  'động',
  'người',
  'trẻ',
  'đối',
  'tượng',
  'chính',
  'sách',
]);
/** A count before a word for people or households is a group too ("chín hộ nghèo", "21 học sinh có hoàn cảnh khó khăn"); "năm 2016" is not. */
const COUNTS = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn']);
const COUNTED = new Set([
  'hộ',
  'người',
  'gia',
  'nhà',
  'em',
  'học',
  'cháu',
  'cụ',
  'bạn',
  'chị',
  'anh',
  'ông',
  'bà',
  'trẻ',
  'thành',
  'hội',
  'đoàn',
  'xã',
  'trường',
  'trong',
]);

export interface SensitiveTerm {
  topic: SensitiveTopic;
  text: string;
  start: number;
  end: number;
  /** About a group or a cause ("các hộ nghèo"), not a person. */
  general: boolean;
}

/** The terms by their first word; a term is matched as written, marks included ("còn nghèo" is not "con nghèo"). */
const TERMS = new Map<string, { topic: SensitiveTopic; parts: string[] }[]>();
for (const [topic, terms] of Object.entries(SENSITIVE_TERMS)) {
  for (const term of terms) {
    const parts = term.split(' ');
    TERMS.set(
      parts[0]!,
      [...(TERMS.get(parts[0]!) ?? []), { topic: topic as SensitiveTopic, parts }].sort((a, b) => b.parts.length - a.parts.length),
    );
  }
}

/** Every sensitive term in a text, the longest where two start at the same word. */
export function findSensitiveTerms(list: readonly Word[]): SensitiveTerm[] {
  const found: SensitiveTerm[] = [];
  for (let i = 0; i < list.length; i++) {
    const match = TERMS.get(list[i]!.lower)?.find(({ parts }) =>
      parts.every((p, k) => list[i + k]?.lower === p && (k === 0 || list[i + k]!.gap !== 'stop')),
    );
    if (!match) continue;
    const end = i + match.parts.length;
    let general = false;
    for (let back = 1; back <= 4 && i - back >= 0; back++) {
      if (list[i - back + 1]!.gap === 'stop') break;
      const word = list[i - back]!;
      const next = list[i - back + 1]!;
      const isCount = /^\d{1,3}$/.test(word.text) || COUNTS.has(word.lower);
      if (isCount ? back === 1 || COUNTED.has(next.lower) : GENERAL.has(word.lower)) {
        // "là người khuyết tật" is about one person.
        general = !(word.lower === 'người' && list[i - back - 1]?.lower === 'là');
        if (general) break;
      }
    }
    found.push({
      topic: match.topic,
      text: list
        .slice(i, end)
        .map((w) => w.text)
        .join(' '),
      start: i,
      end,
      general,
    });
    i = end - 1;
  }
  return found;
}

/** The sentence of word i: its first word and one past its last. */
export function sentenceOf(list: readonly Word[], i: number): { start: number; end: number } {
  let start = i;
  while (start > 0 && list[start]!.gap !== 'stop') start--;
  let end = i + 1;
  while (end < list.length && list[end]!.gap !== 'stop') end++;
  return { start, end };
}
