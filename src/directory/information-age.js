// How old a record's information is: the date of its newest source, and
// whether that date lies more than a number of years in the past. Plain
// JavaScript with types beside it (information-age.d.ts), because both the
// elements in the browser and `npm run validate-data` in Node use it.

/**
 * Years after which information "may have changed": the elements' default
 * `stale-after`, and the age at which validate-data asks an active record to
 * say why it is still active. Three years: about as long as the programmes
 * the sources describe run before they are renewed, moved or closed.
 */
export const DEFAULT_STALE_YEARS = 3;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/**
 * The last moment a partial date can mean, in milliseconds since 1970 (UTC):
 * "2019" → the end of 31 December 2019, "2023-09" → the end of 30 September.
 * Measuring from the end makes "older than N years" certainly true when said.
 * @param {unknown} date YYYY, YYYY-MM or YYYY-MM-DD
 * @returns {number} NaN for anything else
 */
export function periodEnd(date) {
  const match = typeof date === 'string' ? PARTIAL_DATE.exec(date) : null;
  if (!match) return NaN;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 12;
  if (match[3]) return Date.UTC(year, month - 1, Number(match[3]) + 1) - 1;
  return Date.UTC(year, month, 1) - 1;
}

/**
 * The newest `source_date` in the provenance of some records: the date the
 * information they show is from.
 * @param {Iterable<{ provenance?: unknown } | undefined>} records
 * @returns {string | undefined} as the source writes it (a year, a month or a day)
 */
export function newestSourceDate(records) {
  let newest;
  let newestEnd = -Infinity;
  for (const record of records) {
    const provenance = record && Array.isArray(record.provenance) ? record.provenance : [];
    for (const entry of provenance) {
      const end = periodEnd(entry && entry.source_date);
      if (end > newestEnd) {
        newest = entry.source_date;
        newestEnd = end;
      }
    }
  }
  return newest;
}

/**
 * Whether information dated `date` is more than `years` years old at `now`.
 * @param {string} date a partial date
 * @param {number} years may be fractional
 * @param {Date | number} now
 */
export function isOlderThan(date, years, now) {
  const end = periodEnd(date);
  return !Number.isNaN(end) && Number(now) - end > years * YEAR_MS;
}
