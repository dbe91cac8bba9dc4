// Builds the fixture site that the layout and navigation tests run against
// (tests/fixtures/sites/<name>/content) as a copy of the project in .fixtures/<name>/, the way a
// commune adopting the site would build it. npm run test:e2e runs it before Playwright, which
// lists the fixture's pages when it loads the tests.
//   node tests/e2e/helpers/build-fixture.ts [name]
import { join } from 'node:path';
import { buildSiteCopy, makeSiteCopy, PROJECT } from '../../../scripts/lib/site-copy.ts';
import { FIXTURE, fixtureDir } from './fixture-site.ts';

const name = process.argv[2] ?? FIXTURE;
const started = performance.now();
makeSiteCopy(fixtureDir(name), join(PROJECT, 'tests/fixtures/sites', name, 'content'));
buildSiteCopy(fixtureDir(name));
console.log(`Đã dựng trang thử ${name} trong ${((performance.now() - started) / 1000).toFixed(1)} s: ${fixtureDir(name)}/dist`);
