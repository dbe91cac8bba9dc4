import { join } from 'node:path';
import { PROJECT } from '../../../scripts/lib/site-copy.ts';

/** Where a fixture site (tests/fixtures/sites/<name>/) is copied and built for the browser tests. */
export const fixtureDir = (name: string) => join(PROJECT, '.fixtures', name);
/** The fixture site the layout and navigation tests run against: another commune, three movements, two plan years. */
export const FIXTURE = 'minh-tien';
export const fixtureDist = join(fixtureDir(FIXTURE), 'dist');
