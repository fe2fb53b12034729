// Limits on a partner's `src`, shared by the browser's loader and `npm run validate-data`.

/**
 * The largest `src` read, in bytes of the file as it arrives (after any HTTP
 * compression is undone). Reading stops as soon as a file passes it: a hostile
 * or mistaken `src` must not fill a cheap phone's memory. 5 MB holds about
 * 4,500 services written as the bench's synthetic directory writes them.
 */
export const MAX_DIRECTORY_BYTES = 20_000_000;

/** A `src` that sends nothing for this long (no answer, or a body that stops coming) has failed. */
export const LOAD_TIMEOUT_MS = 15_000;
