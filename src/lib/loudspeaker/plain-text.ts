import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';

/**
 * The text of a Markdown/MDX body as a person would read it aloud: one string per
 * paragraph (headings, list items and quotes count as paragraphs), no markup.
 */
export function toParagraphs(body: string): string[] {
  const tree = mdxToMdast(body, { position: false }) as Root;
  const paragraphs: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        const text = toString(node).replace(/\s+/g, ' ').trim();
        if (text) paragraphs.push(text);
      } else if ('children' in node && Array.isArray(node.children)) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(tree.children);
  return paragraphs;
}

/** UTF-8 plain text: paragraphs separated by a blank line, ending with a newline. */
export function toPlainText(paragraphs: readonly string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}
