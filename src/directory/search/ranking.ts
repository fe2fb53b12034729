// The order of the finder's results. Relevance first, then ties; never the
// alphabet, which would favour whoever is called "A…" over who is closest or
// most current.

/** Everything the order looks at for one result, computed once per search. */
export interface RankKeys {
  /** Open now (0) before hours unknown (1), when the reader asked for places open now. */
  open: number;
  /** Named in the query, whole (0), or not (1). */
  named: number;
  /** For people (0) or only for organisations (1). */
  people: number;
  /** Terms matched by its own name, kind of help, people served or place: more first. */
  coverage: number;
  /** Of those, terms matched by what it is first of all (its main kind of help, the people it names): more first. */
  main: number;
  /** Current information (0), or its newest source is older than the threshold, or it may no longer work (1). */
  stale: number;
  /** Near me: where it is placed, in km (an office's distance; an organisation serving the reader's state or remotely, near). */
  placement: number;
  /** Search score, higher first (rounded, so that float noise is a tie). */
  score: number;
  /** In the chosen city (0) or not (1). */
  inCity: number;
  /** The end of its newest source's date, in ms since 1970 (0 when unknown), newest first. */
  newest: number;
  /** Ways a person can reach it from the directory (waysToReach): more first, none last. */
  reach: number;
  /** Its street address is known (0) or not (1): a door a person can find. */
  door: number;
  /** How many of its services offer what was asked (all that pass the filters, when nothing was): more first. */
  offering: number;
  /** A fixed number from its id (idHash): the last tie-break, stable, and no name's first letter wins it. */
  order: number;
}

/**
 * Compares two results: open now (when asked), an organisation named whole,
 * services to people before services to organisations, how many terms
 * matched its own fields and how many its main ones (a shelter above a
 * clinic that also has beds; a service naming LGBTQI+ people above one for
 * everyone), current information before old or possibly closed, distance
 * (near me), score; then the ties: the chosen city, the newest information,
 * the most ways to reach it, a known street address, the most services that
 * offer what was asked, and last a fixed order that favours no name.
 */
export function compareRank(a: RankKeys, b: RankKeys): number {
  return (
    a.open - b.open ||
    a.named - b.named ||
    a.people - b.people ||
    b.coverage - a.coverage ||
    b.main - a.main ||
    a.stale - b.stale ||
    a.placement - b.placement ||
    b.score - a.score ||
    a.inCity - b.inCity ||
    b.newest - a.newest ||
    b.reach - a.reach ||
    a.door - b.door ||
    b.offering - a.offering ||
    a.order - b.order
  );
}

/** Number of set bits: how many terms a mask covers. */
export function countBits(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

/**
 * A fixed 32-bit number for an id (FNV-1a): results that nothing else tells
 * apart keep one order from search to search, and neither the alphabet nor
 * the order of a directory's files decides it.
 */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
