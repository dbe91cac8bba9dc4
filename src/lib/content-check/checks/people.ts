/**
 * People, not only subjects. Every person a story names (exemplar, practice, script; any
 * frontmatter text and the body) has a record in content/people/ that the story lists in
 * `people`, with their consent; a person who withdraws disappears from every story that
 * still names them, however it is written: such a story is held back (not built, so on no
 * page, list, feed, sitemap, search index or data file) and `npm run check` names its file,
 * line and field. What a story tells of a child or of a sensitive topic must match the
 * person's record and consent, whether or not the editor remembered to say so.
 */
import { findMentions, findName, resolveMention, type Mention } from '../../privacy/person-names.ts';
import { isoDate, today } from '../../text/dates.ts';
import { PERSON_KINDS, type ExemplarKind, type SensitiveTopic } from '#schemas/vocabulary.ts';
import type { Problem } from '../problem.ts';
import { storyText, type EntrySource, type TextPart } from '../story-text.ts';
import { gatherAgeSignals, reportChildren, type AgeSignals } from './people-children.ts';
import {
  GUIDE,
  MAX_PLACES,
  VERSIONS,
  isStory,
  personFile,
  personalSubjects,
  readPeople,
  subjectsOf,
  wordsOf,
  type PersonRecord,
} from './people-records.ts';
import { checkSensitive } from './people-sensitive.ts';
import type { Unpublished } from './unpublished.ts';

export interface PeopleCheck {
  problems: Problem[];
  unpublished: Unpublished[];
}

/** `now`: the day a birth year is read on, the checker's own today (BUILD_DATE sets it). */
export function checkPeople(entries: readonly EntrySource[], now: Date = today()): PeopleCheck {
  const problems: Problem[] = [];
  const unpublished: Unpublished[] = [];
  const records = readPeople(entries);
  const all = [...records.values()];
  const withdrawn = all.filter((p) => p.data.consent?.withdrawn);
  const publicNames = all.filter((p) => p.data.public !== undefined);
  const exemplarData = new Map(entries.filter((e) => e.collection === 'exemplars' && e.data).map((e) => [e.id, e]));
  const scriptData = new Map(entries.filter((e) => e.collection === 'scripts' && e.data).map((e) => [e.id, e.data!]));

  /** What the text says of each person's age, across every story. */
  const ageSignals: AgeSignals = new Map();
  const heldBy = new Map<string, Set<string>>();

  for (const entry of entries) {
    if (entry.collection === 'people') continue;
    const parts = storyText(entry);
    const push = (p: Omit<Problem, 'file'>) => problems.push({ file: entry.file, ...p });

    if (!isStory(entry)) {
      // Plans, movements, units, villages cannot be held back: a withdrawn name there is an error.
      for (const part of parts) {
        for (const person of withdrawn) {
          for (const match of findName(part.words, person, part.isFileName)) {
            push({
              line: part.lineOf(part.words[match.start]!),
              field: part.field,
              severity: 'error',
              message: `Còn nêu tên ${person.name} ("${wordsOf(part, match.start, match.end)}"), người đã rút lại sự đồng ý (${personFile(person)}).`,
              hint: 'Xóa tên này khỏi tệp, hoặc thay bằng chức danh không chỉ ra người đó.',
            });
          }
        }
      }
      continue;
    }
    if (!entry.data) continue;
    type StoryData = {
      people?: string[];
      kind?: ExemplarKind;
      sensitive?: SensitiveTopic[];
      exemplars?: string[];
      recognitions?: { form: string }[];
    };
    // A version's people and subjects are its script's: the file name after the language folder.
    const data = (entry.collection === VERSIONS ? (scriptData.get(entry.id.split('/').pop()!) ?? {}) : entry.data) as StoryData;
    const listed = (data.people ?? []).flatMap((id) => records.get(id) ?? []);
    const known = [...new Set([...listed, ...publicNames])];
    // Where `people` is written, found only when a problem is reported: the line is the one
    // thing the parse the checker shares with the loaders does not carry (frontmatter.ts).
    let peopleLineFound: number | undefined;
    const peopleLine = () => (peopleLineFound ??= entry.lineOf(['people']));
    const peopleField = () =>
      entry.collection === VERSIONS
        ? `people của kịch bản content/scripts/${entry.id.split('/').pop()}.mdx`
        : `people (dòng ${peopleLine()})`;
    const more = new Map<PersonRecord, number>();
    const hold = (person: PersonRecord, line: number, field: string, how: string) => {
      const key = `${entry.collection}/${entry.id}`;
      const seen = heldBy.get(key) ?? new Set<string>();
      heldBy.set(key, seen);
      if (seen.has(`${person.id}:${field}:${line}`)) return;
      if (seen.size === 0)
        unpublished.push({ collection: entry.collection, id: entry.id, reason: `nêu tên ${person.name}, người đã rút lại sự đồng ý` });
      seen.add(`${person.id}:${field}:${line}`);
      // A person's own story names them everywhere: the first places, then a count.
      if ([...seen].filter((k) => k.startsWith(`${person.id}:`)).length > MAX_PLACES) {
        more.set(person, (more.get(person) ?? 0) + 1);
        return;
      }
      push({
        line,
        field,
        severity: 'warning',
        message: `${how} ${person.name}, người đã rút lại sự đồng ý ngày ${isoDate(person.data.consent!.withdrawn!.date)} (${personFile(person)}): bài được giữ lại, không đăng ở trang nào, tìm kiếm, RSS hay tệp dữ liệu.`,
        hint:
          field === 'people'
            ? `Bỏ "${person.id}" khỏi people và xóa mọi chỗ nêu tên người này trong bài; bài được đăng lại khi không còn tên.`
            : `Xóa tên này, hoặc thay bằng cách gọi không chỉ ra người đó (ví dụ "một hội viên"); bài được đăng lại khi không còn tên (xem ${GUIDE}).`,
      });
    };

    // 1. Withdrawn people: listed, or still named in the text.
    for (const person of listed.filter((p) => p.data.consent?.withdrawn)) hold(person, peopleLine(), 'people', 'Bài ghi trong people');
    const stillListed = known.filter((p) => !p.data.consent?.withdrawn);
    for (const part of parts) {
      for (const person of withdrawn) {
        for (const match of findName(part.words, person, part.isFileName)) {
          // A name one of the story's own people also answers to ("chị Hằng" for another Hằng, a namesake) is theirs.
          const claimed = stillListed.some((other) =>
            findName(part.words, other, part.isFileName).some((m) => m.start <= match.start && m.end >= match.end),
          );
          if (claimed) continue;
          hold(person, part.lineOf(part.words[match.start]!), part.field, `Bài còn nêu tên "${wordsOf(part, match.start, match.end)}":`);
        }
      }
    }

    for (const [person, count] of more) {
      push({
        line: peopleLine(),
        field: 'people',
        severity: 'warning',
        message: `Bài còn nêu tên ${person.name} ở ${count} chỗ khác nữa (ngoài ${MAX_PLACES} chỗ ở trên): bài được giữ lại.`,
        hint: 'Chạy lại npm run check sau khi sửa các chỗ ở trên để thấy các chỗ còn lại.',
      });
    }

    // 2. Everyone named has a record, listed in `people`.
    const resolved: { person: PersonRecord; mention: Mention; part: TextPart }[] = [];
    const reported = new Set<string>();
    for (const part of parts) {
      if (part.isFileName) continue;
      for (const mention of findMentions(part.words)) {
        const found = resolveMention(mention, known);
        if (found.people.length) {
          for (const person of found.people)
            resolved.push({
              person,
              mention: { ...mention, end: mention.start + (mention.end - mention.start - mention.syllables.length) + found.length },
              part,
            });
          continue;
        }
        const written = wordsOf(part, mention.start, mention.end);
        const said = mention.syllables.join(' ');
        // "bà Lan" after "bà Chu Thị Lan": the same person, reported once.
        if ([...reported].some((r) => r === said || (mention.honorific !== undefined && r.endsWith(` ${said}`)))) continue;
        reported.add(said);
        const elsewhere = resolveMention(mention, all).people;
        if (elsewhere.some((p) => p.data.consent?.withdrawn)) continue; // held above
        const line = part.lineOf(part.words[mention.start]!);
        if (elsewhere.length) {
          const ids = elsewhere.map((p) => p.id);
          push({
            line,
            field: part.field,
            severity: 'error',
            message: `Bài nêu tên "${written}" (${elsewhere.map((p) => p.name).join(' hoặc ')}) nhưng chưa ghi người này trong people.`,
            hint: `Thêm ${ids.join(' hoặc ')} vào ${peopleField()}, để sự đồng ý và việc rút lại đồng ý của người này áp dụng cho bài.`,
          });
        } else {
          push({
            line,
            field: part.field,
            severity: 'error',
            message: `Bài nêu tên "${written}" nhưng chưa có hồ sơ người này trong content/people/: nêu tên một người cần sự đồng ý của người đó.`,
            hint: `Tạo hồ sơ bằng npm run new -- person "Họ tên đầy đủ" và ghi sự đồng ý, rồi thêm mã vào people. Nếu là địa danh hay tên tổ chức, viết kèm "thôn", "núi", "trường"…; nếu là lãnh tụ, danh nhân, tạo hồ sơ có public (xem ${GUIDE}).`,
          });
        }
      }
    }

    // 3. A story about a person or a household has its subject on record.
    const isPersonal = entry.collection === 'exemplars' && PERSON_KINDS.includes(data.kind as ExemplarKind);
    const subjects = subjectsOf(entry, resolved, listed);
    if (isPersonal && subjects.length === 0) {
      push({
        line: peopleLine(),
        field: 'people',
        severity: 'error',
        message:
          'Bài về cá nhân hoặc hộ gia đình phải ghi trong people hồ sơ của người được nêu gương (tên ghi ở trường name), có sự đồng ý công bố.',
        hint: `Tạo hồ sơ bằng npm run new -- person "Họ tên", điền sự đồng ý theo phiếu, rồi ghi mã vào people. Xem ${GUIDE}.`,
      });
    }

    gatherAgeSignals(ageSignals, entry, resolved, isPersonal ? { subjects, recognitions: data.recognitions ?? [] } : undefined, now);

    // 5. Sensitive topics: declared in the story, agreed to by each person they are about.
    const about = isPersonal
      ? subjects
      : entry.collection === 'scripts'
        ? (data.exemplars ?? []).flatMap((id) => personalSubjects(exemplarData.get(id), records))
        : [];
    checkSensitive(entry, parts, resolved, about, data.sensitive ?? [], push);
  }

  // 6. A child, whether or not the record says so: one error for each place the text says so.
  problems.push(...reportChildren(ageSignals, records));

  // 7. The record of a person who withdrew: what happens, said once.
  for (const person of withdrawn) {
    const stories = [...heldBy.keys()].filter((key) => [...heldBy.get(key)!].some((k) => k.startsWith(`${person.id}:`)));
    problems.push({
      file: person.file,
      line: 1,
      field: 'consent.withdrawn',
      severity: 'warning',
      message: `${person.name} đã rút lại sự đồng ý: ${stories.length ? `${stories.length} bài nêu tên người này được giữ lại (${stories.join(', ')})` : 'không bài nào còn nêu tên người này'}.`,
      hint: 'Giữ hồ sơ để lưu vết. Xóa consent.withdrawn chỉ khi người đó đồng ý lại bằng phiếu mới.',
    });
  }
  return { problems, unpublished };
}
