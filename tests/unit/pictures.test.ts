import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentAndPictures } from '#lib/content-check/checker.ts';
import type { Problem } from '#lib/content-check/problem.ts';
import { PICTURE_LIMITS } from '#lib/content/picture-limits.ts';
import { renderMdxBody } from '#lib/content/mdx-render.ts';
import { exemplarWith, fixture, makeContentTree } from './helpers/fixture-tree.ts';
import { COMMAND_TEST_TIMEOUT, COMMAND_TIMEOUT } from './helpers/timeouts.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const COVER_LINE = 17; // `  src: ../images/cover.png` in tests/fixtures/entries/exemplar.mdx
const { maxSide, maxBytes } = PICTURE_LIMITS;

// Pictures made here, so that each rule's file is what its name says.
type Format = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
const solid = (width: number, height: number, format: Format) =>
  sharp({ create: { width, height, channels: 3, background: '#3a7d44' } })
    .toFormat(format)
    .toBuffer();
const photo = (format: Format) =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#3a7d44', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
    .toFormat(format)
    .toBuffer();
const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
/** 69 bytes whose header says width × height: what a decompression bomb looks like to a reader of headers. */
function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(100))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
/** A valid 8×8 PNG of exactly `bytes` bytes: a private ancillary chunk (which decoders skip) fills the rest. */
async function pngOfSize(bytes: number): Promise<Buffer> {
  const small = await solid(8, 8, 'png');
  const iend = small.subarray(small.length - 12);
  const filler = bytes - small.length - 12; // chunk length, type and CRC take 12 bytes
  return Buffer.concat([small.subarray(0, small.length - 12), pngChunk('prVt', Buffer.alloc(filler, 7)), iend]);
}
const cut = (file: Buffer, share: number) => file.subarray(0, Math.floor(file.length * share));
function scribbled(file: Buffer): Buffer {
  const copy = Buffer.from(file);
  for (let i = 0; i < 200; i++) copy[Math.floor(file.length / 2) + i] = (i * 37) & 255;
  return copy;
}
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="green"/></svg>',
);

// Words of the English messages that used to reach editors (sharp, Astro).
const ENGLISH = /\b(input|image|error|file|not|found|unsupported|the|exceeds|limit)\b/i;

interface Case {
  /** What the case is about, and the entry's file name. */
  id: string;
  /** cover.src as written in the entry. */
  src: string;
  /** The picture written at content/images/<name>, if any. */
  picture?: [name: string, make: () => Buffer | Promise<Buffer>];
  /** What the error says, or null when the picture must pass. */
  refused: RegExp | null;
}

const cases: Case[] = [
  // Formats, decided by the content.
  { id: 'jpeg', src: '../images/anh.jpg', picture: ['anh.jpg', () => photo('jpeg')], refused: null },
  { id: 'png', src: '../images/anh.png', picture: ['anh.png', () => solid(640, 336, 'png')], refused: null },
  { id: 'webp', src: '../images/anh.webp', picture: ['anh.webp', () => photo('webp')], refused: null },
  { id: 'avif', src: '../images/anh.avif', picture: ['anh.avif', () => photo('avif')], refused: null },
  { id: 'duoi-viet-hoa', src: '../images/MAY-ANH.JPG', picture: ['MAY-ANH.JPG', () => photo('jpeg')], refused: null },
  { id: 'jpeg-mang-duoi-png', src: '../images/that-ra-jpeg.png', picture: ['that-ra-jpeg.png', () => photo('jpeg')], refused: null },
  {
    id: 'svg',
    src: '../images/hinh-ve.svg',
    picture: ['hinh-ve.svg', () => SVG],
    refused: /"hinh-ve\.svg" không phải ảnh dùng được: chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF/,
  },
  {
    id: 'svg-mang-duoi-png',
    src: '../images/hinh-ve.png',
    picture: ['hinh-ve.png', () => SVG],
    refused: /là ảnh SVG \(hình vẽ\), dù có đuôi \.png/,
  },
  {
    id: 'gif-mang-duoi-jpg',
    src: '../images/dong.jpg',
    picture: ['dong.jpg', () => solid(64, 40, 'gif')],
    refused: /là ảnh GIF, dù có đuôi \.jpg/,
  },
  { id: 'duoi-heic', src: '../images/iphone.heic', picture: ['iphone.heic', () => Buffer.alloc(100)], refused: /không phải ảnh dùng được/ },
  {
    id: 'chu-mang-duoi-jpg',
    src: '../images/ghi-chu.jpg',
    picture: ['ghi-chu.jpg', () => Buffer.from('Đây là chữ, không phải ảnh.')],
    refused: /"ghi-chu\.jpg" không phải là ảnh/,
  },
  { id: 'tep-rong', src: '../images/rong.jpg', picture: ['rong.jpg', () => Buffer.alloc(0)], refused: /"rong\.jpg" không phải là ảnh/ },
  // Size in pixels, at the edge.
  {
    id: 'khong-lo',
    src: '../images/khong-lo.png',
    picture: ['khong-lo.png', () => pngClaiming(20000, 20000)],
    refused: /rộng 20000 × cao 20000 điểm ảnh, cạnh dài quá 6000/,
  },
  { id: 'rong-vua-du', src: '../images/rong-vua-du.png', picture: ['rong-vua-du.png', () => solid(maxSide, 8, 'png')], refused: null },
  {
    id: 'rong-qua-1',
    src: '../images/rong-qua.png',
    picture: ['rong-qua.png', () => solid(maxSide + 1, 8, 'png')],
    refused: /rộng 6001 × cao 8 điểm ảnh/,
  },
  { id: 'cao-vua-du', src: '../images/cao-vua-du.png', picture: ['cao-vua-du.png', () => solid(8, maxSide, 'png')], refused: null },
  {
    id: 'cao-qua-1',
    src: '../images/cao-qua.png',
    picture: ['cao-qua.png', () => solid(8, maxSide + 1, 'png')],
    refused: /rộng 8 × cao 6001 điểm ảnh/,
  },
  // Size in bytes, at the edge.
  { id: 'nang-vua-du', src: '../images/nang-vua-du.png', picture: ['nang-vua-du.png', () => pngOfSize(maxBytes)], refused: null },
  {
    id: 'nang-qua-1-byte',
    src: '../images/nang-qua.png',
    picture: ['nang-qua.png', () => pngOfSize(maxBytes + 1)],
    refused: /"nang-qua\.png" nặng 10 MB, quá giới hạn 10 MB/,
  },
  // Decodable to the last pixel.
  {
    id: 'jpeg-cut',
    src: '../images/cut.jpg',
    picture: ['cut.jpg', async () => cut(await photo('jpeg'), 0.6)],
    refused: /"cut\.jpg" bị hỏng hoặc thiếu một phần/,
  },
  {
    id: 'jpeg-thieu-2-byte',
    src: '../images/thieu.jpg',
    picture: [
      'thieu.jpg',
      async () => {
        const f = await photo('jpeg');
        return f.subarray(0, f.length - 2);
      },
    ],
    refused: /bị hỏng hoặc thiếu một phần/,
  },
  {
    id: 'jpeg-hong-giua',
    src: '../images/hong.jpg',
    picture: ['hong.jpg', async () => scribbled(await photo('jpeg'))],
    refused: /bị hỏng hoặc thiếu một phần/,
  },
  {
    id: 'png-cut',
    src: '../images/cut.png',
    picture: ['cut.png', async () => cut(await photo('png'), 0.6)],
    refused: /bị hỏng hoặc thiếu một phần/,
  },
  {
    id: 'webp-cut',
    src: '../images/cut.webp',
    picture: ['cut.webp', async () => cut(await photo('webp'), 0.6)],
    refused: /bị hỏng hoặc thiếu một phần|hỏng đến mức không đọc được/,
  },
  {
    id: 'avif-cut',
    src: '../images/cut.avif',
    picture: ['cut.avif', async () => cut(await photo('avif'), 0.6)],
    refused: /bị hỏng hoặc thiếu một phần|hỏng đến mức không đọc được/,
  },
  {
    id: 'jpeg-thua-duoi',
    src: '../images/thua.jpg',
    picture: ['thua.jpg', async () => Buffer.concat([await photo('jpeg'), Buffer.alloc(100, 7)])],
    refused: null,
  },
  // Inside content/images/, written from the entry's folder.
  { id: 'dia-chi-web', src: 'https://example.com/anh.jpg', refused: /là một địa chỉ, không phải tệp/ },
  { id: 'dia-chi-khong-giao-thuc', src: '//example.com/anh.jpg', refused: /là một địa chỉ, không phải tệp/ },
  { id: 'data-url', src: 'data:image/png;base64,iVBORw0KGgo=', refused: /là một địa chỉ, không phải tệp/ },
  { id: 'file-url', src: 'file:///etc/hostname', refused: /là một địa chỉ, không phải tệp/ },
  { id: 'duong-dan-tuyet-doi', src: '/images/cover.png', refused: /bắt đầu bằng dấu \// },
  { id: 'dau-gach-nguoc', src: '..\\images\\cover.png', refused: /dùng dấu \\/ },
  {
    id: 'trong-content',
    src: '../ngoai.png',
    picture: ['../ngoai.png', () => solid(64, 40, 'png')],
    refused: /nằm ngoài thư mục content\/images\//,
  },
  { id: 'ngoai-du-an', src: '../images/../../../ngoai.png', refused: /nằm ngoài thư mục content\/images\// },
  { id: 'loi-tat-ra-ngoai', src: '../images/loi-tat.png', refused: /là lối tắt tới một tệp ngoài thư mục content\/images\// },
  { id: 'thu-muc', src: '../images/thang-12', picture: ['thang-12/anh.png', () => solid(64, 40, 'png')], refused: /là một thư mục/ },
  { id: 'thu-muc-con', src: '../images/thang-12/anh-2.png', picture: ['thang-12/anh-2.png', () => solid(64, 40, 'png')], refused: null },
  { id: 'khong-co', src: '../images/khong-co.jpg', refused: /Không tìm thấy ảnh "\.\.\/images\/khong-co\.jpg"/ },
];

describe('pictures: every rule, as `npm run check` and the build report it', () => {
  let tree: ReturnType<typeof makeContentTree>;
  let problems: Problem[] = [];
  beforeAll(async () => {
    tree = makeContentTree();
    for (const { id, src, picture } of cases) {
      tree.write(`content/exemplars/${id}.mdx`, exemplarWith('src: ../images/cover.png', `src: ${JSON.stringify(src)}`));
      if (picture) tree.write(`content/images/${picture[0]}`, await picture[1]());
    }
    tree.write('ngoai.png', await solid(64, 40, 'png'));
    symlinkSync(join(tree.root, 'ngoai.png'), join(tree.root, 'content/images/loi-tat.png'));
    problems = (await checkContentAndPictures(tree.root)).problems;
  }, COMMAND_TEST_TIMEOUT);
  afterAll(() => tree?.cleanup());

  const refusals = cases.filter((c) => c.refused);
  it.each(refusals.map((c) => [c.id, c] as const))(
    'refuses %s at the file, line and field, in Vietnamese, with a fix',
    (id, { refused }) => {
      const found = problems.filter((p) => p.file === `content/exemplars/${id}.mdx` && p.field === 'cover.src');
      expect(found).toHaveLength(1);
      const [problem] = found;
      expect(problem).toMatchObject({ line: COVER_LINE, severity: 'error' });
      expect(problem!.message).toMatch(refused!);
      expect(problem!.message.replace(/"[^"]*"/g, '')).not.toMatch(ENGLISH);
      expect(problem!.hint.length).toBeGreaterThan(20);
      expect(problem!.hint).not.toMatch(/Sửa theo lời báo ở trên/);
    },
  );

  const passes = cases.filter((c) => !c.refused);
  it.each(passes.map((c) => [c.id, c] as const))('accepts %s', (id) => {
    expect(problems.filter((p) => p.file === `content/exemplars/${id}.mdx` && p.field.startsWith('cover'))).toEqual([]);
  });

  it('says how to shrink a picture that is too large, and how to re-save a broken one', () => {
    const hint = (id: string) => problems.find((p) => p.file === `content/exemplars/${id}.mdx`)?.hint ?? '';
    expect(hint('khong-lo')).toContain('2400 điểm ảnh');
    expect(hint('nang-qua-1-byte')).toContain('2400 điểm ảnh');
    expect(hint('jpeg-cut')).toContain('Chép lại từ máy gốc');
    expect(hint('svg')).toContain('PNG');
    expect(hint('trong-content')).toContain('"../images/ngoai.png"');
  });
});

describe('pictures in an entry body', () => {
  let tree: ReturnType<typeof makeContentTree>;
  let problems: Problem[] = [];
  const bodies: Record<string, string> = {
    'anh-tuong-doi': '![Vườn hồi](../images/cover.png)',
    'anh-tuyet-doi': 'Xem ảnh: ![Vườn hồi](/images/cover.png)',
    'anh-tu-web': '![Vườn hồi](https://example.com/vuon.jpg)',
    'anh-tham-chieu': '![Vườn hồi][vuon]\n\n[vuon]: ../images/cover.png',
  };
  const text = (body: string) => `${fixture('exemplar.mdx')}\n${body}\n`;
  beforeAll(async () => {
    tree = makeContentTree();
    for (const [id, body] of Object.entries(bodies)) tree.write(`content/exemplars/${id}.mdx`, text(body));
    problems = (await checkContentAndPictures(tree.root)).problems;
  }, COMMAND_TEST_TIMEOUT);
  afterAll(() => tree?.cleanup());

  it.each(Object.entries(bodies))('refuses %s at its line, saying to use the cover instead', (id, body) => {
    const found = problems.filter((p) => p.file === `content/exemplars/${id}.mdx` && p.field === 'nội dung');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      line:
        text(body)
          .split('\n')
          .findIndex((l) => l.includes('![')) + 1,
      severity: 'error',
    });
    expect(found[0]!.message).toContain('Không chèn ảnh vào nội dung bài');
    expect(found[0]!.hint).toContain('cover');
  });

  it('is never rendered: the renderer throws if one gets past the checker', () => {
    expect(() => renderMdxBody('![Vườn hồi](../images/cover.png)', 'content/exemplars/x.mdx')).toThrow(
      /content\/exemplars\/x\.mdx: ảnh trong nội dung/,
    );
  });
});

describe('pictures read once, and again when they change', () => {
  it('reads a picture replaced by a broken one again, though its name is the same', async () => {
    const tree = makeContentTree();
    try {
      tree.write('content/exemplars/anh-nong-van-thu.mdx', exemplarWith('src: ../images/cover.png', 'src: ../images/doi.jpg'));
      tree.write('content/images/doi.jpg', await photo('jpeg'));
      expect((await checkContentAndPictures(tree.root)).problems.filter((p) => p.field === 'cover.src')).toEqual([]);
      expect(existsSync(join(tree.root, 'node_modules/.cache/content-check/pictures.json'))).toBe(true);
      tree.write('content/images/doi.jpg', cut(await photo('jpeg'), 0.5));
      const [problem] = (await checkContentAndPictures(tree.root)).problems.filter((p) => p.field === 'cover.src');
      expect(problem?.message).toContain('bị hỏng hoặc thiếu một phần');
    } finally {
      tree.cleanup();
    }
  });
});

describe('npm run check', () => {
  it(
    'reads the pictures in full: a truncated cover fails with its file, line and field',
    async () => {
      const tree = makeContentTree();
      try {
        tree.write('content/exemplars/anh-nong-van-thu.mdx', exemplarWith('src: ../images/cover.png', 'src: ../images/cut.jpg'));
        tree.write('content/images/cut.jpg', cut(await photo('jpeg'), 0.6));
        mkdirSync(join(tree.root, 'node_modules'), { recursive: true });
        const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/check-content.ts'), tree.root], {
          encoding: 'utf8',
          timeout: COMMAND_TIMEOUT,
        });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(
          `content/exemplars/anh-nong-van-thu.mdx:${COVER_LINE}  cover.src  Ảnh "cut.jpg" bị hỏng hoặc thiếu một phần`,
        );
      } finally {
        tree.cleanup();
      }
    },
    COMMAND_TEST_TIMEOUT,
  );
});
