// Writes .vscode/schemas/<collection>.json from the zod schemas and the ids in content/.
// `npm run dev` and `npm run new` do this too. Usage: npm run schemas
import { writeEditorSchemas } from '#lib/authoring/editor-schemas.ts';
import { COLLECTIONS } from '#schemas/vocabulary.ts';

writeEditorSchemas(process.cwd());
console.log(`Đã ghi ${COLLECTIONS.length} JSON Schema vào .vscode/schemas/`);
