/**
 * Content rules for the loudspeakers: the list of abbreviations (content/abbreviations.yaml),
 * what an approved script's text-to-speech copy cannot say, reading times, and the Tày and
 * Nùng versions of scripts (content/scripts/<lang>/<id>.mdx).
 */
import { ABBREVIATIONS_FILE } from '../../loudspeaker/abbreviations.ts';
import { SCRIPT_VERSIONS, type LoadedCollection } from '../../content/files.ts';
import { toParagraphs } from '../../loudspeaker/plain-text.ts';
import { MAX_SCRIPT_SECONDS, countSyllables, formatDuration, readingSeconds } from '../../loudspeaker/reading-time.ts';
import { toSpoken, type SpeechDictionary } from '../../loudspeaker/speech/spoken-text.ts';
import { findUnsayable, type Unsayable } from '../../loudspeaker/speech/unsayable.ts';
import { abbreviationsSchema } from '#schemas/abbreviations.ts';
import { SCRIPT_APPROVED, SCRIPT_LANGUAGE_NAMES, type ScriptLanguage } from '#schemas/vocabulary.ts';
import { BODY_FIELD, FILE_FIELD, type Problem } from '../problem.ts';
import { PRIVATE_DETAIL_LABELS, findPrivateDetails, maskDetail } from '../../privacy/private-details.ts';
import { checkDataFile } from './data-files.ts';

/** The checker's name for the Tày and Nùng versions of scripts (src/lib/content/files.ts). */
export const VERSIONS = SCRIPT_VERSIONS;

interface SpeechEntry {
  collection: LoadedCollection;
  id: string;
  file: string;
  data?: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
}

const EMPTY: SpeechDictionary = { abbreviations: {}, documents: {}, units: {} };

/** Validates content/abbreviations.yaml like any content file; its list, or an empty one. */
export function checkAbbreviationsFile(root: string): { problems: Problem[]; dictionary: SpeechDictionary } {
  const { problems, data } = checkDataFile(root, ABBREVIATIONS_FILE, abbreviationsSchema, {
    yamlHint:
      'Mỗi dòng viết "VIẾT TẮT: cách đọc", thụt vào hai dấu cách dưới abbreviations, documents hoặc units; xem docs/huong-dan-bien-tap.md.',
  });
  return { problems, dictionary: data ?? EMPTY };
}

const UNSAYABLE_MESSAGE: Record<Unsayable['kind'], (text: string) => string> = {
  symbol: (text) => `Loa đọc bằng máy không đọc được ký hiệu "${text}".`,
  emoji: (text) => `Loa đọc bằng máy không đọc được biểu tượng "${text}".`,
  abbreviation: (text) => `Chữ viết tắt "${text}" chưa có cách đọc: loa sẽ đánh vần hoặc đọc sai.`,
};
const UNSAYABLE_HINT: Record<Unsayable['kind'], string> = {
  symbol: 'Viết thành chữ (ví dụ "&" thành "và", "~" thành "khoảng"), hoặc bỏ ký hiệu.',
  emoji: 'Bỏ biểu tượng: lời đọc trên loa chỉ có chữ.',
  abbreviation: `Viết đầy đủ, hoặc thêm một dòng vào ${ABBREVIATIONS_FILE} (ví dụ "UBND: Ủy ban nhân dân"); số La Mã thì viết số thường.`,
};

/** The line of the body where some text first appears (its first line when it is not found as written). */
function lineOf(entry: SpeechEntry, text: string): number {
  const index = entry.body.split(/\r?\n/).findIndex((line) => line.includes(text));
  return entry.bodyStartLine + Math.max(0, index);
}

/** Reading time of a script as spoken, and, once it is approved, what its loudspeaker copy cannot say. */
export function checkScriptSpeech(entry: SpeechEntry, approved: boolean, dictionary: SpeechDictionary): Problem[] {
  const problems: Problem[] = [];
  const spoken = toParagraphs(entry.body).map((p) => toSpoken(p, dictionary));
  const seconds = readingSeconds(countSyllables(spoken.join(' ')));
  if (approved && seconds > MAX_SCRIPT_SECONDS) problems.push(tooLong(entry, seconds));
  // What the loudspeaker says is read again once short forms are said in full: a number can hide
  // in abbreviations.yaml ("SĐTA: không chín một hai") and only appear in the .txt.
  const written = new Set(findPrivateDetails(entry.body).map((d) => d.kind));
  for (const detail of findPrivateDetails(spoken.join('\n'))) {
    if (written.has(detail.kind)) continue; // reported where it is written
    problems.push({
      file: entry.file,
      line: entry.bodyStartLine,
      field: BODY_FIELD,
      severity: 'error',
      message: `Lời đọc trên loa có ${PRIVATE_DETAIL_LABELS[detail.kind]} (${maskDetail(detail.text)}) khi đọc các chữ viết tắt thành lời.`,
      hint: `Xem các chữ viết tắt trong bài và cách đọc của chúng trong ${ABBREVIATIONS_FILE}; không ghi số điện thoại, số giấy tờ của người dân vào đó.`,
    });
  }
  if (!approved) return problems;
  for (const found of findUnsayable(spoken.join('\n'))) {
    problems.push({
      file: entry.file,
      line: lineOf(entry, found.text),
      field: BODY_FIELD,
      severity: 'warning',
      message: UNSAYABLE_MESSAGE[found.kind](found.text),
      hint: UNSAYABLE_HINT[found.kind],
    });
  }
  return problems;
}

function tooLong(entry: SpeechEntry, seconds: number): Problem {
  return {
    file: entry.file,
    line: 1,
    field: BODY_FIELD,
    severity: 'warning',
    message: `Kịch bản đọc mất khoảng ${formatDuration(seconds)}, quá ${formatDuration(MAX_SCRIPT_SECONDS)} cho một lần phát.`,
    hint: 'Rút gọn, hoặc tách thành hai kịch bản phát hai buổi.',
  };
}

/** A Tày or Nùng version belongs to a Vietnamese script with the same file name. */
export function checkVersions(entries: readonly SpeechEntry[]): Problem[] {
  const problems: Problem[] = [];
  const scripts = new Map(entries.filter((e) => e.collection === 'scripts').map((e) => [e.id, e]));
  for (const entry of entries) {
    if (entry.collection !== VERSIONS || !entry.data) continue;
    const [language, id] = entry.id.split('/') as [ScriptLanguage, string];
    const label = `tiếng ${SCRIPT_LANGUAGE_NAMES[language]}`;
    const script = scripts.get(id);
    if (!script) {
      problems.push({
        file: entry.file,
        line: 1,
        field: FILE_FIELD,
        severity: 'error',
        message: `Bản ${label} "${id}" không có kịch bản tiếng Việt cùng tên (content/scripts/${id}.mdx).`,
        hint: `Đặt tên tệp đúng như tệp kịch bản tiếng Việt, trong thư mục content/scripts/${language}/.`,
      });
      continue;
    }
    const approved = entry.data.status === SCRIPT_APPROVED;
    const seconds = readingSeconds(countSyllables(toParagraphs(entry.body).join(' ')));
    if (approved && seconds > MAX_SCRIPT_SECONDS) problems.push(tooLong(entry, seconds));
    if (approved && script.data?.status !== SCRIPT_APPROVED) {
      problems.push({
        file: entry.file,
        line: 1,
        field: 'status',
        severity: 'warning',
        message: `Bản ${label} đã duyệt nhưng kịch bản tiếng Việt ${script.file} chưa duyệt: chưa bản nào được đăng.`,
        hint: 'Duyệt kịch bản tiếng Việt (status: da-duyet) khi bản tiếng dân tộc được đăng cùng.',
      });
    }
  }
  return problems;
}
