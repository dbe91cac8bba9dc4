/**
 * The questions `npm run new` asks when it is given no arguments, one at a time, each choice
 * drawn from content/ and shown by its Vietnamese name. The prompt functions are passed in
 * (scripts/new-entry.ts passes @clack/prompts), so the flow is tested without a terminal.
 */
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  EXEMPLAR_KIND_LABELS,
  EXEMPLAR_KINDS,
  PERSON_KINDS,
  type AgeGroup,
  type ExemplarKind,
} from '#schemas/vocabulary.ts';
import { ENTRY_KINDS, ENTRY_LABELS, type EntryKind } from './new-entry.ts';

export interface Choice<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

/** A prompt library's answer, or its cancel marker. */
export interface Prompts {
  select: <T extends string>(question: { message: string; options: Choice<T>[]; maxItems?: number }) => Promise<T | symbol>;
  text: (question: {
    message: string;
    placeholder?: string;
    validate?: (value: string | undefined) => string | undefined;
  }) => Promise<string | symbol>;
  isCancel: (value: unknown) => value is symbol;
}

/** What content/ offers to choose from: id → name, in display order. */
export interface ContentChoices {
  movements: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  villages: ReadonlyMap<string, string>;
  exemplars: ReadonlyMap<string, string>;
  /** People on record: id → full name. */
  people: ReadonlyMap<string, string>;
}

export interface Answers {
  kind: EntryKind;
  title: string;
  exemplarKind?: ExemplarKind | undefined;
  movement?: string | undefined;
  unit?: string | undefined;
  village?: string | undefined;
  exemplar?: string | undefined;
  /** An exemplar about a person: the record of its subject, when there is one. */
  person?: string | undefined;
  /** A new record to write: for a person entry its name is the title; for an exemplar, this. */
  personName?: string | undefined;
  /** The required answer for a new record: is this person under 16? */
  ageGroup?: AgeGroup | undefined;
}

/** A new record for the subject, not one already on record. */
export const NEW_PERSON = '';

/** No village: the story is about the whole commune. */
export const NO_VILLAGE = '';

export class Cancelled extends Error {
  constructor() {
    super('Đã hủy, không tạo tệp nào.');
  }
}

const toChoices = (entries: ReadonlyMap<string, string>): Choice[] => [...entries].map(([value, label]) => ({ value, label, hint: value }));

/** A person's full name: two syllables at least, each capitalised. */
export function validatePersonName(value: string | undefined): string | undefined {
  const name = (value ?? '').trim();
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return 'Cần họ tên đầy đủ, có dấu, ví dụ: Nguyễn Thị Mai.';
  if (!words.every((w) => /^\p{Lu}/u.test(w)))
    return 'Viết hoa chữ cái đầu mỗi tiếng của họ tên, ví dụ: Nguyễn Thị Mai (không ghi "chị", "ông").';
  return undefined;
}

export function validateTitle(value: string | undefined): string | undefined {
  const title = (value ?? '').trim();
  if (!title) return 'Cần tiêu đề, ví dụ: Tổ hòa giải thôn Ví Dụ giữ bình yên xóm bản.';
  if (title.length < 8) return 'Tiêu đề quá ngắn: viết đủ ý, ví dụ "Tổ hòa giải thôn Ví Dụ giữ bình yên xóm bản".';
  return undefined;
}

export async function askNewEntry(prompts: Prompts, choices: ContentChoices): Promise<Answers> {
  const ask = async <T>(answer: Promise<T | symbol>): Promise<T> => {
    const value = await answer;
    if (prompts.isCancel(value)) throw new Cancelled();
    return value as T;
  };

  const kind = await ask(
    prompts.select<EntryKind>({
      message: 'Tạo bài gì?',
      options: ENTRY_KINDS.map((k) => ({ value: k, label: ENTRY_LABELS[k][0]!.toUpperCase() + ENTRY_LABELS[k].slice(1), hint: k })),
    }),
  );
  // Required, with no answer chosen for the editor: a child's record needs a guardian's consent.
  const askAgeGroup = () =>
    ask(
      prompts.select<AgeGroup>({
        message: 'Người này dưới 16 tuổi? (bắt buộc trả lời)',
        options: AGE_GROUPS.map((g) => ({ value: g, label: AGE_GROUP_LABELS[g] })),
      }),
    );

  if (kind === 'person') {
    const name = (
      await ask(
        prompts.text({
          message: 'Họ tên đầy đủ, có dấu (không ghi "chị", "ông"):',
          placeholder: 'Nguyễn Thị Mai',
          validate: validatePersonName,
        }),
      )
    ).trim();
    return { kind, title: name, ageGroup: await askAgeGroup() };
  }

  const title = (
    await ask(
      prompts.text({
        message: 'Tiêu đề bằng tiếng Việt, có dấu:',
        placeholder: 'Tổ hòa giải thôn Ví Dụ giữ bình yên xóm bản',
        validate: validateTitle,
      }),
    )
  ).trim();

  if (kind === 'exemplar') {
    const exemplarKind = await ask(
      prompts.select<ExemplarKind>({
        message: 'Điển hình là:',
        options: EXEMPLAR_KINDS.map((k) => ({
          value: k,
          label: EXEMPLAR_KIND_LABELS[k],
          ...(k === 'tap-the' ? {} : { hint: 'cần biên bản đồng ý công bố của người đó' }),
        })),
      }),
    );
    const movement = await ask(
      prompts.select({ message: 'Thuộc phong trào thi đua nào?', options: toChoices(choices.movements), maxItems: 11 }),
    );
    const unit = await ask(
      prompts.select({ message: 'Đơn vị đề xuất, xây dựng điển hình:', options: toChoices(choices.units), maxItems: 10 }),
    );
    const village = await ask(
      prompts.select({
        message: 'Ở thôn nào?',
        options: [{ value: NO_VILLAGE, label: 'Không gắn với thôn nào (cả xã)' }, ...toChoices(choices.villages)],
        maxItems: 10,
      }),
    );
    if (!PERSON_KINDS.includes(exemplarKind)) return { kind, title, exemplarKind, movement, unit, village: village || undefined };
    // The subject: a record on file, or a new one with its required answer.
    const person = await ask(
      prompts.select({
        message: exemplarKind === 'ho-gia-dinh' ? 'Hồ sơ của chủ hộ được nêu gương:' : 'Hồ sơ của người được nêu gương:',
        options: [{ value: NEW_PERSON, label: 'Tạo hồ sơ mới' }, ...toChoices(choices.people)],
        maxItems: 10,
      }),
    );
    const base = { kind, title, exemplarKind, movement, unit, village: village || undefined };
    if (person) return { ...base, person };
    const personName = (
      await ask(
        prompts.text({
          message: 'Họ tên đầy đủ của người được nêu gương (không ghi "chị", "ông"):',
          placeholder: 'Nguyễn Thị Mai',
          validate: validatePersonName,
        }),
      )
    ).trim();
    return { ...base, personName, ageGroup: await askAgeGroup() };
  }

  if (choices.exemplars.size === 0) return { kind, title };
  const exemplar = await ask(
    prompts.select({
      message: kind === 'practice' ? 'Cách làm này của điển hình nào?' : 'Kịch bản nói về điển hình nào?',
      options: toChoices(choices.exemplars),
      maxItems: 10,
    }),
  );
  return { kind, title, exemplar };
}
