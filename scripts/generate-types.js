#!/usr/bin/env node
// npm run generate-types — writes src/directory/format.ts, the TypeScript types
// of the directory format, from data/schema/directory.schema.json, so the two
// cannot disagree. test/node/schema-types.test.js fails when they drift.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFromFile } from 'json-schema-to-typescript';

const schemaFile = fileURLToPath(new URL('../data/schema/directory.schema.json', import.meta.url));
export const typesFile = new URL('../src/directory/format.ts', import.meta.url);

/** The TypeScript source the schema generates. */
export function generateTypes() {
  return compileFromFile(schemaFile, {
    bannerComment:
      '/* Generated from data/schema/directory.schema.json by scripts/generate-types.js. Do not edit: change the schema and run npm run generate-types. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(typesFile, await generateTypes());
  console.log('generate-types: wrote src/directory/format.ts');
}
