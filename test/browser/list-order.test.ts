// The map's list order for thousands of offices, worked out once per directory
// and language in slices, must be exactly the order a sort of those offices at
// once gives (city, organisation, office, in the reader's alphabet), ties too.
import { expect } from '@open-wc/testing';
import directory from '../../src/generated/directory.js';
import { DirectoryIndex } from '../../src/directory/directory-index.js';
import type { CaminoDirectory } from '../../src/directory/format.js';
import { inListOrder, sortNow, SORTED_AT_ONCE } from '../../src/components/office-map/list-order.js';
import { inOrder, matchingOffices, type Matches } from '../../src/components/office-map/matching-offices.js';

/** The bench's synthetic directory of 10,000 services (web-test-runner.config.js serves it), in the built-in cities. */
async function bigIndex() {
  const big = (await (await fetch('/test-src/synthetic-10000.json')).json()) as CaminoDirectory;
  return new DirectoryIndex({ ...big, cities: directory.cities });
}

const officesOf = (index: DirectoryIndex) =>
  index.organizations.flatMap((org) => org.locations.map((location) => ({ org, location, city: index.city(location.city_id) })));

/** Where two orders first differ (-1: nowhere), so that a failure says where, not 8,000 offices. */
function firstDifference<T>(actual: T[], expected: T[]): number {
  expect(actual.length).to.equal(expected.length);
  return actual.findIndex((office, i) => office !== expected[i]);
}

async function ordered<T extends ReturnType<typeof officesOf>[number]>(index: DirectoryIndex, offices: T[], locale: string): Promise<T[]> {
  const first = inListOrder(index, offices, locale);
  if (!first.ordering) return first.offices;
  await first.ordering;
  const then = inListOrder(index, offices, locale);
  expect(then.ordering, 'worked out once').to.equal(undefined);
  return then.offices;
}

describe('the map list order of a big directory', function () {
  this.timeout(30_000);

  it('every office of 10,000 services: the same order as a sort at once, in Spanish and in Arabic', async () => {
    const index = await bigIndex();
    const offices = officesOf(index);
    expect(offices.length).to.be.above(SORTED_AT_ONCE);
    for (const locale of ['es', 'ar']) {
      const pending = inListOrder(index, offices, locale);
      expect(pending.ordering, 'not sorted in one task').to.be.a('promise');
      expect(pending.offices).to.deep.equal([]);
      expect(firstDifference(await ordered(index, offices, locale), sortNow(offices, locale))).to.equal(-1);
    }
  });

  it('a part of them, given in any order, offices that compare equal included: the same order as a sort at once', async () => {
    const index = await bigIndex();
    const offices = officesOf(index);
    // Every other office, backwards, and each of the first 50 twice: a copy compares equal to its office and must keep its place.
    const part = offices.filter((_, i) => i % 2).reverse().map((o, copy) => ({ ...o, copy }));
    const given = [...part, ...part.slice(0, 50).map((o) => ({ ...o, copy: -o.copy }))];
    const result = await ordered(index, given, 'en');
    expect(firstDifference(result, sortNow(given, 'en'))).to.equal(-1);
  });

  it("the map's matches are placed in slices, put in order once it is known without being placed again, and are those a new search finds", async () => {
    const index = await bigIndex();
    /** The matches once placed and in order: inOrder says while the order is still being worked out. */
    const settled = async (matches: Matches) => {
      let now = matches;
      while (now.ordering) {
        await now.ordering;
        now = inOrder(index, now, 'pt');
      }
      return now;
    };
    const pending = matchingOffices(index, { service: 'legal' }, 'pt');
    expect(pending.ordering, 'not placed in one task').to.be.a('promise');
    expect(pending.offices).to.deep.equal([]);
    const ordered = await settled(pending);
    const placed = new Set(pending.unordered);
    expect(placed.size).to.be.above(SORTED_AT_ONCE);
    expect(ordered.offices.length, 'every placed office, in order').to.equal(placed.size);
    expect(ordered.offices.every((office) => placed.has(office)), 'the same placed offices').to.equal(true);
    const shown = await settled(matchingOffices(index, { service: 'legal' }, 'pt'));
    expect(firstDifference(ordered.offices.map((o) => o.location), shown.offices.map((o) => o.location))).to.equal(-1);
    expect(firstDifference(ordered.offices, sortNow([...placed], 'pt'))).to.equal(-1);
  });

  it('offices the directory does not have are still put in order', async () => {
    const index = await bigIndex();
    const offices = officesOf(index);
    await ordered(index, offices, 'fr');
    const strangers = offices.map((o) => ({ ...o, location: { ...o.location } }));
    expect(firstDifference(await ordered(index, strangers, 'fr'), sortNow(strangers, 'fr'))).to.equal(-1);
  });
});
