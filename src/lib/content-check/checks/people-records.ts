/** The people records (content/people/) as the people rules read them, and the helpers they share. */
import { findMentions, findName, type PersonNames } from '../../privacy/person-names.ts';
import type { Person } from '#schemas/person.ts';
import { PERSON_KINDS, SENSITIVE_TOPIC_LABELS, STORY_COLLECTIONS, type ExemplarKind, type SensitiveTopic } from '#schemas/vocabulary.ts';
import { storyText, type EntrySource, type TextPart } from '../story-text.ts';

export { GUIDE } from '#schemas/hints.ts';
/** Places a held story's warnings name for each withdrawn person, before a count of the rest. */
export const MAX_PLACES = 5;

export interface PersonRecord extends PersonNames {
  file: string;
  data: Person;
}

/** The Tày and Nùng versions of scripts (content/scripts/<lang>/<script>.mdx): stories too, naming their script's people. */
export const VERSIONS = 'scriptVersions';
export const isStory = (entry: EntrySource) =>
  (STORY_COLLECTIONS as readonly string[]).includes(entry.collection) || entry.collection === VERSIONS;
export const wordsOf = (part: TextPart, start: number, end: number) =>
  part.words
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
export const label = (topic: SensitiveTopic) => SENSITIVE_TOPIC_LABELS[topic];
export const personFile = (person: PersonRecord) => person.file;

/** Every person on record, by id, from the records read (a refused record still names someone). */
export function readPeople(entries: readonly EntrySource[]): Map<string, PersonRecord> {
  const records = new Map<string, PersonRecord>();
  for (const entry of entries) {
    if (entry.collection !== 'people') continue;
    const data = (entry.data as Person | undefined) ?? lenient(entry.raw);
    if (data) records.set(entry.id, { id: entry.id, name: data.name, alsoKnownAs: data.alsoKnownAs, file: entry.file, data });
  }
  return records;
}

/** Who a story about a person or a household is about: the listed people its `name` names. */
export function subjectsOf(
  entry: EntrySource,
  resolved: readonly { person: PersonRecord; part: TextPart }[],
  listed: readonly PersonRecord[],
): PersonRecord[] {
  if (entry.collection !== 'exemplars') return [];
  const fromName = resolved.filter((r) => r.part.field === 'name').map((r) => r.person);
  const parts = nameParts(entry);
  const named = fromName.length ? fromName : listed.filter((p) => parts.some((part) => findName(part.words, p).length > 0));
  // A name with no person's name in it (still "[Viết họ tên…]"): the people listed are who it is about.
  const fallback = named.length === 0 && !parts.some((part) => findMentions(part.words).length > 0) ? listed : [];
  return [...new Set([...named, ...fallback])].filter((p) => p.data.public === undefined);
}

const nameParts = (entry: EntrySource) => storyText(entry).filter((part) => part.field === 'name');

export function personalSubjects(exemplar: EntrySource | undefined, records: ReadonlyMap<string, PersonRecord>): PersonRecord[] {
  if (!exemplar?.data || !PERSON_KINDS.includes(exemplar.data.kind as ExemplarKind)) return [];
  const listed = ((exemplar.data.people as string[] | undefined) ?? []).flatMap((id) => records.get(id) ?? []);
  return subjectsOf(exemplar, [], listed);
}

/**
 * A record the schema refused (its error is reported) still names someone: stories that name
 * them are not reported again, and a withdrawal written in it is honoured all the same.
 */
function lenient(raw: unknown): Person | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const fields = raw as { name?: unknown; alsoKnownAs?: unknown; ageGroup?: unknown; public?: unknown; consent?: unknown };
  if (typeof fields.name !== 'string' || !fields.name.trim()) return undefined;
  const consent =
    fields.consent && typeof fields.consent === 'object'
      ? (fields.consent as { withdrawn?: { date?: unknown }; sensitive?: unknown })
      : undefined;
  const withdrawnAt = consent?.withdrawn ? new Date(String(consent.withdrawn.date ?? '')) : undefined;
  return {
    name: fields.name,
    alsoKnownAs: Array.isArray(fields.alsoKnownAs) ? fields.alsoKnownAs.filter((a): a is string => typeof a === 'string') : [],
    ageGroup: fields.ageGroup === 'duoi-16' ? 'duoi-16' : 'tu-16-tro-len',
    ...(typeof fields.public === 'string' ? { public: fields.public } : {}),
    // Not valid, so agreed to nothing: only a withdrawal counts.
    consent: consent
      ? {
          givenBy: '',
          date: new Date(0),
          recordedBy: '',
          sensitive: [],
          ...(consent.withdrawn ? { withdrawn: { date: Number.isNaN(withdrawnAt!.getTime()) ? new Date(0) : withdrawnAt! } } : {}),
        }
      : undefined,
    sample: false,
  };
}
