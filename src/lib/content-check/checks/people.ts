/**
 * People, not only subjects. Every person a story names (exemplar, practice, script; any
 * frontmatter text and the body) has a record in content/people/ that the story lists in
 * `people`, with their consent; a person who withdraws disappears from every story that
 * still names them, however it is written: such a story is held back (not built, so on no
 * page, list, feed, sitemap, search index or data file) and `npm run check` names its file,
 * line and field. What a story tells of a child or of a sensitive topic must match the
 * person's record and consent, whether or not the editor remembered to say so.
 */
import { findMentions, findName, resolveMention, type Mention, type PersonNames } from '../../privacy/person-names.ts';
import { childSignals, findSensitiveTerms, sentenceOf, type ChildSignal } from '../../privacy/person-signals.ts';
import type { Word } from '../../privacy/reader-text.ts';
import { isoDate } from '../../text/dates.ts';
import type { Person } from '#schemas/person.ts';
import { PERSON_KINDS, SENSITIVE_TOPIC_LABELS, STORY_COLLECTIONS, type ExemplarKind, type SensitiveTopic } from '#schemas/vocabulary.ts';
import type { Problem } from '../problem.ts';
import { storyText, type EntrySource, type TextPart } from '../story-text.ts';
import type { Unpublished } from './unpublished.ts';

const GUIDE = 'docs/huong-dan-bien-tap.md';
/** Places a held story's warnings name for each withdrawn person, before a count of the rest. */
const MAX_PLACES = 5;

interface PersonRecord extends PersonNames {
  file: string;
  data: Person;
}

/** The Tày and Nùng versions of scripts (content/scripts/<lang>/<script>.mdx): stories too, naming their script's people. */
const VERSIONS = 'scriptVersions';
const isStory = (entry: EntrySource) => (STORY_COLLECTIONS as readonly string[]).includes(entry.collection) || entry.collection === VERSIONS;
const wordsOf = (part: TextPart, start: number, end: number) => part.words.slice(start, end).map((w) => w.text).join(' ');
const label = (topic: SensitiveTopic) => SENSITIVE_TOPIC_LABELS[topic];
const personFile = (person: PersonRecord) => person.file;

export interface PeopleCheck {
  problems: Problem[];
  unpublished: Unpublished[];
}

export function checkPeople(entries: readonly EntrySource[]): PeopleCheck {
  const problems: Problem[] = [];
  const unpublished: Unpublished[] = [];
  const records = new Map<string, PersonRecord>();
  for (const entry of entries) {
    if (entry.collection !== 'people') continue;
    const data = (entry.data as Person | undefined) ?? lenient(entry.raw);
    if (data) records.set(entry.id, { id: entry.id, name: data.name, alsoKnownAs: data.alsoKnownAs, file: entry.file, data });
  }
  const all = [...records.values()];
  const withdrawn = all.filter((p) => p.data.consent?.withdrawn);
  const publicNames = all.filter((p) => p.data.public !== undefined);
  const exemplarData = new Map(entries.filter((e) => e.collection === 'exemplars' && e.data).map((e) => [e.id, e]));
  const scriptData = new Map(entries.filter((e) => e.collection === 'scripts' && e.data).map((e) => [e.id, e.data!]));

  /** What the text says of each person's age, across every story. */
  const ageSignals = new Map<string, { entry: EntrySource; part: TextPart; signal: ChildSignal; word: Word }[]>();
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
    type StoryData = { people?: string[]; kind?: ExemplarKind; sensitive?: SensitiveTopic[]; exemplars?: string[]; recognitions?: { form: string }[] };
    // A version's people and subjects are its script's: the file name after the language folder.
    const data = (entry.collection === VERSIONS ? (scriptData.get(entry.id.split('/').pop()!) ?? {}) : entry.data) as StoryData;
    const listed = (data.people ?? []).flatMap((id) => records.get(id) ?? []);
    const known = [...new Set([...listed, ...publicNames])];
    const peopleLine = entry.lineOf(['people']);
    const peopleField = entry.collection === VERSIONS ? `people của kịch bản content/scripts/${entry.id.split('/').pop()}.mdx` : `people (dòng ${peopleLine})`;
    const more = new Map<PersonRecord, number>();
    const hold = (person: PersonRecord, line: number, field: string, how: string) => {
      const key = `${entry.collection}/${entry.id}`;
      const seen = heldBy.get(key) ?? new Set<string>();
      heldBy.set(key, seen);
      if (seen.has(`${person.id}:${field}:${line}`)) return;
      if (seen.size === 0) unpublished.push({ collection: entry.collection, id: entry.id, reason: `nêu tên ${person.name}, người đã rút lại sự đồng ý` });
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
    for (const person of listed.filter((p) => p.data.consent?.withdrawn)) hold(person, peopleLine, 'people', 'Bài ghi trong people');
    const stillListed = known.filter((p) => !p.data.consent?.withdrawn);
    for (const part of parts) {
      for (const person of withdrawn) {
        for (const match of findName(part.words, person, part.isFileName)) {
          // A name one of the story's own people also answers to ("chị Hằng" for another Hằng, a namesake) is theirs.
          const claimed = stillListed.some((other) => findName(part.words, other, part.isFileName).some((m) => m.start <= match.start && m.end >= match.end));
          if (claimed) continue;
          hold(person, part.lineOf(part.words[match.start]!), part.field, `Bài còn nêu tên "${wordsOf(part, match.start, match.end)}":`);
        }
      }
    }

    for (const [person, count] of more) {
      push({
        line: peopleLine,
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
          for (const person of found.people) resolved.push({ person, mention: { ...mention, end: mention.start + (mention.end - mention.start - mention.syllables.length) + found.length }, part });
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
            hint: `Thêm ${ids.join(' hoặc ')} vào ${peopleField}, để sự đồng ý và việc rút lại đồng ý của người này áp dụng cho bài.`,
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
        line: peopleLine,
        field: 'people',
        severity: 'error',
        message: 'Bài về cá nhân hoặc hộ gia đình phải ghi trong people hồ sơ của người được nêu gương (tên ghi ở trường name), có sự đồng ý công bố.',
        hint: `Tạo hồ sơ bằng npm run new -- person "Họ tên", điền sự đồng ý theo phiếu, rồi ghi mã vào people. Xem ${GUIDE}.`,
      });
    }

    // 4. What the text says of a person's age.
    for (const { person, mention, part } of resolved) {
      for (const signal of childSignals(part.words, mention.start, mention.end, mention.honorific)) {
        const list = ageSignals.get(person.id) ?? [];
        list.push({ entry, part, signal, word: part.words[signal.at]! });
        ageSignals.set(person.id, list);
      }
    }
    if (isPersonal) {
      (data.recognitions ?? []).forEach((recognition, i) => {
        if (!/học sinh|cháu ngoan|thiếu nhi|nhi đồng/iu.test(recognition.form)) return;
        for (const person of subjects) {
          const list = ageSignals.get(person.id) ?? [];
          const part: TextPart = { field: `recognitions[${i}].form`, words: [], lineOf: () => entry.lineOf(['recognitions', i, 'form']) };
          list.push({ entry, part, signal: { evidence: 'maybe-child', text: recognition.form, at: 0 }, word: { text: '', lower: '', folded: '', start: 0, end: 0, gap: 'stop' } });
          ageSignals.set(person.id, list);
        }
      });
    }

    // 5. Sensitive topics: declared in the story, agreed to by each person they are about.
    const about = isPersonal ? subjects : entry.collection === 'scripts' ? (data.exemplars ?? []).flatMap((id) => personalSubjects(exemplarData.get(id), records)) : [];
    const declared = new Set(data.sensitive ?? []);
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
          if (person.data.consent?.withdrawn || person.data.consent?.sensitive.includes(term.topic) || said.has(`${person.id}:${term.topic}`)) continue;
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

  // 6. A child, whether or not the record says so: one error for each place the text says so.
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

/** Who a story about a person or a household is about: the listed people its `name` names. */
function subjectsOf(entry: EntrySource, resolved: readonly { person: PersonRecord; part: TextPart }[], listed: readonly PersonRecord[]): PersonRecord[] {
  if (entry.collection !== 'exemplars') return [];
  const fromName = resolved.filter((r) => r.part.field === 'name').map((r) => r.person);
  const parts = nameParts(entry);
  const named = fromName.length ? fromName : listed.filter((p) => parts.some((part) => findName(part.words, p).length > 0));
  // A name with no person's name in it (still "[Viết họ tên…]"): the people listed are who it is about.
  const fallback = named.length === 0 && !parts.some((part) => findMentions(part.words).length > 0) ? listed : [];
  return [...new Set([...named, ...fallback])].filter((p) => p.data.public === undefined);
}

const nameParts = (entry: EntrySource) => storyText(entry).filter((part) => part.field === 'name');

function personalSubjects(exemplar: EntrySource | undefined, records: ReadonlyMap<string, PersonRecord>): PersonRecord[] {
  if (!exemplar?.data || !PERSON_KINDS.includes(exemplar.data.kind as ExemplarKind)) return [];
  const listed = ((exemplar.data.people as string[] | undefined) ?? []).flatMap((id) => records.get(id) ?? []);
  return subjectsOf(exemplar, [], listed);
}

/** Fields a story no longer has, with where they went. */
export const MOVED_FIELDS: Readonly<{ [field: string]: string }> = {
  consent: 'Sự đồng ý nay ghi trong hồ sơ người (content/people/<mã>.yaml), và bài ghi mã người đó trong people: chuyển khối consent sang hồ sơ (npm run new -- person "Họ tên"), rồi xóa khỏi bài.',
};

/**
 * A record the schema refused (its error is reported) still names someone: stories that name
 * them are not reported again, and a withdrawal written in it is honoured all the same.
 */
function lenient(raw: unknown): Person | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const fields = raw as { name?: unknown; alsoKnownAs?: unknown; ageGroup?: unknown; public?: unknown; consent?: unknown };
  if (typeof fields.name !== 'string' || !fields.name.trim()) return undefined;
  const consent = fields.consent && typeof fields.consent === 'object' ? (fields.consent as { withdrawn?: { date?: unknown }; sensitive?: unknown }) : undefined;
  const withdrawnAt = consent?.withdrawn ? new Date(String(consent.withdrawn.date ?? '')) : undefined;
  return {
    name: fields.name,
    alsoKnownAs: Array.isArray(fields.alsoKnownAs) ? fields.alsoKnownAs.filter((a): a is string => typeof a === 'string') : [],
    ageGroup: fields.ageGroup === 'duoi-16' ? 'duoi-16' : 'tu-16-tro-len',
    ...(typeof fields.public === 'string' ? { public: fields.public } : {}),
    // Not valid, so agreed to nothing: only a withdrawal counts.
    consent: consent
      ? { givenBy: '', date: new Date(0), recordedBy: '', sensitive: [], ...(consent.withdrawn ? { withdrawn: { date: Number.isNaN(withdrawnAt!.getTime()) ? new Date(0) : withdrawnAt! } } : {}) }
      : undefined,
    sample: false,
  };
}
