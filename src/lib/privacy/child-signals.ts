/**
 * What a story tells that makes a named person a child, whose story the privacy law lets out
 * only with a parent's consent: an age under 16, a class up to 9, "học sinh", a school for
 * children, "em" before the name. The content checker asks for the matching record
 * (src/lib/content-check/checks/people-children.ts); these are the words it looks for.
 */
import type { Word } from './reader-text.ts';

const UNITS: Record<string, number> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/** A number written in digits ("14") or in words ("mười bốn", "hai mươi tám") at word i: its value and length. */
export function numberAt(list: readonly Word[], i: number): { value: number; length: number } | undefined {
  const word = list[i];
  if (!word) return undefined;
  const digits = /^(\d{1,3})/.exec(word.text);
  if (digits) return { value: Number(digits[1]), length: 1 };
  const next = (k: number) => (list[i + k] && list[i + k]!.gap === 'space' ? list[i + k]!.lower : undefined);
  if (word.lower === 'mười') {
    const unit = next(1) !== undefined ? UNITS[next(1)!] : undefined;
    // "mười năm" is ten years; fifteen is "mười lăm".
    return unit !== undefined && next(1) !== 'năm' ? { value: 10 + unit, length: 2 } : { value: 10, length: 1 };
  }
  const tens = UNITS[word.lower];
  if (tens === undefined || word.lower === 'lăm' || word.lower === 'mốt') return undefined;
  if (next(1) === 'mươi') {
    const unit = next(2) !== undefined ? UNITS[next(2)!] : undefined;
    return unit !== undefined ? { value: tens * 10 + unit, length: 3 } : { value: tens * 10, length: 2 };
  }
  return { value: tens, length: 1 };
}

export type ChildEvidence = 'child' | 'maybe-child' | 'adult';

export interface ChildSignal {
  evidence: ChildEvidence;
  /** Words of the text that say so, for the message: "14 tuổi", "lớp 8", "em". */
  text: string;
  /** The word where it starts. */
  at: number;
}

/** Words that may stand between a name and what is said of it: "Ngọc Ánh, năm nay 14 tuổi", "Ánh, học sinh lớp 8". */
const APPOSITION = new Set(['năm', 'nay', 'hiện', 'đang', 'là', 'đã', 'vừa', 'tròn', 'mới', 'lên', 'được', 'em', 'cháu', 'còn']);
const SCHOOL_FOR_CHILDREN = [['tiểu', 'học'], ['thcs'], ['trung', 'học', 'cơ', 'sở'], ['mầm', 'non'], ['mẫu', 'giáo'], ['nhà', 'trẻ']];

const at = (list: readonly Word[], i: number, parts: readonly string[]) =>
  parts.every((p, k) => list[i + k]?.lower === p && (k === 0 || list[i + k]!.gap !== 'stop'));

/**
 * What the words around a name say of the person's age. `start`..`end` is the name with its
 * honorific, `honorific` the honorific in lower case.
 */
export function childSignals(list: readonly Word[], start: number, end: number, honorific: string | undefined): ChildSignal[] {
  const found: ChildSignal[] = [];
  if (honorific === 'em' || honorific === 'cháu' || honorific === 'bé')
    found.push({ evidence: 'maybe-child', text: list[start]!.text, at: start });
  // "học sinh Triệu Thị Ngọc Ánh", "học sinh lớp 8 Triệu Thị Ngọc Ánh"
  for (let back = 1; back <= 4 && start - back >= 1; back++) {
    if (list[start - back + 1]!.gap === 'stop') break;
    if (at(list, start - back - 1, ['học', 'sinh'])) {
      found.push({ evidence: 'maybe-child', text: 'học sinh', at: start - back - 1 });
      break;
    }
  }
  // What follows the name, in the same sentence, joined only by apposition words.
  let i = end;
  while (i < list.length && i < end + 10 && list[i]!.gap !== 'stop') {
    const word = list[i]!;
    const number = numberAt(list, i);
    if (number && list[i + number.length]?.lower === 'tuổi') {
      found.push({
        evidence: number.value < 16 ? 'child' : 'adult',
        text: `${list
          .slice(i, i + number.length + 1)
          .map((w) => w.text)
          .join(' ')}`,
        at: i,
      });
      break;
    }
    if (word.lower === 'lớp') {
      const grade = numberAt(list, i + 1);
      if (grade) found.push({ evidence: grade.value <= 9 ? 'child' : 'maybe-child', text: `lớp ${list[i + 1]!.text}`, at: i });
      break;
    }
    if (at(list, i, ['học', 'sinh'])) {
      const school = SCHOOL_FOR_CHILDREN.find((parts) => [2, 3, 4].some((k) => at(list, i + k, parts)));
      found.push({ evidence: school ? 'child' : 'maybe-child', text: 'học sinh', at: i });
      i += 2;
      continue;
    }
    if (SCHOOL_FOR_CHILDREN.some((parts) => at(list, i, parts))) {
      found.push({ evidence: 'child', text: word.text, at: i });
      break;
    }
    if (!APPOSITION.has(word.lower)) break;
    i++;
  }
  return found;
}
