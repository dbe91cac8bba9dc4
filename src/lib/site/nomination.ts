/**
 * What a nomination (phiếu đề xuất) asks, made from the fields a story needs: the paper form
 * and the e-mail composer of /de-xuat/ both come from this list, and a test checks that every
 * `field` still exists in its collection's schema. Nothing here is stored or sent by the site:
 * the reader's own mail app sends the e-mail, the paper goes by hand.
 */
import { EXEMPLAR_KIND_LABELS, EXEMPLAR_KINDS } from '#schemas/vocabulary.ts';

export interface NominationField {
  /** The schema field it answers, as `collection.path`; absent for what only the proposer says. */
  field?: string;
  label: string;
  /** Boxes to tick on paper. */
  choices?: string[];
  /** Lines left to write on, on paper. */
  lines: number;
}

/**
 * The questions in order. Of the proposer, only what a paper form asks: a name and where they
 * live or work, no phone, no ID number (the e-mail's own address is the way to answer).
 */
export function nominationFields(movementNames: readonly string[]): NominationField[] {
  return [
    { field: 'exemplars.name', label: 'Tập thể, cá nhân hoặc hộ gia đình được đề xuất', lines: 1 },
    { field: 'exemplars.kind', label: 'Là', choices: EXEMPLAR_KINDS.map((k) => EXEMPLAR_KIND_LABELS[k].toLowerCase()), lines: 0 },
    { field: 'exemplars.movement', label: 'Trong phong trào', choices: [...movementNames], lines: 0 },
    { field: 'exemplars.village', label: 'Ở thôn', lines: 1 },
    { field: 'exemplars.summary', label: 'Việc làm, thành tích tiêu biểu (vì sao đề xuất)', lines: 4 },
    { field: 'practices.results', label: 'Kết quả cụ thể, bằng con số nếu có', lines: 2 },
    { field: 'practices.steps', label: 'Cách làm hay nơi khác có thể học theo', lines: 2 },
    { field: 'exemplars.recognitions', label: 'Khen thưởng đã nhận (nếu có)', lines: 1 },
    { label: 'Người được đề xuất đã biết việc đề xuất này', choices: ['đã biết', 'chưa biết'], lines: 0 },
    { label: 'Người đề xuất (họ tên, hoặc tên đơn vị)', lines: 1 },
    { label: 'Thôn hoặc đơn vị của người đề xuất', lines: 1 },
  ];
}

/**
 * The e-mail's body before the reader writes in it: one line per question, the choices
 * written out. The movement is chosen in a list and goes in the subject instead.
 */
export function emailTemplate(fields: readonly NominationField[]): string {
  return fields
    .filter((f) => f.field !== 'exemplars.movement')
    .map((f) => `${f.label}${f.choices ? ` (${f.choices.join(' / ')})` : ''}: `)
    .join('\n');
}

/** The e-mail's subject for a movement, or for a nomination whose movement the proposer leaves open. */
export const emailSubject = (movementName?: string) =>
  movementName ? `Đề xuất điển hình: ${movementName}` : 'Đề xuất điển hình tiên tiến';
