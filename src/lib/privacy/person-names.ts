/**
 * People's names in stories: where a text names someone (an honorific or kinship term
 * followed by capitalised syllables, "chị Lụa", "ông Hoàng Văn Chiến", or a full name
 * starting with a Vietnamese surname), which person on record it is, and where a text
 * still names a person who withdrew their consent, however it is written (src/lib/privacy/reader-text.ts).
 */
import { HONORIFICS, KINSHIP, PLACE_NAMES, PLACE_WORDS, SURNAMES } from './name-words.ts';
import { fold, syllableMatches, type Word } from './reader-text.ts';

export interface PersonNames {
  id: string;
  /** Full name as written, "Hoàng Thị Lụa". */
  name: string;
  /** Other ways stories name the person: "chị Lụa", "Ngọc Ánh". */
  alsoKnownAs?: readonly string[] | undefined;
}

/** A name written in a text: its words, from `start` to `end` (exclusive) in the word list. */
export interface Mention {
  start: number;
  end: number;
  /** The honorific as written in lower case, when there is one. */
  honorific?: string | undefined;
  /** The capitalised words after it, lower case. */
  syllables: string[];
}

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);

const HONORIFIC_PARTS = HONORIFICS.map((h) => h.split(' '));
const HONORIFIC_FIRST = new Set(HONORIFIC_PARTS.map((parts) => parts[0]!));
const HONORIFIC_FIRST_FOLDED = new Set(HONORIFIC_PARTS.map((parts) => fold(parts[0]!)));

/** An honorific starting at word i: its length in words, or 0. Not strict: marks may be left off ("chi" for "chị"). */
function honorificAt(list: readonly Word[], i: number, strict = true): number {
  const first = list[i];
  if (!first || !(strict ? HONORIFIC_FIRST.has(first.lower) : HONORIFIC_FIRST_FOLDED.has(first.folded))) return 0;
  for (const parts of HONORIFIC_PARTS) {
    if (i + parts.length > list.length) continue;
    const ok = parts.every((part, k) => {
      const word = list[i + k]!;
      return (strict ? word.lower === part : syllableMatches(word.lower, part)) && (k === 0 || word.gap === 'space');
    });
    if (ok) return parts.length;
  }
  return 0;
}

const isCapitalised = (word: Word, allCaps: boolean) => {
  if (!/^\p{Lu}/u.test(word.text) || /\p{N}/u.test(word.text)) return false;
  const rest = word.text.slice(1);
  return rest === rest.toLowerCase() || (allCaps && word.text === word.text.toUpperCase());
};

/** Capitalised words from `from`, joined by spaces only, at most `max`. */
function capitalisedRun(list: readonly Word[], from: number, allCaps: boolean, max = 5): number {
  let end = from;
  while (end < list.length && end - from < max && (end === from || list[end]!.gap === 'space') && isCapitalised(list[end]!, allCaps)) end++;
  return end;
}

const isPlaceWord = (word: Word | undefined) => word !== undefined && PLACE_WORDS.has(word.lower);

/**
 * Every place where a text names a person by the look of it: an honorific followed by
 * capitalised syllables ("chị Lụa", "Ông Hoàng Văn Chiến"), or three to five capitalised
 * syllables starting with a surname ("Bí thư Hoàng Văn Quyết"). Not: an honorific
 * followed by a kinship word ("Anh Em", "Bà Con"), "em" in "anh em" or "chị em", a name
 * after a place word ("núi Bà Đen", "Trường THCS Hoàng Văn Thụ"), or a place in PLACE_NAMES.
 */
export function findMentions(list: readonly Word[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < list.length) {
    const before = i > 0 && list[i]!.gap === 'space' ? list[i - 1] : undefined;
    const length = honorificAt(list, i);
    if (length > 0) {
      const honorific = list
        .slice(i, i + length)
        .map((w) => w.lower)
        .join(' ');
      const allCaps = list[i]!.text === list[i]!.text.toUpperCase() && list[i]!.text.length > 1;
      const from = i + length;
      const end = from < list.length && list[from]!.gap === 'space' ? capitalisedRun(list, from, allCaps) : from;
      const first = list[from];
      const skip =
        end === from ||
        KINSHIP.has(first!.lower) ||
        isPlaceWord(before) ||
        (honorific === 'em' && (before?.lower === 'anh' || before?.lower === 'chị')) ||
        PLACE_NAMES.includes(`${honorific} ${first!.lower}`);
      if (!skip) {
        mentions.push({ start: i, end, honorific, syllables: list.slice(from, end).map((w) => w.lower) });
        i = end;
        continue;
      }
      i += length;
      continue;
    }
    const word = list[i]!;
    if (SURNAMES.has(word.lower) && isCapitalised(word, true)) {
      const allCaps = word.text === word.text.toUpperCase() && word.text.length > 1;
      const end = capitalisedRun(list, i, allCaps);
      // "Trường THCS Hoàng Văn Thụ", "Cộng sản Hồ Chí Minh" is the name of something else; a word capitalised
      // only because it starts the sentence ("Bạn Triệu Thị Bé") is not part of the name.
      const sentenceStart = before !== undefined && before.gap === 'stop' && before.text !== before.text.toUpperCase();
      const partOfLonger =
        before !== undefined && ((isCapitalised(before, true) && !sentenceStart) || isPlaceWord(before) || honorificAt(list, i - 1) > 0);
      if (end - i >= 3 && !partOfLonger) {
        mentions.push({ start: i, end, syllables: list.slice(i, end).map((w) => w.lower) });
        i = end;
        continue;
      }
    }
    i++;
  }
  return mentions;
}

/** A name's parts: its full syllables, and each alias split into honorific and syllables. */
export interface NameForms {
  full: string[];
  aliases: { honorific?: string | undefined; syllables: string[] }[];
}

const forms = new WeakMap<PersonNames, NameForms>();

export function nameForms(person: PersonNames): NameForms {
  let made = forms.get(person);
  if (!made) {
    made = {
      full: stripHonorific(words(person.name)).syllables,
      aliases: (person.alsoKnownAs ?? []).map((alias) => stripHonorific(words(alias))),
    };
    forms.set(person, made);
  }
  return made;
}

function stripHonorific(parts: string[]): { honorific?: string | undefined; syllables: string[] } {
  for (const honorific of HONORIFICS) {
    const h = honorific.split(' ');
    if (parts.length > h.length && h.every((p, k) => parts[k] === p)) return { honorific, syllables: parts.slice(h.length) };
  }
  return { syllables: parts };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, k) => x === b[k]);
const isSuffix = (part: readonly string[], whole: readonly string[]) =>
  part.length > 0 && part.length <= whole.length && same(part, whole.slice(whole.length - part.length));

/**
 * Who a mention names among `people`: the longest start of its capitalised words that is a
 * person's full name, one of their other names, or (after an honorific) the end of their
 * full name as people are called ("chị Lụa", "chị Hồng Nhung" for Lăng Thị Hồng Nhung).
 */
export function resolveMention<P extends PersonNames>(mention: Mention, people: readonly P[]): { people: P[]; length: number } {
  const forms = people.map((person) => ({ person, forms: nameForms(person) }));
  for (let length = mention.syllables.length; length > 0; length--) {
    const part = mention.syllables.slice(0, length);
    const found = forms
      .filter(
        ({ forms: f }) =>
          same(part, f.full) ||
          f.aliases.some((a) => same(part, a.syllables)) ||
          (mention.honorific !== undefined && isSuffix(part, f.full)),
      )
      .map(({ person }) => person);
    if (found.length) return { people: found, length };
  }
  return { people: [], length: 0 };
}

/** Where a text names a person, and how: the whole name, another name, or how people call them. */
export interface NameMatch {
  start: number;
  end: number;
  form: 'full' | 'alias' | 'called';
}

interface Pattern {
  honorific?: string | undefined;
  syllables: string[];
  form: NameMatch['form'];
  /** Words a reader would take for ordinary words unless capitalised. */
  capitalised: boolean;
}

/**
 * Every place a text names a person as a reader would read it: the full name or another
 * name of theirs in any case, with or without tone marks, across line breaks and
 * punctuation; an honorific with the end of their name ("chị Lụa", "CHI LUA"); two or
 * more syllables of the end of their name capitalised ("Ngọc Ánh"). A one-syllable name
 * is only read as one when capitalised ("anh Hùng", not "anh hùng"). In `anyCase` text, a
 * file name, where nothing is capitalised, only names of two syllables or more are read.
 */
export function findName(list: readonly Word[], person: PersonNames, anyCase = false): NameMatch[] {
  const forms = nameForms(person);
  const patterns: Pattern[] = [
    { syllables: forms.full, form: 'full', capitalised: false },
    ...forms.aliases.map((a) => ({ ...a, form: 'alias' as const, capitalised: !a.honorific && a.syllables.length < 2 })),
  ];
  for (let k = 1; k < forms.full.length; k++) {
    const suffix = forms.full.slice(k);
    patterns.push({ syllables: suffix, form: 'called', capitalised: true, honorific: '*' });
    if (suffix.length >= 2) patterns.push({ syllables: suffix, form: 'called', capitalised: true });
  }
  const found: NameMatch[] = [];
  for (let i = 0; i < list.length; i++) {
    for (const pattern of patterns) {
      // A file name has no capitals and no marks: "anh" there is no one's name, "chi-hong-nhung" is.
      if (anyCase && pattern.syllables.length < 2) continue;
      let at = i;
      if (pattern.honorific) {
        const length =
          pattern.honorific === '*'
            ? honorificAt(list, i, false)
            : matchesAll(list, i, words(pattern.honorific), false)
              ? words(pattern.honorific).length
              : 0;
        if (!length) continue;
        at = i + length;
      }
      // A lone syllable only as written ("Ánh" is not "Anh"); with an honorific or a second syllable, marks may be left off.
      const total = at - i + pattern.syllables.length;
      if (total === 1 ? list[at]!.lower !== pattern.syllables[0] : !matchesAll(list, at, pattern.syllables, pattern.syllables.length >= 3))
        continue;
      if (pattern.capitalised && !anyCase && !/^\p{Lu}/u.test(list[at]!.text)) continue;
      found.push({ start: i, end: at + pattern.syllables.length, form: pattern.form });
    }
  }
  // Longest first at each start, then drop matches inside another.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, k) => !found.slice(0, k).some((o) => o.start <= m.start && o.end >= m.end));
}

function matchesAll(list: readonly Word[], at: number, syllables: readonly string[], loose: boolean): boolean {
  if (at + syllables.length > list.length || syllables.length === 0) return false;
  return syllables.every((s, k) => syllableMatches(list[at + k]!.lower, s, loose));
}
