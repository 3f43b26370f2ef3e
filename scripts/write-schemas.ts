// Writes the published JSON Schemas in schemas/ from the constants the engine validates with, so the file
// editors and other tools read is the schema the code enforces. A test fails when they drift.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { PUBLISHED_SCHEMAS } from '../packages/engine/src/report/published-schemas.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const [file, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
  const target = path.join(repoRoot, file);
  const options = (await prettier.resolveConfig(target)) ?? {};
  await writeFile(target, await prettier.format(JSON.stringify(schema), { ...options, parser: 'json' }));
  console.log(`wrote ${file}`);
}
