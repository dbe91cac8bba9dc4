/**
 * What a story tells that makes a named person a child, whose story the privacy law lets out
 * only with a parent's consent: an age under 16 (written as "14 tuổi", "lên chín" or a birth
 * year), a class up to 9, "học sinh", a school for children, "em" before the name. The content
 * checker asks for the matching record (src/lib/content-check/checks/people-children.ts);
 * these are the words it looks for.
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

/** "học ở Trường Tiểu học", "học tại trường mầm non": a school reached through "học", with "trường" said. */
const STUDIES_AT = [[], ['ở'], ['tại']].map((where) => ['học', ...where, 'trường']);

const at = (list: readonly Word[], i: number, parts: readonly string[]) =>
  parts.every((p, k) => list[i + k]?.lower === p && (k === 0 || list[i + k]!.gap !== 'stop'));

/** Whether a clause ends after word i: "lên chín, rất chăm" is an age, "lên 3 lần" is not. */
const clauseEndsAfter = (list: readonly Word[], i: number) => !list[i + 1] || list[i + 1]!.gap !== 'space' || list[i + 1]!.lower === 'rồi';

/** An age read from a birth year on `today`: under 16 for sure, perhaps (16 this year, the birthday maybe still ahead), or not. */
function ageFromBirthYear(year: number, today: Date): ChildEvidence | undefined {
  const years = today.getUTCFullYear() - year;
  if (years < 0 || years > 130) return undefined; // a typo or not a birth year: nothing to say
  return years < 16 ? 'child' : years === 16 ? 'maybe-child' : 'adult';
}

const textOf = (list: readonly Word[], from: number, length: number) =>
  list
    .slice(from, from + length)
    .map((w) => w.text)
    .join(' ');

/**
 * What the words around a name say of the person's age. `start`..`end` is the name with its
 * honorific, `honorific` the honorific in lower case. `today` is the day the checker checks for
 * (`today()`, which BUILD_DATE sets): a birth year says an age only on a given day.
 */
export function childSignals(list: readonly Word[], start: number, end: number, honorific: string | undefined, today: Date): ChildSignal[] {
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
      found.push({ evidence: number.value < 16 ? 'child' : 'adult', text: textOf(list, i, number.length + 1), at: i });
      break;
    }
    // "năm nay lên chín": an age without "tuổi", only where the clause ends with it.
    const age = word.lower === 'lên' ? numberAt(list, i + 1) : undefined;
    if (age && clauseEndsAfter(list, i + age.length)) {
      found.push({ evidence: age.value < 16 ? 'child' : 'adult', text: textOf(list, i, age.length + 1), at: i });
      break;
    }
    // "sinh năm 2015", "sinh 1975"
    const year = word.lower === 'sinh' ? (list[i + 1]?.lower === 'năm' ? i + 2 : i + 1) : -1;
    if (year > 0 && /^\d{4}$/.test(list[year]?.text ?? '') && list[year]!.gap === 'space') {
      const evidence = ageFromBirthYear(Number(list[year]!.text), today);
      if (evidence) found.push({ evidence, text: textOf(list, i, year - i + 1), at: i });
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
    // "học lớp bốn": "học" leads to a class; "đang học mầm non" alone may be a teacher's training.
    if (word.lower === 'học' && list[i + 1]?.lower === 'lớp' && list[i + 1]!.gap === 'space') {
      i++;
      continue;
    }
    // "đang học ở Trường Tiểu học Ví Dụ"; a Trường THPT (15 to 18) says nothing sure.
    const school = STUDIES_AT.find((parts) => at(list, i, parts));
    if (school) {
      const kind = SCHOOL_FOR_CHILDREN.find((parts) => at(list, i + school.length, parts));
      if (kind) found.push({ evidence: 'child', text: textOf(list, i + school.length - 1, kind.length + 1), at: i });
      break;
    }
    if (!APPOSITION.has(word.lower)) break;
    i++;
  }
  return found;
}
