#!/usr/bin/env node
// The package's command: npx camino-widgets <command> …
//   import <folder or file> [--lang CODE] [--out FILE]   HSDS (CSV or JSON) → a Camino directory file
//   validate <file …> [--lang CODE]                       a partner's file, by the browser's rules
// Built into dist/cli/camino-widgets.js by scripts/build-cli.js; run from here in the repository.

const [command, ...args] = process.argv.slice(2);
if (command === 'import') {
  const { main } = await import('./import.js');
  process.exit(await main(args));
} else if (command === 'validate' && args.length) {
  const langAt = args.indexOf('--lang');
  const language = langAt >= 0 ? args.splice(langAt, 2)[1] : undefined;
  const { reportPartnerFile } = await import('./data/report-partner-file.js');
  let valid = true;
  for (const file of args) valid = (await reportPartnerFile(file, language)) && valid;
  process.exit(valid ? 0 : 1);
} else {
  console.error(`Usage: camino-widgets import <folder or file> [--lang CODE] [--out FILE]
       camino-widgets validate <file …> [--lang CODE]`);
  process.exit(2);
}
