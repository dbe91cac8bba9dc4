/*
 * The content tree of the project's own sample commune, kept only for the content checker's
 * tests (tests/unit/content-check*.test.ts) while they are being rewritten: every other test
 * uses ./fixture-tree.ts, which needs nothing from content/. Once those tests have moved,
 * delete this file and tests/fixtures/legacy-sample-entries/.
 */
import { join, resolve } from 'node:path';
import { contentTreeOf, fixtureEntries } from './fixture-tree.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
const ENTRIES = join(PROJECT, 'tests/fixtures/legacy-sample-entries');

/** The sample commune's site.yaml, plans, movements, units and villages, and the legacy entries. */
export const makeContentTree = () => contentTreeOf(join(PROJECT, 'content'), ENTRIES);
export const { fixture, exemplarWith } = fixtureEntries(ENTRIES);
