// postinstall: makes sure node_modules/.bin/node is the Node 24 that `npm install` brought (the
// platform package in optionalDependencies, see the README's Quick start). npm 11 links it
// itself; npm 9 (Debian 12's) and npm 10 (bundled with Node 18.20–22) link no bin that several
// optional packages declare, even when only one of them is installed, so it is linked here.
// Plain JavaScript: it runs on the machine's Node, 18 or newer, before Node 24 is in place.
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

const binFolder = join('node_modules', '.bin');
const link = join(binFolder, 'node');
const { optionalDependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const installed = Object.keys(optionalDependencies).find((name) => existsSync(join('node_modules', name, 'package.json')));

if (!installed) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.warn(
      `Không có gói Node 24 cho máy ${process.platform}-${process.arch}, và Node ${process.version} của máy quá cũ cho Astro: ` +
        'cài Node 22.12 trở lên (https://nodejs.org) rồi chạy lại npm install.',
    );
  }
} else if (!existsSync(link) && process.platform !== 'win32') {
  // A link left from an earlier install may point at nothing.
  if (lstatSync(link, { throwIfNoEntry: false })) rmSync(link);
  const manifest = JSON.parse(readFileSync(join('node_modules', installed, 'package.json'), 'utf8'));
  mkdirSync(binFolder, { recursive: true });
  symlinkSync(relative(binFolder, join('node_modules', installed, manifest.bin.node)), link);
  console.log(`Đã nối ${link} tới ${installed} (Node ${manifest.version}).`);
}
