// Back closes what an element opened. On a phone, Back is how people close
// things; if it left the page instead, a person who opened a result's details
// would lose the whole search. Opening adds one history entry (the page's URL
// unchanged, so no hashchange: a host's hash router sees nothing), and Back
// closes what was open.
//
// The host page's router owns history: Camino's entry copies the current
// history.state and adds one key, `camino`, so a router that keeps its own
// keys there (React Router's idx, Vue Router's position) finds them unchanged
// on every entry. A state that is not an object is left alone (no entry).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Camino's key in history.state: which element added the entry, and how many entries of this document Camino has added up to it. */
interface Marker {
  el: number;
  depth: number;
  /** The document that added it: entries left by an earlier load of the page are not this document's to go back through. */
  doc: number;
  /** Set as a quick exit leaves: coming back to this entry leaves again. */
  exit?: 1;
}

const DOC = performance.timeOrigin;
let elements = 0;

const marker = (): Marker | undefined => {
  const m = (history.state as { camino?: Marker } | null)?.camino;
  return m?.doc === DOC ? m : undefined;
};

/** How many entries Camino added to this document's history up to the current one: a quick exit goes back through them first. */
export const addedEntries = () => marker()?.depth ?? 0;

/** The current entry was left by a quick exit. */
export const leftByQuickExit = () => (history.state as { camino?: Marker } | null)?.camino?.exit === 1;

/** Marks the current entry as left by a quick exit. */
export function markQuickExit() {
  const state = history.state as Record<string, unknown> | null;
  if (state?.camino) history.replaceState({ ...state, camino: { ...(state.camino as Marker), exit: 1 } }, '');
}

export interface BackClosesHost extends ReactiveControllerHost {
  /** The `no-history` attribute: opening adds no entry, and Back is the page's. */
  noHistory: boolean;
}

/**
 * One history entry while something of the host is open. Call `opened()`
 * when a person opens something, `closed()` when they close the last open
 * thing themselves (the entry is taken back, so Back then leaves as before);
 * `close` is called when Back leaves the entry.
 */
export class BackCloses implements ReactiveController {
  private readonly id = ++elements;
  private added = false;

  constructor(
    private readonly host: BackClosesHost,
    private readonly close: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    addEventListener('popstate', this.popped);
  }

  hostDisconnected() {
    removeEventListener('popstate', this.popped);
  }

  private readonly popped = () => {
    if (this.added && marker()?.el !== this.id) {
      this.added = false;
      this.close();
    }
  };

  opened() {
    const state: unknown = history.state ?? {};
    if (this.host.noHistory || this.added || typeof state !== 'object') return;
    history.pushState({ ...state, camino: { el: this.id, depth: addedEntries() + 1, doc: DOC } satisfies Marker }, '');
    this.added = true;
  }

  closed() {
    if (!this.added) return;
    this.added = false;
    if (marker()?.el === this.id) history.back();
  }
}
