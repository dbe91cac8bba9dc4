/**
 * The only components a content file may use, with the attributes each accepts.
 * src/lib/content/mdx-render.ts writes each of them out as HTML when the content is loaded.
 */
export const MDX_COMPONENTS = {
  Quote: { attributes: ['by'], description: 'Trích lời nhân vật: <Quote by="Anh Hoàng Văn Tú">…</Quote>' },
  Callout: { attributes: ['title'], description: 'Khung nhấn mạnh: <Callout title="Con số">…</Callout>' },
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}
