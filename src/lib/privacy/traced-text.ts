/**
 * A text rebuilt from another, each of its UTF-16 units traced to where it was written, so
 * that a rule which finds something in the rebuilt text can say where it is in the original.
 */

/** A text as a reader sees it, with the offset in the original text of every UTF-16 unit. */
export interface ReaderText {
  text: string;
  /** Offset in the original of each unit of `text`; null while the two are the same. */
  origin: readonly number[] | null;
  /** Length of the original text. */
  sourceLength: number;
}

/** Offset in the original text of the unit at `index` of the reader's text. */
export function originalOffset(reader: ReaderText, index: number): number {
  if (index >= reader.text.length) return reader.sourceLength;
  return reader.origin === null ? index : reader.origin[index]!;
}

/** Builds a new reader's text from pieces of another, carrying origins along. */
export class Builder {
  private readonly chunks: string[] = [];
  private readonly origin: number[] = [];
  private readonly from: ReaderText;
  constructor(from: ReaderText) {
    this.from = from;
  }

  copy(start: number, end: number): void {
    if (end <= start) return;
    this.chunks.push(this.from.text.slice(start, end));
    for (let i = start; i < end; i++) this.origin.push(originalOffset(this.from, i));
  }

  /** Adds `text` in place of the units from `at` on: all of it points at `at`'s origin. */
  emit(text: string, at: number): void {
    this.chunks.push(text);
    const origin = originalOffset(this.from, at);
    for (let i = 0; i < text.length; i++) this.origin.push(origin);
  }

  done(): ReaderText {
    return { text: this.chunks.join(''), origin: this.origin, sourceLength: this.from.sourceLength };
  }
}
