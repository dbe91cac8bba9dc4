import { describe, expect, it } from 'vitest';
import { balancedLines, shareImageSvg, wrapWords } from '#lib/site/share-image.ts';

describe('wrapWords', () => {
  it('fills lines up to the width, word by word', () => {
    expect(wrapWords('Gương sáng Quảng Lạc', 12)).toEqual(['Gương sáng', 'Quảng Lạc']);
    expect(wrapWords('  một   hai ba ', 7)).toEqual(['một hai', 'ba']);
  });
  it('gives a word longer than the width a line of its own', () =>
    expect(wrapWords('a bbbbbbbbbb c', 4)).toEqual(['a', 'bbbbbbbbbb', 'c']));
});

describe('balancedLines', () => {
  it('breaks a name into two lines of about equal length', () => {
    expect(balancedLines('Gương sáng Tân An', 16)).toEqual(['Gương sáng', 'Tân An']);
    expect(balancedLines('Gương sáng Quảng Lạc', 18)).toEqual(['Gương sáng', 'Quảng Lạc']);
  });
  it('keeps a short name on one line', () => expect(balancedLines('Gương sáng', 18)).toEqual(['Gương sáng']));
});

describe('shareImageSvg', () => {
  const site = { siteName: 'Gương sáng Tân An', tagline: 'Người tốt việc tốt', commune: 'xã Tân An', province: 'tỉnh Mẫu' };
  it("writes the site's name and where it is", () => {
    const svg = shareImageSvg(site);
    expect(svg).toContain('>Gương sáng<');
    expect(svg).toContain('>Tân An<');
    expect(svg).toContain('>Xã Tân An, tỉnh Mẫu<');
  });
  it('escapes what would break the picture', () => {
    expect(shareImageSvg({ ...site, siteName: 'A & B <C>' })).toContain('A &#38; B &#60;C&#62;');
  });
});
