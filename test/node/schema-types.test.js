// The TypeScript types in src/directory/format.ts are generated from the JSON
// Schema; this fails when someone edits one without regenerating the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateTypes, typesFile } from '../../scripts/generate-types.js';

test('src/directory/format.ts is what the schema generates (run npm run generate-types)', async () => {
  assert.equal(readFileSync(typesFile, 'utf8'), await generateTypes());
});
