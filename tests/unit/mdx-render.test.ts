import { describe, expect, it } from 'vitest';
import { renderMdxBody } from '#lib/content/mdx-render.ts';

describe('renderMdxBody: an entry body as HTML', () => {
  it('writes Markdown as HTML with ids on headings, as Astro does', () => {
    const { html, metadata } = renderMdxBody(
      '## Người lính trở về làng\n\nAnh **Đạt** nói *chậm* và [rõ](https://example.org/).\n\n- một\n- hai\n',
    );
    expect(html).toContain('<h2 id="người-lính-trở-về-làng">Người lính trở về làng</h2>');
    expect(html).toContain('<p>Anh <strong>Đạt</strong> nói <em>chậm</em> và <a href="https://example.org/">rõ</a>.</p>');
    expect(html).toMatch(/<ul>\s*<li>một<\/li>\s*<li>hai<\/li>\s*<\/ul>/);
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'người-lính-trở-về-làng', text: 'Người lính trở về làng' }]);
  });

  it('gives two headings with the same words different ids', () => {
    const { metadata } = renderMdxBody('## Kết quả\n\ntext\n\n## Kết quả\n');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['kết-quả', 'kết-quả-1']);
  });

  it('writes <Quote> as a figure with the speaker and <Callout> as an aside with its title', () => {
    const { html } = renderMdxBody(
      '<Quote by="Chị Hoàng Thị Lụa">Làm **cùng nhau** thì nhẹ.</Quote>\n\n<Callout title="Con số">\n120 bao cát, 14 hộ.\n</Callout>\n',
    );
    expect(html).toContain(
      '<figure class="quote"><blockquote>Làm <strong>cùng nhau</strong> thì nhẹ.</blockquote><figcaption>Chị Hoàng Thị Lụa</figcaption></figure>',
    );
    expect(html).toMatch(/<aside class="callout"><p class="callout-title">Con số<\/p>\s*<p>120 bao cát, 14 hộ\.<\/p>\s*<\/aside>/);
  });

  it('leaves out the caption or title when the attribute is not given', () => {
    const { html } = renderMdxBody('<Quote>Lời của bà con.</Quote>\n\n<Callout>\nGhi nhớ.\n</Callout>\n');
    expect(html).not.toContain('figcaption');
    expect(html).not.toContain('callout-title');
  });

  it("drops the author's {/* comments */}", () => {
    const { html } = renderMdxBody('Đoạn một.\n\n{/* Ghi chú cho người viết: thay ảnh sau */}\n\nĐoạn hai.\n');
    expect(html).not.toContain('Ghi chú');
    expect(html).toContain('<p>Đoạn một.</p>');
    expect(html).toContain('<p>Đoạn hai.</p>');
  });

  it('escapes text, so a story can never carry markup into the page', () => {
    const { html } = renderMdxBody('<Quote by="Ông A <script>x</script>">Lời.</Quote>\n\nGiá 5 & 7, "hàng xóm" nói.\n');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<figcaption>Ông A &#x3C;script>x&#x3C;/script></figcaption>');
    expect(html).toContain('Giá 5 &#x26; 7, “hàng xóm” nói.');
  });

  it('refuses a component that the project does not provide instead of dropping it', () => {
    expect(() => renderMdxBody('<Video src="x" />\n', 'content/exemplars/a.mdx')).toThrow(/content\/exemplars\/a\.mdx.*<Video>/);
  });

  it('writes GFM tables', () => {
    const { html } = renderMdxBody('| Năm | Hộ |\n|---|---|\n| 2023 | 14 |\n');
    expect(html).toMatch(/<table>[\s\S]*<th>Năm<\/th>[\s\S]*<td>14<\/td>[\s\S]*<\/table>/);
  });
});
