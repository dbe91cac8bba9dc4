import { CORE_SCHEMA, load } from 'js-yaml';
import {
  LineCounter,
  Scalar,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';

export interface ParsedFile {
  data: unknown;
  /** 1-based line in the file where the frontmatter's first key sits (or where data starts). */
  dataStartLine: number;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
  /** Line of the value at a path in the data, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  errors: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*\r?\n/;

/**
 * Splits a content file into YAML data and body. YAML is parsed with the core schema,
 * so dates stay text and an impossible date like 2023-02-30 is caught, not rolled over.
 */
export function parseContentFile(text: string, kind: 'mdx' | 'yaml'): ParsedFile {
  // A byte order mark (Notepad writes one) is not text: readContentFile drops it, this is for other callers.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let yamlText = source;
  let dataStartLine = 1;
  let body = '';
  let bodyStartLine = 1;
  const errors: ParsedFile['errors'] = [];

  if (kind === 'mdx') {
    if (!FENCE.test(source)) {
      errors.push({ line: 1, message: 'Tệp phải bắt đầu bằng dòng "---", tiếp theo là phần thông tin (frontmatter), rồi lại "---".' });
      return { data: undefined, dataStartLine: 1, body: source, bodyStartLine: 1, lineOf: () => 1, errors };
    }
    const lines = source.split(/\r?\n/);
    const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
    if (close === -1) {
      errors.push({ line: 1, message: 'Thiếu dòng "---" đóng phần thông tin (frontmatter).' });
      return { data: undefined, dataStartLine: 1, body: '', bodyStartLine: 1, lineOf: () => 1, errors };
    }
    yamlText = lines.slice(1, close).join('\n');
    dataStartLine = 2;
    body = lines.slice(close + 1).join('\n');
    bodyStartLine = close + 2;
  }

  // The common case, a valid frontmatter, is read by js-yaml (the core schema, as below; several
  // times faster). The yaml package, with every node's position, is built only when a line is
  // needed (a problem to report) or when js-yaml refuses the text or it has anchors and aliases
  // (which js-yaml would expand without a limit): then it gives the error and its line.
  let located: { doc: Document; counter: LineCounter } | undefined;
  const locate = () => (located ??= documentOf(yamlText));
  const lineOf = (path: readonly PropertyKey[]) => nodeLine(locate().doc, locate().counter, path) + dataStartLine - 1;
  if (!/[&*]/.test(yamlText)) {
    try {
      return { data: load(yamlText, { schema: CORE_SCHEMA }) ?? null, dataStartLine, body, bodyStartLine, lineOf, errors };
    } catch {
      // Read again below, for the yaml package's own account of what is wrong and where.
    }
  }
  const { doc, counter } = locate();
  // Only the first: past it the parser guesses, and what it reports next is its guess going wrong.
  const first = doc.errors[0];
  if (first) {
    const opened = openedAt(doc, first.pos[0]);
    let line = counter.linePos(opened?.offset ?? first.pos[0]).line;
    let message = yamlMessage(first.code, first.message);
    if (opened && (first.code === 'MISSING_CHAR' || first.code === 'BAD_INDENT')) {
      message = opened.quote
        ? 'dấu nháy mở ở dòng này chưa được đóng.'
        : 'dấu ngoặc mở ở dòng này chưa được đóng (hoặc các dòng sau của nó thụt lề chưa đủ).';
    }
    // A Tab in the indentation is reported under many names, at the lines it confuses: name it, at its own line.
    const tab = yamlText.split('\n').findIndex((text) => /^[ \t]*\t[ \t]*\S/.test(text)) + 1;
    if (tab > 0 && tab <= line) {
      line = tab;
      message = yamlMessage('TAB_AS_INDENT', '');
    }
    errors.push({ line: line + dataStartLine - 1, message: `YAML không đọc được: ${message}` });
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // The yaml package stops an alias bomb ("billion laughs") here, before it fills the memory.
      errors.push({
        line: firstAliasLine(doc, counter) + dataStartLine - 1,
        message: 'YAML không đọc được: các bí danh (*tên) được nhân lên quá nhiều lần, tệp sẽ làm treo máy dựng trang.',
      });
    }
  }
  return { data, dataStartLine, body, bodyStartLine, lineOf, errors };
}

/** The yaml package's document, with every node's place in the text. */
function documentOf(yamlText: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  return { doc: parseDocument(yamlText, { schema: 'core', lineCounter: counter, uniqueKeys: true, prettyErrors: false }), counter };
}

/** Aliases one file may expand (the yaml package's own default): an editor never needs more. */
const MAX_ALIAS_COUNT = 100;

/**
 * The quote or bracket left open around an error, if any: the yaml package reports an
 * unclosed one where the text ends, lines below the field that opened it.
 */
function openedAt(doc: Document, offset: number): { offset: number; quote: boolean } | undefined {
  let opened: { offset: number; quote: boolean } | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.range || node.range[0] >= offset || offset > node.range[2]) return;
    const quote = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
    if (quote || (isCollection(node) && node.flow)) opened = { offset: node.range[0], quote };
  });
  return opened;
}

function firstAliasLine(doc: Document, counter: LineCounter): number {
  let line = 1;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = counter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

function yamlMessage(code: string, fallback: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'một trường được viết hai lần.',
    BAD_INDENT: 'thụt lề không đều: các trường cùng cấp phải thẳng hàng.',
    MISSING_CHAR: 'thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy).',
    MULTILINE_IMPLICIT_KEY: 'có dòng thiếu dấu hai chấm sau tên trường, hoặc giá trị chứa dấu ":" mà chưa đặt trong dấu nháy kép.',
    BLOCK_AS_IMPLICIT_KEY: 'giá trị chứa dấu ":" phải đặt trong dấu nháy kép.',
    UNEXPECTED_TOKEN: 'có ký tự không mong đợi; giá trị có dấu ":" hoặc "#" cần đặt trong dấu nháy kép.',
    TAB_AS_INDENT: 'dùng phím Tab để thụt lề; hãy dùng dấu cách.',
  };
  return known[code] ?? `${fallback.split('\n')[0]} (hãy kiểm tra dấu nháy, dấu hai chấm và thụt lề).`;
}

function nodeLine(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = depth === 0 ? doc.contents : (doc.getIn(sub as unknown[], true) as YamlNode | undefined);
    if (!node) continue;
    // For a missing child, point at the parent key's line rather than its first child.
    if (depth < path.length && (isMap(node) || isSeq(node)) && depth > 0) {
      const pair = keyLine(doc, counter, sub);
      if (pair) return pair;
    }
    const range = (node as YamlNode).range;
    if (range) return counter.linePos(range[0]).line;
  }
  return 1;
}

function keyLine(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : (doc.getIn(path.slice(0, -1) as unknown[], true) as YamlNode | undefined);
  if (!isMap(parent)) return undefined;
  const key = path[path.length - 1];
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as YamlNode | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}
