// postinstall: finishes what `npm install` does on the machine's Node (18 or newer) so that the
// project runs on the Node 24 it brings (the platform package in optionalDependencies, see the
// README's Quick start). Plain JavaScript: it runs on the machine's Node, before Node 24 is in place.
//  1. npm 11 links node_modules/.bin/node itself; npm 9 (Debian 12's) and npm 10 link no bin that
//     several optional packages declare, even when only one of them is installed: linked here.
//  2. npm skips an optional package whose `engines` the Node running npm does not meet, so on
//     Node 18 the native parts of Astro, Rolldown and sharp for this computer are left out,
//     although they will run on Node 24: npm installs them again, itself run by Node 24.
import { spawnSync } from 'node:child_process';
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
  process.exit(0);
}

if (!existsSync(link) && process.platform !== 'win32') {
  // A link left from an earlier install may point at nothing.
  if (lstatSync(link, { throwIfNoEntry: false })) rmSync(link);
  const manifest = JSON.parse(readFileSync(join('node_modules', installed, 'package.json'), 'utf8'));
  mkdirSync(binFolder, { recursive: true });
  symlinkSync(relative(binFolder, join('node_modules', installed, manifest.bin.node)), link);
  console.log(`Đã nối ${link} tới ${installed} (Node ${manifest.version}).`);
}

/** Packages the lock file holds for exactly this computer (os, cpu, libc) that are not installed. */
function missingPlatformPackages() {
  if (!existsSync('package-lock.json')) return [];
  const { packages = {} } = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const libc = process.report.getReport().header.glibcVersionRuntime ? 'glibc' : 'musl';
  const list = (value) => (typeof value === 'string' ? [value] : value);
  const fits = (values, mine) => values.includes(mine) || (values.every((v) => v.startsWith('!')) && !values.includes(`!${mine}`));
  return Object.entries(packages)
    .filter(([path, entry]) => path && entry.optional && entry.os && entry.cpu)
    .filter(([, entry]) => fits(list(entry.os), process.platform) && fits(list(entry.cpu), process.arch))
    .filter(([, entry]) => !entry.libc || list(entry.libc).includes(libc))
    .map(([path]) => path)
    .filter((path) => !existsSync(path));
}

const missing = process.env.npm_execpath && !process.env.GSQL_NESTED_INSTALL && existsSync(link) ? missingPlatformPackages() : [];
if (missing.length > 0) {
  console.log(
    `npm chạy trên Node ${process.version} đã bỏ qua ${missing.length} gói cho máy này (${missing.map((p) => p.replace(/^node_modules\//, '')).join(', ')}), ` +
      'vì chúng cần Node mới hơn. Cài lại chúng bằng Node 24 của dự án:',
  );
  const result = spawnSync(link, [process.env.npm_execpath, 'install', '--no-save', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, GSQL_NESTED_INSTALL: '1' },
  });
  process.exit(result.status ?? 1);
}
