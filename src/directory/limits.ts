// Limits on a partner's `src`, shared by the browser's loader and `npm run validate-data`.

/**
 * The largest `src` read, in bytes of the file as it arrives (after any HTTP
 * compression is undone). Reading stops as soon as a file passes it: a hostile
 * or mistaken `src` must not fill a cheap phone's memory.
 *
 * Why 16 MB: a cheap Android phone (1–2 GB of RAM, Android Go) kills a tab
 * whose renderer goes much past 100–150 MB. While a file is read Camino holds
 * its text (up to 2 bytes a character) and the records parsed from it; the
 * bench measured a JS heap of about 31 MB once 10,000 services (11.7 MB) were
 * read and indexed, so a 16 MB file peaks near 32 MB of text plus about 45 MB
 * of records and index: under 100 MB with the page's own. It holds about
 * 13,500 services written as the bench's synthetic directory writes them
 * (multilingual names and descriptions); a bigger directory is better split by
 * region, one `src` per page.
 */
export const MAX_DIRECTORY_BYTES = 16_000_000;

/** A `src` that sends nothing for this long (no answer, or a body that stops coming) has failed. */
export const LOAD_TIMEOUT_MS = 15_000;
