// npm run check: validates every content file without building the site.
import { checkContentAndPictures } from '#lib/content-check/checker.ts';
import { formatReport } from '#lib/content-check/problem.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { problems, entries } = await checkContentAndPictures(root);
console.log(formatReport(problems));
console.log(`Đã kiểm tra ${entries.length} tệp trong ${Math.round(performance.now() - started)} ms.`);
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
