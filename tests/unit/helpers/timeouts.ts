/**
 * How long tests that start other programs may take. `npm test` may share two cores with other
 * builds, where a build that takes half a minute alone takes several: these are generous. Each
 * program is stopped a little before its test gives up, so the test fails saying which program
 * did not finish instead of hanging.
 */

/** A test, or a beforeAll, that builds a site. */
export const BUILD_TEST_TIMEOUT = 600_000;
/** `astro build`, or `npm run build` in a copy, itself. */
export const BUILD_TIMEOUT = BUILD_TEST_TIMEOUT - 60_000;
/** A test that runs a command-line tool: npm run new, npm run check. */
export const COMMAND_TEST_TIMEOUT = 120_000;
/** The tool itself. */
export const COMMAND_TIMEOUT = COMMAND_TEST_TIMEOUT - 30_000;
