/**
 * Sensitive topics (illness, disability, poor household, family circumstances): what the text
 * says of a named person, or of the person a story is about, must be declared in the story's
 * `sensitive` and agreed to in that person's record.
 */
import type { Mention } from '../../privacy/person-names.ts';
import { findSensitiveTerms, sentenceOf } from '../../privacy/sensitive-terms.ts';
import type { SensitiveTopic } from '#schemas/vocabulary.ts';
import type { Problem } from '../problem.ts';
import type { EntrySource, TextPart } from '../story-text.ts';
import { GUIDE, label, personFile, type PersonRecord } from './people-records.ts';

export function checkSensitive(
  entry: EntrySource,
  parts: readonly TextPart[],
  resolved: readonly { person: PersonRecord; mention: Mention; part: TextPart }[],
  about: readonly PersonRecord[],
  declaredTopics: readonly SensitiveTopic[],
  push: (problem: Omit<Problem, 'file'>) => void,
): void {
  const declared = new Set(declaredTopics);
  const said = new Set<string>();
  for (const part of parts) {
    if (part.isFileName) continue;
    for (const term of findSensitiveTerms(part.words)) {
      const sentence = sentenceOf(part.words, term.start);
      const named = resolved
        .filter((r) => r.part === part && r.mention.start >= sentence.start && r.mention.start < sentence.end)
        .map((r) => r.person);
      const people = [...new Set([...named, ...(term.general ? [] : about)])].filter((p) => p.data.public === undefined);
      if (people.length === 0) continue;
      const line = part.lineOf(part.words[term.start]!);
      if (!declared.has(term.topic) && !said.has(`declare:${term.topic}`)) {
        said.add(`declare:${term.topic}`);
        push({
          line,
          field: part.field,
          severity: 'error',
          message: `Bài nói tới ${label(term.topic)} ("${term.text}") của ${people.map((p) => p.name).join(', ')} mà chưa khai trong sensitive.`,
          hint: `Ghi ${term.topic} vào sensitive (sensitive: [${[...declared, term.topic].join(', ')}]) và ghi nhận sự đồng ý riêng của người đó trong consent.sensitive; nếu câu nói về người khác, viết rõ ("các hộ nghèo trong thôn"), hoặc bỏ chi tiết này.`,
        });
      }
      for (const person of people) {
        if (person.data.consent?.withdrawn || person.data.consent?.sensitive.includes(term.topic) || said.has(`${person.id}:${term.topic}`))
          continue;
        said.add(`${person.id}:${term.topic}`);
        push({
          line,
          field: part.field,
          severity: 'error',
          message: `Bài nói tới ${label(term.topic)} ("${term.text}") của ${person.name}, nhưng người này chưa đồng ý cho đăng thông tin ${label(term.topic)}.`,
          hint: `Chỉ khi người đó (trẻ em: cha mẹ) đồng ý rõ ràng: ghi ${term.topic} vào consent.sensitive trong ${personFile(person)}. Nếu không, bỏ chi tiết này khỏi bài.`,
        });
      }
    }
  }
  for (const topic of declared) {
    for (const person of about.filter((p) => p.data.public === undefined)) {
      if (person.data.consent?.withdrawn || person.data.consent?.sensitive.includes(topic) || said.has(`${person.id}:${topic}`)) continue;
      said.add(`${person.id}:${topic}`);
      push({
        line: entry.lineOf(['sensitive']),
        field: 'sensitive',
        severity: 'error',
        message: `Bài nói tới ${label(topic)}: ${person.name} phải đồng ý rõ ràng, ghi "${topic}" trong consent.sensitive của ${personFile(person)}.`,
        hint: `Điền theo phiếu đồng ý của người được nêu gương; xem mục "Quy định về thông tin cá nhân" trong ${GUIDE}.`,
      });
    }
  }
}
