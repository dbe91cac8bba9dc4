import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSiteCopy, makeSiteCopy, PROJECT } from '../../../scripts/lib/site-copy.ts';

export interface SampleCopy {
  /** Where the copy is: content/ and dist/ are under it. */
  root: string;
  dist: string;
  url: string;
  close: () => Promise<void>;
}

export interface SampleCopyOptions {
  /** Changes to the copy's content/ before the build: write(path in the copy, text). */
  prepare?: (copy: { root: string; write: (path: string, text: string) => void }) => void;
  /** Build environment, e.g. BUILD_DATE. */
  env?: Record<string, string>;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/**
 * The sample site with a few changes, built (scripts/lib/site-copy.ts) and served as the real site
 * is, on a free port: for what the sample cannot show, such as a day past every air date.
 */
export async function buildSampleCopy(options: SampleCopyOptions = {}): Promise<SampleCopy> {
  const root = mkdtempSync(join(tmpdir(), 'guong-sang-mau-'));
  makeSiteCopy(root, join(PROJECT, 'content'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  options.prepare?.({ root, write });
  buildSiteCopy(root, options.env);
  const dist = join(root, 'dist');
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [join(root, 'scripts/serve.ts'), dist, String(port)], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (tries > 100) throw new Error(`Máy chủ thử không chạy ở ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    root,
    dist,
    url,
    close: async () => {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
