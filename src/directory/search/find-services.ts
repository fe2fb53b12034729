// The finder's answer to one request: which organisations to show, in which
// order, each with its offices; which words were not used; and, when nothing
// has every word, next steps that really have results. Plain functions over
// the directory, so Node tests and benchmarks run exactly what the element
// renders.
import type { City, Organization, Service } from '../format.js';
import type { DirectoryIndex } from '../directory-index.js';
import {
  forOrganizationsOnly,
  organizationEntries,
  searchableFields,
  searchGroups,
  servesCity,
  servicesMatching,
  type FinderEntry,
  type FinderFilters,
} from '../finder-entries.js';
import { openState, type OpenState } from '../opening-hours.js';
import { distanceKm, sayDistance, type Point, type SaidDistance } from '../distance.js';
import { readQuery } from './query.js';
import { ServiceSearch, type RecordMatch } from './service-search.js';
import { OrganizationNames } from './organization-names.js';
import { NO_NEED_WORDS } from './vocabulary.js';
import { compareRank, countBits, idHash, type RankKeys } from './ranking.js';
import { waysToReach } from '../reachable.js';
import { DEFAULT_STALE_YEARS, endedOver, periodEnd } from '../information-age.js';
import { overtime } from '../slices.js';
import { POPULATIONS, TAXONOMY_IDS } from '../check-directory.js';

export interface FinderRequest extends FinderFilters {
  /** What the reader typed. */
  text?: string;
  /** The chosen city; without it, every city. */
  city?: City;
  /** Leave out offices closed now (open ones first, hours unknown after). */
  openNow?: boolean;
  /** The moment "open now" is judged at. Default: now. */
  now?: Date;
  /** The reader's position (near me). It stays in the page: nothing here sends it anywhere. */
  position?: Point;
  /** Information whose newest source is older than this many years ranks after current information. Default 3 (DEFAULT_STALE_YEARS, as `stale-after`). */
  staleAfterYears?: number;
}

/** One office of a result (or its work without an office), with the services that pass the filters. */
export interface ResultOffice {
  entry: FinderEntry;
  services: Service[];
  /** Near me: how far, said as precisely as the office's position is known. */
  distance?: SaidDistance;
  /** Its newest source is older than the request's `staleAfterYears`: what it says may have changed. */
  stale: boolean;
}

/** One organisation: its offices, the one to show first (in the chosen city, or the nearest) first. */
export interface ResultGroup {
  org: Organization;
  offices: ResultOffice[];
}

/** A next step that has results, offered when nothing has every word of the query. `count` is organisations. */
export type NextStep =
  | { kind: 'fewer-words'; text: string; count: number }
  | { kind: 'city'; city: City; count: number }
  | { kind: 'elsewhere'; count: number }
  | { kind: 'no-filters'; count: number }
  | { kind: 'clear-search'; count: number };

export interface FinderAnswer {
  /** The results: organisations with offices in the chosen city (or anywhere), best first. */
  groups: ResultGroup[];
  /** With a chosen city: organisations without an office there that serve it remotely or statewide. */
  elsewhere: ResultGroup[];
  /** Words of the query that match nothing in the directory, as typed: not used. */
  unused: string[];
  /** The query has words, and none of them matches anything: nothing was understood. */
  notUnderstood: boolean;
  /** No result has every word; those shown have some, most first. */
  partial: boolean;
  /** When nothing has every word (or nothing is found at all): next steps with results. */
  nextSteps: NextStep[];
  /** Near me, far from the chosen city: the nearest city that has results. */
  nearestCity?: { city: City; count: number; fromChosen: SaidDistance };
  /** Answered from part of the directory: some of its organisations are not entered or, for a query, not indexed yet (`inSlices`). */
  incomplete: boolean;
}

/** A record whose status says it may no longer work (no status given: not known to have stopped). */
const mayHaveStopped = (record?: { status?: string }) => !!record?.status && record.status !== 'active';

/** Where an organisation that serves the reader's state, or remotely, is placed for near me: after the offices this close. */
export const LOCAL_KM = 25;
/** Farther than this from the chosen city, the reader is offered the nearest city with results. */
export const FAR_KM = 100;
/** The reader's state is that of the nearest city within this distance. */
const HOME_CITY_KM = 100;
/** "Unknown distance" that still compares (Infinity − Infinity is not a number). */
const NOWHERE_KM = 1e9;
/** A city's point, when the directory knows it (a partner's city may lack one). */
const pointOf = (city: City): Point | undefined =>
  typeof city.latitude === 'number' && typeof city.longitude === 'number' ? (city as Point) : undefined;
/** Kilometres between a point and a city's centre; unknown is very far. */
const kmTo = (point: Point, city: City) => {
  const centre = pointOf(city);
  return centre ? distanceKm(point, centre) : NOWHERE_KM;
};

/** Next steps of one kind offered at most. */
const MAX_STEPS = 3;

type Scope = 'here' | 'elsewhere' | 'other';

/** An entry the query reaches, with what its order needs: one object per entry and key, so thousands stay cheap. */
interface Candidate extends RankKeys {
  entry: FinderEntry;
  /** Its position in the entries. */
  i: number;
  /** Its organisation's position in the directory: groups are kept by it. */
  org: number;
  /** Its services that pass the filters. */
  services: Service[];
  match?: RecordMatch;
  /** Passes the service, population and language filters, the audience, and open now. */
  eligible: boolean;
  /** Would be eligible without the filters and open now. */
  eligibleUnfiltered: boolean;
  /** Has every term of the query (or there is no query). */
  full: boolean;
  scope: Scope;
}

/** What ranking needs of an entry that does not depend on the request, worked out once. */
interface EntryFacts {
  /** The last moment its newest source's date can mean, in ms since 1970 (periodEnd; NaN: no date or none that reads). */
  newest: number;
  /** One of its services is for people, not only for organisations. */
  forPeople: boolean;
  /** Shown as old whatever the day: it has no dated source, or its office or every one of its services is not active (it may no longer work). */
  oldAlways: boolean;
  /** Ways to reach it (waysToReach). */
  reach: number;
  /** Its office's street address is known. */
  door: boolean;
  /** idHash of its key. */
  order: number;
  /** Its organisation's position in the directory. */
  org: number;
  /** What each of its services offers (offersOf), in the order of its services. */
  offers: number[];
}

/** Organisations named, or entries indexed, between two looks at the clock. */
const INDEX_BATCH = 8;

/** A bit for each kind of help and group of people: which a service offers, and which a query asks for. */
const OFFER_BITS = new Map<string, number>([...TAXONOMY_IDS, ...POPULATIONS].map((group, i) => [group, 1 << i]));
const offerBits = (groups: readonly string[]) => groups.reduce((bits, group) => bits | (OFFER_BITS.get(group) ?? 0), 0);
/** The kinds of help and groups of people a service offers, as bits. */
const offersOf = (service: Service) => offerBits(service.taxonomy) | offerBits(service.populations);

const forPeople = (services: Service[]) => services.some((s) => !forOrganizationsOnly(s));

/**
 * The finder over one directory: its entries, and the search index, built at
 * the first query (listing needs none); or, for a big directory, both built a
 * slice at a time by `enterSome` and `indexSome`, while answers come from
 * what is ready.
 */
export class FinderSearch {
  readonly entries: FinderEntry[] = [];
  private readonly index: DirectoryIndex;
  private readonly entriesOf = new Map<string, number[]>();
  private readonly facts: EntryFacts[] = [];
  /** Organisations of the directory entered so far, and named in `names`. */
  private entered = 0;
  private named = 0;
  private search?: ServiceSearch;
  private names?: OrganizationNames;
  /** The last answer without words that search, and what it answered (see `find`). */
  private listing?: { key: string; answer: FinderAnswer };
  /** What the entries offer, for the finder's filters: cities with offices, languages spoken, kinds of help. */
  readonly offered = { cities: new Set<string>(), languages: new Set<string>(), kinds: new Set<string>() };

  /**
   * @param inSlices enter nothing now, and never build the whole search index at a query:
   *   `enterSome` and `indexSome` do it, a slice at a time (a big `src`, or one still being read)
   */
  constructor(
    index: DirectoryIndex,
    readonly inSlices = false,
  ) {
    this.index = index;
    if (!inSlices) this.enterSome();
  }

  /**
   * Enters the directory's organisations not entered yet, until the slice's
   * time is up (`inSlices`) or all are. True once every organisation the
   * directory has now is entered.
   */
  enterSome(): boolean {
    const organizations = this.index.organizations;
    while (this.entered < organizations.length) {
      for (const entry of organizationEntries(this.index, organizations[this.entered++])) {
        const i = this.entries.push(entry) - 1;
        if (entry.location) this.offered.cities.add(entry.location.city_id!);
        for (const service of entry.services) {
          for (const language of service.languages ?? []) this.offered.languages.add(language);
          for (const kind of service.taxonomy) this.offered.kinds.add(kind);
        }
        const list = this.entriesOf.get(entry.org.id);
        if (list) list.push(i);
        else this.entriesOf.set(entry.org.id, [i]);
        this.facts.push({
          newest: periodEnd(entry.newestSource),
          forPeople: forPeople(entry.services),
          oldAlways: !entry.newestSource || mayHaveStopped(entry.location) || entry.services.every(mayHaveStopped),
          reach: waysToReach(entry.org, entry.location),
          door: !!entry.location?.addresses?.some((a) => a.address_1),
          order: idHash(entry.key),
          org: this.entered - 1,
          offers: entry.services.map(offersOf),
        });
      }
      if (this.inSlices && overtime()) return false;
    }
    return true;
  }

  /**
   * Adds the entries entered so far to the search index, until the slice's
   * time is up (`inSlices`) or all are. True once they all are: the answers
   * are then those of the whole index (of what is entered).
   */
  indexSome(): boolean {
    const search = this.searchIndex();
    // Each call adds at least one batch of names and one of entries, whatever the clock says: on a busy
    // phone the slice can be spent before indexing starts, and a query typed then must still be answered
    // from something.
    const names = this.named + INDEX_BATCH;
    while (this.named < this.entered && (this.named < names || !(this.inSlices && overtime()))) {
      this.names!.add(this.index.organizations[this.named++]);
    }
    const entries = search.size + INDEX_BATCH;
    while (search.size < this.entries.length && (search.size < entries || !(this.inSlices && overtime()))) {
      search.add(this.entries.slice(search.size, search.size + INDEX_BATCH).map(searchableFields));
    }
    return this.named === this.entered && search.size === this.entries.length;
  }

  private searchIndex(): ServiceSearch {
    this.names ??= new OrganizationNames();
    return (this.search ??= new ServiceSearch(searchGroups(this.index.cities), Object.values(NO_NEED_WORDS)));
  }

  /**
   * Makes the search's word list again once the index has doubled since it
   * was made: a task of its own, between slices of indexing (a key pressed
   * meanwhile finds words added since by their exact postings).
   */
  refreshWords() {
    this.search?.update(1);
  }

  /** Builds the search index now, whole (the element does it when the reader reaches the search box). */
  prepare(): ServiceSearch {
    this.enterSome();
    this.indexSome();
    return this.search!;
  }

  find(request: FinderRequest): FinderAnswer {
    const now = request.now ?? new Date();
    const { city, position, openNow } = request;
    const filters: FinderFilters = { service: request.service, population: request.population, language: request.language };
    const filtering = !!(filters.service || filters.population || filters.language);
    const staleAfter = request.staleAfterYears ?? DEFAULT_STALE_YEARS;

    const query = readQuery(request.text ?? '');
    // Built in slices: a query is answered from what is indexed so far.
    if (query.words.length && !this.inSlices) this.prepare();
    const search = query.words.length ? this.searchIndex().search(query) : undefined;
    const named = search ? this.names!.named(query.all) : new Set<string>();
    const terms = search?.terms ?? [];
    const searching = terms.length > 0 || named.size > 0;
    const notUnderstood = searching && named.size === 0 && !terms.some((t) => t.found);
    let required = 0;
    let found = 0;
    terms.forEach((t, i) => {
      if (t.own) required |= 1 << i;
      if (t.found) found |= 1 << i;
    });
    const incomplete = this.entered < this.index.organizations.length || (!!search && this.search!.size < this.entries.length);
    // Without a word that searches (none typed, or only words that carry no need: "where can I"), the answer
    // is the list for the filters alone, the same at every such key in the same minute, as "open now"
    // and the age of information are judged; and what next steps count ("clear the search").
    const listing = searching
      ? ''
      : JSON.stringify([city?.id, position?.latitude, position?.longitude, openNow, filters, staleAfter, Math.floor(+now / 6e4), this.entries.length, incomplete]);
    if (listing && this.listing?.key === listing) return this.listing.answer;
    const askedForOrganizations = filters.population === 'organizations';
    // The kinds of help and groups of people the query asks for ("albergue" → shelter), to count the services that offer them.
    const asked = terms.flatMap((t) => t.groups ?? []).map((g) => (g.startsWith('for:') ? g.slice(4) : g.split('/')[0]));
    const askedBits = offerBits(asked);
    const countOffering = (services: Service[], facts: EntryFacts) => {
      if (!asked.length) return services.length;
      let count = 0;
      // The filters keep a subset of the entry's services, in order: as many means all of them, whose bits are known.
      if (services.length === facts.offers.length) for (const offers of facts.offers) count += +!!(offers & askedBits);
      else for (const service of services) count += +!!(offersOf(service) & askedBits);
      return count;
    };
    const coverage = (match: RecordMatch | undefined, isNamed: boolean) => (isNamed ? countBits(required) : countBits((match?.own ?? 0) & required));
    const hasAll = (match: RecordMatch | undefined, isNamed: boolean) =>
      !searching || isNamed || (required ? ((match?.own ?? 0) & required) === required : !!((match?.any ?? 0) & found));

    const home = position && this.nearestCity(position, HOME_CITY_KM);
    const placement = (entry: FinderEntry) => {
      if (!position) return 0;
      if (entry.location?.latitude !== undefined) return distanceKm(position, entry.location as Point);
      const serves = entry.areas && (entry.areas.national || (home?.state_province && entry.areas.states.includes(home.state_province)));
      return serves ? LOCAL_KM : NOWHERE_KM;
    };

    // Every entry that matches a term or belongs to a named organisation (every entry without a query).
    const indices: Iterable<number> = !searching
      ? this.entries.keys()
      : named.size
        ? new Set([...search!.records.keys(), ...[...named].flatMap((id) => this.entriesOf.get(id) ?? [])])
        : search!.records.keys();
    const candidates: Candidate[] = [];
    for (const i of indices) {
      const entry = this.entries[i];
      const facts = this.facts[i];
      const match = search?.records.get(i);
      const isNamed = named.size > 0 && named.has(entry.org.id);
      const services = filtering ? servicesMatching(entry, filters) : entry.services;
      const people = filtering ? forPeople(services.length ? services : entry.services) : facts.forPeople;
      const location = entry.location;
      const open: OpenState = openNow && location ? openState(location.schedules, location.timezone, now) : 'unknown';
      candidates.push({
        entry,
        i,
        org: facts.org,
        services,
        match,
        eligible: services.length > 0 && (isNamed || askedForOrganizations || people) && open !== 'closed',
        eligibleUnfiltered: isNamed || facts.forPeople,
        full: hasAll(match, isNamed),
        scope: !city ? 'here' : location ? (location.city_id === city.id ? 'here' : 'other') : servesCity(entry, city) ? 'elsewhere' : 'other',
        // The order's keys (ranking.ts), worked out here for every candidate: a second object per
        // kept entry would cost more than the keys of the few that are not kept.
        open: open === 'open' ? 0 : 1,
        named: isNamed ? 0 : 1,
        coverage: coverage(match, isNamed),
        main: match ? countBits(match.main & required) : 0,
        people: people ? 0 : 1,
        // As the result itself says: information older than the threshold (or undated), or an office or
        // services the sources do not show working ("It may no longer work").
        stale: facts.oldAlways || endedOver(facts.newest, staleAfter, now) ? 1 : 0,
        placement: placement(entry),
        score: match ? Math.round(match.score * 1000) : 0,
        inCity: city && location?.city_id === city.id ? 0 : 1,
        newest: facts.newest || 0,
        reach: facts.reach,
        door: facts.door ? 0 : 1,
        offering: countOffering(services, facts),
        order: facts.order,
      });
    }

    // Results have every term; when none in the city (or its surroundings)
    // does, those with the most terms are shown, and the reader is told.
    const inView = (c: Candidate) => c.eligible && c.scope !== 'other';
    const someWords = searching && !notUnderstood && !candidates.some((c) => inView(c) && c.full);
    const kept = candidates.filter((c) => c.eligible && (someWords ? c.coverage > 0 || (!required && !!c.match?.any) : c.full)).sort(compareRank);

    const office = (c: Candidate): ResultOffice => ({
      entry: c.entry,
      services: c.services,
      stale: c.stale === 1,
      distance:
        position && c.entry.location?.latitude !== undefined
          ? sayDistance(distanceKm(position, c.entry.location as Point), c.entry.location.geo_precision === 'address')
          : undefined,
    });
    // Groups by organisation, in the order of each one's best office: those in view here, then those
    // serving from elsewhere; then each one's other matching offices, wherever they are ("N more offices").
    const here = new Map<number, ResultGroup>();
    const elsewhere = new Map<number, ResultGroup>();
    for (const c of kept) {
      if (c.scope !== 'here') continue;
      const group = here.get(c.org);
      if (group) group.offices.push(office(c));
      else here.set(c.org, { org: c.entry.org, offices: [office(c)] });
    }
    for (const c of kept) {
      if (c.scope !== 'elsewhere' || here.has(c.org)) continue;
      const group = elsewhere.get(c.org);
      if (group) group.offices.push(office(c));
      else elsewhere.set(c.org, { org: c.entry.org, offices: [office(c)] });
    }
    for (const c of kept) {
      if (c.scope === 'here' || (c.scope === 'elsewhere' && !here.has(c.org))) continue;
      (here.get(c.org) ?? elsewhere.get(c.org))?.offices.push(office(c));
    }

    const answer: FinderAnswer = {
      groups: [...here.values()],
      elsewhere: [...elsewhere.values()],
      unused: terms.filter((t) => !t.found).map((t) => t.typed),
      notUnderstood,
      partial: someWords && here.size + elsewhere.size > 0,
      nextSteps: [],
      incomplete,
    };
    const perCity = () => {
      const orgs = new Map<string, Set<string>>();
      for (const c of candidates) {
        const cityId = c.entry.location?.city_id;
        if (!c.eligible || !c.full || !cityId) continue;
        if (!orgs.has(cityId)) orgs.set(cityId, new Set());
        orgs.get(cityId)!.add(c.entry.org.id);
      }
      return orgs;
    };
    if (position && city && pointOf(city) && kmTo(position, city) > FAR_KM) {
      const counts = perCity();
      const nearest = this.nearestCity(position, Infinity, (c) => c.id !== city.id && !!counts.get(c.id)?.size);
      if (nearest) {
        answer.nearestCity = {
          city: nearest,
          count: counts.get(nearest.id)!.size,
          fromChosen: sayDistance(kmTo(position, city), false)!,
        };
      }
    }
    /** Next steps that have results, when nothing has every word (or nothing is found). */
    const nextSteps = (): NextStep[] => {
      const steps: NextStep[] = [];
      const organisations = (keep: (c: Candidate) => boolean) => new Set(candidates.filter(keep).map((c) => c.entry.org.id)).size;
      // Fewer words: the same search without one of its words, each with what it finds.
      if (countBits(required) >= 2) {
        const fewer: NextStep[] = [];
        terms.forEach((_, i) => {
          const rest = required & ~(1 << i);
          const count = rest === required ? 0 : organisations((c) => c.eligible && c.scope === 'here' && ((c.match?.own ?? 0) & rest) === rest);
          if (count) fewer.push({ kind: 'fewer-words', text: terms.filter((t, k) => k !== i && t.found).map((t) => t.typed).join(' '), count });
        });
        steps.push(...fewer.sort((a, b) => b.count - a.count).slice(0, MAX_STEPS));
      }
      if (city && !notUnderstood) {
        // The same search in other cities: the nearest first when the reader's position is known, else those with most.
        const counts = perCity();
        counts.delete(city.id);
        const cities = [...counts]
          .map(([id, orgs]) => ({ kind: 'city' as const, city: this.index.city(id)!, count: orgs.size }))
          .sort((a, b) => (position ? kmTo(position, a.city) - kmTo(position, b.city) : b.count - a.count));
        steps.push(...cities.slice(0, MAX_STEPS));
      }
      if (elsewhere.size) steps.push({ kind: 'elsewhere', count: elsewhere.size });
      if (filtering || openNow) {
        const count = organisations((c) => c.eligibleUnfiltered && c.full && c.scope !== 'other');
        if (count) steps.push({ kind: 'no-filters', count });
      }
      if (terms.length && (notUnderstood || !steps.length)) {
        // The same request without its words (no words: no next steps, no recursion).
        const count = this.find({ ...request, text: '' }).groups.length;
        if (count) steps.push({ kind: 'clear-search', count });
      }
      return steps;
    };
    if (someWords || !here.size) answer.nextSteps = nextSteps();
    if (listing) this.listing = { key: listing, answer };
    return answer;
  }

  /** The directory's city nearest to a point, within `maxKm`, among those `accept` allows. */
  private nearestCity(point: Point, maxKm: number, accept: (city: City) => boolean = () => true): City | undefined {
    let best: City | undefined;
    let bestKm = maxKm;
    for (const city of this.index.cities) {
      const km = kmTo(point, city);
      if (km < bestKm && accept(city)) [best, bestKm] = [city, km];
    }
    return best;
  }
}
