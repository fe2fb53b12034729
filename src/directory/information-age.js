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
 * The newest of some dates (partial dates count from their end).
 * @param {Iterable<unknown>} dates
 * @returns {string | undefined}
 */
function newestOf(dates) {
  let newest;
  let newestEnd = -Infinity;
  for (const date of dates) {
    const end = periodEnd(date);
    if (end > newestEnd) {
      newest = /** @type {string} */ (date);
      newestEnd = end;
    }
  }
  return newest;
}

/**
 * The newest `source_date` in the provenance of some records: the date the
 * information they show is from.
 * @param {Iterable<{ provenance?: unknown } | undefined>} records
 * @returns {string | undefined} as the source writes it (a year, a month or a day)
 */
export function newestSourceDate(records) {
  const dates = [];
  for (const record of records) {
    const provenance = record && Array.isArray(record.provenance) ? record.provenance : [];
    for (const entry of provenance) dates.push(entry && entry.source_date);
  }
  return newestOf(dates);
}

/**
 * How old the information of some records is known to be: the date of their
 * newest source, else, for records without dated sources (an HSDS feed), the
 * newest day their publisher last checked them (HSDS `assured_date`), which
 * the elements word as that (`checked`), never as the date of the facts.
 * @param {Iterable<{ provenance?: unknown, assured_date?: unknown } | undefined>} records
 * @returns {{ date: string, checked: boolean } | undefined}
 */
export function informationDate(records) {
  const list = [...records];
  const source = newestSourceDate(list);
  if (source) return { date: source, checked: false };
  const checked = newestOf(list.map((record) => record && record.assured_date));
  return checked ? { date: checked, checked: true } : undefined;
}

/**
 * Whether information dated `date` is more than `years` years old at `now`.
 * @param {string} date a partial date
 * @param {number} years may be fractional
 * @param {Date | number} now
 */
export function isOlderThan(date, years, now) {
  return endedOver(periodEnd(date), years, now);
}

/**
 * `isOlderThan` for a date already read with `periodEnd`: for a search that
 * asks it of thousands of records at each key.
 * @param {number} end periodEnd of the date (NaN: no date, never older)
 * @param {number} years may be fractional
 * @param {Date | number} now
 */
export function endedOver(end, years, now) {
  return !Number.isNaN(end) && Number(now) - end > years * YEAR_MS;
}
