// Long work (reading a big directory, indexing it for search, clustering its
// offices) done in slices, so that the page never freezes: between two slices
// the browser handles the reader's taps and keys and paints. A slice ends once
// it has run SLICE_MS; every loop of such work asks `overtime()` and, when it
// says so, awaits `nextSlice()`. Loops running at the same time share the
// slice. Works in Node too (tests, validate-data), where nothing waits.

/**
 * How long a slice runs, in ms of wall-clock time: under the 50 ms at which
 * a browser calls a task long, with room for the last item of a slice. On a
 * slower phone a slice holds fewer items, not more time.
 */
export const SLICE_MS = 30;

let sliceEnd = 0;

/** Whether the current slice has run its time. */
export const overtime = () => performance.now() > sliceEnd;

/**
 * Lets the page run, then starts a new slice. The rest of the work goes in a
 * task of its own, in turn with the page's: `scheduler.yield()` would put it
 * before the host page's timers, which a long read would then hold back for
 * seconds. `scheduler.postTask` where the browser has it (a nested timer
 * waits at least 4 ms), else a timer.
 */
export async function nextSlice(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => Promise<void> } }).scheduler;
  await (scheduler?.postTask ? scheduler.postTask(() => {}) : new Promise((resolve) => setTimeout(resolve)));
  startSlice();
}

/** Starts a slice now, of `ms`: for work that begins in a task of its own (a network chunk, a render). */
export function startSlice(ms = SLICE_MS) {
  sliceEnd = performance.now() + ms;
}
