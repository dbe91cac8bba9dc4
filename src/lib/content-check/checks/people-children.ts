/**
 * A child, whether or not the record says so: what the text says of a person's age ("14 tuổi",
 * "lớp 8", "em" before a name, a pupil's award) is gathered across every story, and each place
 * that shows a child whose record says 16 or over is an error.
 */
import type { Mention } from '../../privacy/person-names.ts';
import { childSignals, type ChildSignal } from '../../privacy/child-signals.ts';
import type { Word } from '../../privacy/reader-text.ts';
import type { Problem } from '../problem.ts';
import type { EntrySource, TextPart } from '../story-text.ts';
import { personFile, type PersonRecord } from './people-records.ts';

export type AgeSignals = Map<string, { entry: EntrySource; part: TextPart; signal: ChildSignal; word: Word }[]>;

/** Adds what one story says of the age of the people it names, and of its subjects' awards. */
export function gatherAgeSignals(
  ageSignals: AgeSignals,
  entry: EntrySource,
  resolved: readonly { person: PersonRecord; mention: Mention; part: TextPart }[],
  personal: { subjects: readonly PersonRecord[]; recognitions: readonly { form: string }[] } | undefined,
  today: Date,
): void {
  for (const { person, mention, part } of resolved) {
    for (const signal of childSignals(part.words, mention.start, mention.end, mention.honorific, today)) {
      const list = ageSignals.get(person.id) ?? [];
      list.push({ entry, part, signal, word: part.words[signal.at]! });
      ageSignals.set(person.id, list);
    }
  }
  if (personal) {
    personal.recognitions.forEach((recognition, i) => {
      if (!/học sinh|cháu ngoan|thiếu nhi|nhi đồng/iu.test(recognition.form)) return;
      for (const person of personal.subjects) {
        const list = ageSignals.get(person.id) ?? [];
        const part: TextPart = { field: `recognitions[${i}].form`, words: [], lineOf: () => entry.lineOf(['recognitions', i, 'form']) };
        list.push({
          entry,
          part,
          signal: { evidence: 'maybe-child', text: recognition.form, at: 0 },
          word: { text: '', lower: '', folded: '', start: 0, end: 0, gap: 'stop' },
        });
        ageSignals.set(person.id, list);
      }
    });
  }
}

/** One error for each place the text shows a child whose record says 16 or over. */
export function reportChildren(ageSignals: AgeSignals, records: ReadonlyMap<string, PersonRecord>): Problem[] {
  const problems: Problem[] = [];
  for (const [id, signals] of ageSignals) {
    const person = records.get(id)!;
    if (person.data.ageGroup === 'duoi-16' || person.data.public !== undefined) continue;
    const adultInText = signals.some((s) => s.signal.evidence === 'adult');
    const places = new Map<string, { entry: EntrySource; field: string; line: number; said: string[]; strong: boolean }>();
    for (const { entry, part, signal, word } of signals) {
      const strong = signal.evidence === 'child';
      if (signal.evidence === 'adult' || (!strong && (adultInText || person.data.adultCheckedBy))) continue;
      const line = part.lineOf(word);
      const key = `${entry.file}:${line}:${part.field}`;
      const place = places.get(key) ?? { entry, field: part.field, line, said: [], strong: false };
      places.set(key, place);
      if (!place.said.includes(signal.text)) place.said.push(signal.text);
      place.strong ||= strong;
    }
    for (const { entry, field, line, said, strong } of places.values()) {
      problems.push({
        file: entry.file,
        line,
        field,
        severity: 'error',
        message: `Bài cho thấy ${person.name} có thể là trẻ em (${said.map((s) => `"${s}"`).join(', ')}), nhưng ${personFile(person)} ghi ageGroup: ${person.data.ageGroup}.`,
        hint: strong
          ? `Nếu người này dưới 16 tuổi: ghi ageGroup: duoi-16 và điền consent.minor (cha, mẹ hoặc người giám hộ đồng ý). Nếu không, sửa lại tuổi, lớp trong bài.`
          : `Nếu người này dưới 16 tuổi: ghi ageGroup: duoi-16 và điền consent.minor. Nếu đã từ 16 tuổi: ghi adultCheckedBy (ai đã xem giấy tờ) trong ${personFile(person)}.`,
      });
    }
  }
  return problems;
}
