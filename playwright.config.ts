import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { FIXTURE } from './tests/e2e/helpers/fixture-site.ts';

/** A system Chromium when one is found (CHROMIUM_PATH, then Debian's), Playwright's own otherwise. */
function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

const PORT = Number(process.env.TEST_PORT ?? 4329);
// The fixture site (tests/fixtures/sites/, built by npm run test:e2e first) on the next port.
const FIXTURE_PORT = PORT + 1;
const executablePath = systemChromium();
const NODE = JSON.stringify(process.execPath);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    locale: 'vi-VN',
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // What the sample content shows: stories, progress, search, the loudspeaker.
    { name: 'sample', testIgnore: 'layout/**', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT}` } },
    // Layout and navigation, on a small site of another commune (tests/fixtures/sites/minh-tien/).
    {
      name: 'fixture',
      testMatch: 'layout/**/*.test.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
  ],
  webServer: [
    // The built sites, served as a static host would, on the Node that runs the tests (the
    // project's own, node_modules/.bin/node, under npm scripts).
    {
      command: `${NODE} scripts/serve.ts dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `${NODE} scripts/serve.ts .fixtures/${FIXTURE}/dist ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
