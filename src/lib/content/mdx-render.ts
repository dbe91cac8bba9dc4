import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import type { MdxComponentName } from './mdx-components.ts';

/**
 * An entry's MDX body as HTML, made once when the content is loaded.
 *
 * Content files hold Markdown and the project's two components with plain-text attributes,
 * nothing that runs (the content checker refuses the rest before Astro reads a file). So a
 * body is text, and is rendered as text: parsed by Sätteri, the MDX parser Astro 7 itself
 * uses, with Astro's Markdown defaults (GFM, smart punctuation, heading ids), and the
 * components written out as the HTML below. Compiling every body into a JavaScript module
 * instead, as @astrojs/mdx does, made Vite's build the slowest step (docs/measurements.md).
 */
export interface RenderedBody {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[] };
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

const attribute = (node: JsxElement, name: string): string | undefined => {
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  return undefined;
};
const element = (tagName: string, className: string | undefined, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: className ? { className: [className] } : {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** What each component of src/lib/content/mdx-components.ts becomes on the page. */
const COMPONENTS = {
  // A person's own words.
  Quote: (node, children) => {
    const by = attribute(node, 'by');
    return element('figure', 'quote', [element('blockquote', undefined, children), ...(by ? [element('figcaption', undefined, [text(by)])] : [])]);
  },
  // A box that stands out: figures, a tip.
  Callout: (node, children) => {
    const title = attribute(node, 'title');
    return element('aside', 'callout', [...(title ? [element('p', 'callout-title', [text(title)])] : []), ...children]);
  },
} satisfies Record<MdxComponentName, (node: JsxElement, children: ElementContent[]) => Element>;

const isComponent = (name: string | null): name is MdxComponentName => name !== null && Object.hasOwn(COMPONENTS, name);

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : '';
}

export function renderMdxBody(body: string, source = 'nội dung'): RenderedBody {
  const tree = mdxToHast(body, { features: { gfm: true, smartPunctuation: true }, position: false }) as Root;
  const slugger = new GithubSlugger();
  const headings: RenderedBody['metadata']['headings'] = [];

  const convert = (nodes: readonly RootContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      switch (node.type) {
        case 'element': {
          // The checker refuses pictures in a body (mdx-guard.ts): one here would be published unresized.
          if (node.tagName === 'img') throw new Error(`${source}: ảnh trong nội dung bài không được phép; dùng ảnh bìa (cover).`);
          const children = convert(node.children);
          const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
          if (depth) {
            const value = children.map(textOf).join('').trim();
            const slug = slugger.slug(value);
            headings.push({ depth: Number(depth), slug, text: value });
            return [{ ...node, properties: { ...node.properties, id: slug }, children }];
          }
          return [{ ...node, children }];
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          if (!isComponent(node.name)) throw new Error(`${source}: thẻ <${node.name ?? ''}> không được phép trong tệp nội dung.`);
          return [COMPONENTS[node.name](node, convert(node.children as RootContent[]))];
        }
        // The checker lets through {/* comments */} only: they are for the author.
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
        case 'mdxjsEsm':
        case 'comment':
        case 'doctype':
          return [];
        default:
          return [node as ElementContent];
      }
    });

  const html = toHtml({ type: 'root', children: convert(tree.children) });
  return { html, metadata: { headings } };
}
