// The map's list order (city, then organisation, then office, in the reader's
// alphabet), which also numbers the markers. A few hundred offices are sorted
// at once. Comparing thousands of names with Intl.Collator takes far longer
// than a task may on a cheap phone (about 300 ms for 8,000 offices at 4×), so
// for a big directory the order of all its offices is worked out once per
// directory and locale, in slices, and any list of them is then put in that
// order by number.
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { City, Location, Organization } from '../../directory/format.js';
import { pickText } from '../../directory/localized-text.js';
import { collator } from '../../internal/intl-cache.js';
import { nextSlice, overtime } from '../../directory/slices.js';

interface Ordered {
  org: Organization;
  location: Location;
  city?: City;
}

/**
 * Up to this many offices are placed and sorted at once; more wait for the directory's order, worked
 * out in slices. At 4× slowdown, placing and sorting 800 offices at once (a directory of 1,000
 * services) were about 90 ms of the tap on "Map", in a task that also lays out the list: a task of
 * 350-450 ms in all.
 */
export const SORTED_AT_ONCE = 250;

/**
 * What is compared: the city's, the organisation's and the office's names
 * joined. The collator ignores the U+0000 between them, so the three read as one.
 */
const sortKey = (office: Ordered, locale: string) =>
  [office.city?.name ?? '', pickText(office.org.name, locale)?.text ?? office.org.id, pickText(office.location.name, locale)?.text ?? office.location.id].join('\u0000');

/** Sorts at once, as `Array.prototype.sort` does (stable). */
export function sortNow<T extends Ordered>(offices: T[], locale: string): T[] {
  const { compare } = collator(locale);
  const keyed = offices.map((office) => ({ office, key: sortKey(office, locale) }));
  return keyed.sort((a, b) => compare(a.key, b.key)).map((k) => k.office);
}

/** Every office's place in the directory's order: offices whose names compare equal share one. */
type Ranks = Map<Location, number>;
interface Known {
  ranks?: Ranks;
  pending: Promise<void>;
}
/** Per directory, by language and how many organisations it had (a big `src` grows while it is read). */
const known = new WeakMap<DirectoryIndex, Map<string, Known>>();

/**
 * The offices in list order, or none while the directory's order is being
 * worked out (`ordering` then resolves when it is). The order is exactly
 * `sortNow`'s: offices whose names compare equal keep the order they are given in.
 */
export function inListOrder<T extends Ordered>(index: DirectoryIndex, offices: T[], locale: string): { offices: T[]; ordering?: Promise<void> } {
  if (offices.length <= SORTED_AT_ONCE) return { offices: sortNow(offices, locale) };
  let byLocale = known.get(index);
  if (!byLocale) known.set(index, (byLocale = new Map()));
  const key = `${locale} ${index.organizations.length}`;
  let entry = byLocale.get(key);
  const ranks = entry?.ranks;
  if (ranks) {
    const at = offices.map((office, i) => ({ office, rank: ranks.get(office.location)!, i }));
    // Offices the directory does not have (a page's script gave others): sorted at once, as before.
    return { offices: at.every((a) => a.rank >= 0) ? at.sort((a, b) => a.rank - b.rank || a.i - b.i).map((a) => a.office) : sortNow(offices, locale) };
  }
  if (!entry) {
    const next: Known = { pending: rank(index, locale).then((r) => void (next.ranks = r)) };
    byLocale.set(key, (entry = next));
  }
  return { offices: [], ordering: entry.pending };
}

/** The directory's order, worked out in slices. */
async function rank(index: DirectoryIndex, locale: string): Promise<Ranks> {
  const { compare } = collator(locale);
  const keyed: { location: Location; key: string }[] = [];
  for (const org of index.organizations) {
    for (const location of org.locations) keyed.push({ location, key: sortKey({ org, location, city: index.city(location.city_id) }, locale) });
    if (overtime()) await nextSlice();
  }
  // The browser's sort (stable) a part at a time: parts of 1,024, then each two sorted neighbours
  // together, which it merges as the runs they are. The same order as one sort of the whole.
  const n = keyed.length;
  for (let size = 1024; size < 2 * n; size *= 2) {
    for (let left = 0; left < n; left += size) {
      keyed.splice(left, size, ...keyed.slice(left, left + size).sort((a, b) => compare(a.key, b.key)));
      if (overtime()) await nextSlice();
    }
  }
  const ranks: Ranks = new Map();
  let place = 0;
  for (let i = 0; i < n; i++) {
    if (i && compare(keyed[i - 1].key, keyed[i].key) !== 0) place = i;
    ranks.set(keyed[i].location, place);
  }
  return ranks;
}
