#!/usr/bin/env node
// The package's command: npx camino-widgets <command> …
//   import <folder or file> [--lang CODE] [--out FILE]   HSDS (CSV or JSON) → a Camino directory file
//   validate <file> [--lang CODE]                         a partner's file, by the browser's rules
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [command, ...args] = process.argv.slice(2);
if (command === 'import') {
  const { main } = await import('./import.js');
  process.exit(await main(args));
} else if (command === 'validate') {
  process.argv = [process.argv[0], fileURLToPath(new URL('./validate-data.js', import.meta.url)), ...args];
  await import('./validate-data.js');
} else {
  console.error(`Usage: camino-widgets import <folder or file> [--lang CODE] [--out FILE]
       camino-widgets validate <file> [--lang CODE]
(${realpathSync(fileURLToPath(import.meta.url))})`);
  process.exit(2);
}
