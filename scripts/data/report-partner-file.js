// Prints what the browser's rules say of a partner's file: notes, an editor's
// warnings, every problem, and a last line; for validate-data and the
// package's `camino-widgets validate`.
import { relative } from 'node:path';
import { checkPartnerFile } from './check-partner-file.js';

/**
 * @param {string} target path of the file
 * @param {string} [language] BCP 47 language of a single-language HSDS file (data-lang)
 * @returns {Promise<boolean>} whether the browser would leave nothing out
 */
export async function reportPartnerFile(target, language) {
  const label = relative(process.cwd(), target) || target;
  const { problems, warnings, notes, summary, directory } = await checkPartnerFile(target, language);
  for (const note of notes) console.log(`${label}: note: ${note}`);
  // An editor's warnings (claim-rules.js): nothing is left out for them, and they do not fail the check.
  for (const warning of warnings) console.error(`${label}: warning: ${warning}`);
  if (problems.length) {
    for (const problem of problems) console.error(`${label}: ${problem}`);
    if (!directory) {
      console.error(`✗ ${label}: not a directory Camino can show: a page with this src shows only "the list of services of this page has an error". Camino reads its own format, or HSDS organisations or services (as HSDS's organization_full, organization_list, service_full, service_list examples)`);
      return false;
    }
    console.error(`✗ ${label}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; the browser leaves out what each names and shows the rest`);
    return false;
  }
  console.log(`✓ ${label}: ${summary}, valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}`);
  return true;
}
