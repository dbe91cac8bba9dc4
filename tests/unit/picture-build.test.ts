import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteCopy, makeSiteCopy } from '../../scripts/lib/site-copy.ts';
import { exemplarWith, makeContentTree } from './helpers/fixture-tree.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from './helpers/timeouts.ts';

const PICTURE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const CAMERA_OWNER = 'Nguyen Van Chu May';

const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A photo as a phone writes it: who owns the camera, where it was taken. */
const cameraPhoto = (colour: string) =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: colour, noise: { type: 'gaussian', mean: 110, sigma: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Artist: CAMERA_OWNER, Copyright: CAMERA_OWNER, Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 50/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 45/1 3/1' },
    })
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${CAMERA_OWNER}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .toBuffer();

// One real `astro build` of a small site: a story whose cover carries camera data, and a
// story whose person withdrew consent, with a cover of its own. What reaches dist/?
describe('the pictures that reach the built site', () => {
  let tree: ReturnType<typeof makeContentTree>;
  const originals: Buffer[] = [];
  let dist = '';
  let pictures: string[] = [];
  let html: Map<string, string>;

  beforeAll(async () => {
    tree = makeContentTree();
    const site = join(tree.root, 'site');
    const shown = await cameraPhoto('#3a7d44');
    const withdrawn = await cameraPhoto('#7d3a44');
    originals.push(shown, withdrawn, readFileSync(join(tree.root, 'content/images/cover.png')));
    tree.write('content/images/vuon-hoi-gps.jpg', shown);
    tree.write('content/exemplars/anh-nong-van-thu.mdx', exemplarWith('src: ../images/cover.png', 'src: ../images/vuon-hoi-gps.jpg'));
    tree.write('content/images/nguoi-rut-lai.jpg', withdrawn);
    // A story that names a person who withdrew consent (content/people/) is held back.
    tree.write(
      'content/people/ly-thi-rut.yaml',
      'name: Lý Thị Rút\nageGroup: tu-16-tro-len\nconsent:\n  givenBy: Lý Thị Rút\n  date: 2023-11-20\n  recordedBy: Hội Nông dân xã\n  withdrawn:\n    date: 2024-01-05\nsample: true\n',
    );
    tree.write(
      'content/exemplars/nguoi-rut-lai.mdx',
      exemplarWith('src: ../images/cover.png', 'src: ../images/nguoi-rut-lai.jpg').replace(
        'people: [nong-van-thu]',
        'people: [nong-van-thu, ly-thi-rut]',
      ),
    );
    makeSiteCopy(site, join(tree.root, 'content'));
    buildSiteCopy(site, {}, BUILD_TIMEOUT);
    dist = join(site, 'dist');
    pictures = filesIn(dist).filter((path) => PICTURE.test(path));
    html = new Map(
      filesIn(dist)
        .filter((path) => extname(path) === '.html')
        .map((path) => [path, readFileSync(path, 'utf8')]),
    );
  }, BUILD_TEST_TIMEOUT);
  afterAll(() => tree?.cleanup());

  it('the camera data is really in the originals (so the next tests can fail)', async () => {
    const metadata = await sharp(originals[0]).metadata();
    expect(metadata.exif?.toString('latin1')).toContain(CAMERA_OWNER);
    expect(metadata.xmp?.toString('utf8')).toContain(CAMERA_OWNER);
  });

  it('publishes resized copies of the shown cover', () => {
    expect(pictures.filter((path) => path.includes('vuon-hoi-gps')).length).toBeGreaterThan(5);
  });

  it('publishes no original: no file in dist/ has the bytes of a picture in content/images/', () => {
    const sizes = new Set(originals.map((file) => file.length));
    const hashes = new Set(originals.map(sha256));
    const copies = filesIn(dist).filter((path) => sizes.has(statSync(path).size) && hashes.has(sha256(readFileSync(path))));
    expect(copies).toEqual([]);
  });

  it('publishes no copy at all of the cover of a person who withdrew consent, and no page names it', () => {
    expect(filesIn(dist).filter((path) => path.includes('nguoi-rut-lai'))).toEqual([]);
    expect([...html].filter(([, text]) => text.includes('nguoi-rut-lai')).map(([path]) => path)).toEqual([]);
  });

  it('every picture in dist/, share pictures and poster pictures included, carries no EXIF, XMP, IPTC or GPS', async () => {
    expect(pictures.length).toBeGreaterThan(10);
    for (const path of pictures) {
      const bytes = readFileSync(path);
      const metadata = await sharp(bytes).metadata();
      expect({ path, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({
        path,
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
      });
      const text = bytes.toString('latin1');
      for (const mark of ['Exif\0\0', 'x:xmpmeta', CAMERA_OWNER])
        expect(text.includes(mark), `${path}: ${JSON.stringify(mark)}`).toBe(false);
    }
  });

  it('shares a 1200×630 JPEG, and every page links only pictures that exist in dist/', async () => {
    const page = [...html].find(([path]) => path.endsWith(join('dien-hinh', 'anh-nong-van-thu', 'index.html')))![1];
    const share = /<meta property="og:image" content="[^"]*?(\/_astro\/[^"]+)"/.exec(page)?.[1];
    expect(share).toBeDefined();
    const metadata = await sharp(join(dist, share!)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);
    const linked = new Set(
      [...html.values()].flatMap((text) => [...text.matchAll(/\/_astro\/[^"'\s,)]+\.(?:jpe?g|png|webp|avif)/g)].map((m) => m[0])),
    );
    expect(linked.size).toBeGreaterThan(5);
    for (const url of linked)
      expect(
        pictures.map((path) => path.slice(dist.length).split('\\').join('/')),
        url,
      ).toContain(url);
  });

  it('writes no <img> wider than the largest copy: the page never asks for the original size', () => {
    for (const [path, text] of html) {
      for (const [, width] of text.matchAll(/<img[^>]*\swidth="(\d+)"/g)) expect(Number(width), path).toBeLessThanOrEqual(1200);
    }
    expect([...html.values()].some((text) => /<img[^>]*vuon-hoi-gps/.test(text))).toBe(true);
  });
});
