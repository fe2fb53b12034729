// A partner's big directory through `src`: the bench's synthetic one, 10,000
// services in about 11 MB, served by the test server in 64 KB chunks
// (web-test-runner.config.js). It is read whole, its first results show while
// the rest is read, and a search typed meanwhile is answered from what is
// ready, saying that more may come. How fast is for `npm run bench`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, captureWarnings } from './helpers.js';
import type { CaminoOfficeMap, CaminoServiceFinder } from '../../src/index.js';
import { LIST_PAGE } from '../../src/components/office-map/office-list.js';

const BIG = '/test-src/synthetic-10000.json';
/** A 1×1 tile: no test asks the network for anything. */
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const STILL_LOADING = 'We are still loading the list of services: there may be more results.';

const count = (el: Element) => $(el, '[part="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The number of results the count says ("3,989 results"). */
const counted = (el: Element) => Number((count(el).match(/^[\d,]+/)?.[0] ?? '').replace(/,/g, ''));
const resultNames = (el: Element) => $$(el, '.results:not(.elsewhere .results) > [part="result"] .result-name > span').map((n) => n.textContent!.trim());
const message = (el: Element) => $(el, '[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Resolves in the task that renders the first results, before the page runs another: a
 * MutationObserver's callback comes right after that render. (A timer polling for them could come
 * only once the whole file is read, on a busy machine, since reading goes before timers.)
 */
function firstResults(el: CaminoServiceFinder): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!resultNames(el).length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

async function type(el: CaminoServiceFinder, text: string) {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('a big src', function () {
  // An 11 MB file on a machine shared with other work: generous limits, for a test that is about what, not how fast.
  this.timeout(60_000);
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('10,000 services load whole, every organisation listed, and a search finds the last one by name', async () => {
    const file = await (await fetch(BIG)).json();
    const organizations = file.organizations.length;
    const last = file.organizations[organizations - 1];
    const el = await fixture<CaminoServiceFinder>(html`<camino-service-finder src=${`${BIG}?whole`} lang="en"></camino-service-finder>`);
    await waitUntil(() => counted(el) === organizations && !count(el).includes(STILL_LOADING), `the count stayed at "${count(el)}"`, { timeout: 50_000, interval: 100 });
    expect(message(el)).to.equal(undefined);
    expect(capture.warnings).to.deep.equal([]);
    await type(el, last.name.es);
    await waitUntil(() => resultNames(el)[0] === last.name.es, `the first result is "${resultNames(el)[0]}"`, { timeout: 10_000 });
    await expect(el).to.be.accessible();
  });

  it('the first results show while the file is read; a search typed then is answered from what is ready, never "nothing found", then from everything', async () => {
    const el = await fixture<CaminoServiceFinder>(html`<camino-service-finder src=${`${BIG}?slow`} lang="en"></camino-service-finder>`);
    await firstResults(el);
    expect(count(el)).to.contain(STILL_LOADING);
    await type(el, 'albergue');
    // Answered at once from the organisations read so far, with the note that more may come.
    expect(resultNames(el).length).to.be.above(0);
    expect(count(el)).to.contain(STILL_LOADING);
    const early = counted(el);
    await expect(el).to.be.accessible();
    await waitUntil(() => !count(el).includes(STILL_LOADING), 'the note that more may come stayed', { timeout: 50_000, interval: 100 });
    expect(counted(el)).to.be.above(early);
    expect(resultNames(el).length).to.be.above(0);
  });

  it('the first results show before the file has all come (a weak connection), and every organisation is there once it has', async () => {
    const src = `${BIG}?slow&early`;
    const el = await fixture<CaminoServiceFinder>(html`<camino-service-finder src=${src} lang="en"></camino-service-finder>`);
    await firstResults(el);
    // A resource's timing entry is written once its last byte has come.
    expect(performance.getEntriesByName(new URL(src, location.href).href)).to.deep.equal([]);
    expect(count(el)).to.contain(STILL_LOADING);
    const organizations = (await (await fetch(`${BIG}?whole`)).json()).organizations.length;
    await waitUntil(() => counted(el) === organizations && !count(el).includes(STILL_LOADING), `the count stayed at "${count(el)}"`, { timeout: 50_000, interval: 100 });
    expect(capture.warnings).to.deep.equal([]);
  });

  it('a file whose sources come after its organisations is read again once it has all come: nothing is lost, nothing is wrongly refused', async () => {
    const el = await fixture<CaminoServiceFinder>(html`<camino-service-finder src=${`${BIG}?slow&sources-last`} lang="en"></camino-service-finder>`);
    await firstResults(el);
    const organizations = (await (await fetch(`${BIG}?whole`)).json()).organizations.length;
    await waitUntil(() => counted(el) === organizations && !count(el).includes(STILL_LOADING), `the count stayed at "${count(el)}"`, { timeout: 50_000, interval: 100 });
    // Read against the sources they name: no organisation's sources are said to be unknown.
    expect(capture.warnings).to.deep.equal([]);
    expect(resultNames(el).length).to.be.above(0);
  });

  it('a search for what is not in the file, typed while it is read, waits for the whole file before it says nothing was found', async () => {
    const el = await fixture<CaminoServiceFinder>(html`<camino-service-finder src=${`${BIG}?slow&none`} lang="en"></camino-service-finder>`);
    await firstResults(el);
    await type(el, 'zzqxw');
    expect(count(el)).to.contain(STILL_LOADING);
    expect($(el, '[part="empty"]')).to.equal(null);
    await waitUntil(() => !count(el).includes(STILL_LOADING), 'the note that more may come stayed', { timeout: 50_000, interval: 100 });
    expect(counted(el)).to.equal(0);
    expect($(el, '[part="empty"]')).not.to.equal(null);
  });

  it('a map of all its offices: every one counted and grouped on the map, listed in the reader\'s alphabet (city, organisation, office)', async () => {
    const file = await (await fetch(BIG)).json();
    const offices = file.organizations.flatMap((o: { locations: { status?: string }[] }) => o.locations.filter((l) => l.status !== 'defunct')).length;
    const el = await fixture<CaminoOfficeMap>(html`<camino-office-map src=${`${BIG}?whole`} lang="en" tile-url=${TILE} style="width: 800px"></camino-office-map>`);
    const markers = () => $$(el, '.leaflet-marker-icon');
    await waitUntil(() => markers().length > 0, 'no markers', { timeout: 50_000, interval: 100 });
    expect($(el, '[part="heading"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(`(${offices.toLocaleString('en')})`);
    const onMap = markers().reduce((sum, m) => sum + Number(m.querySelector<HTMLElement>('[data-count]')!.dataset.count), 0);
    expect(onMap).to.equal(offices);
    const { compare } = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const keys = $$(el, '.office-list .office-button').map((b) => {
      const [place, city] = b.querySelector('.office-place')!.textContent!.split(' · ');
      return [city, b.querySelector('.office-org')!.textContent, place].join('\u0000');
    });
    expect(keys).to.have.length(LIST_PAGE);
    expect(keys.findIndex((key, i) => i > 0 && compare(keys[i - 1], key) > 0)).to.equal(-1);
    expect(capture.warnings).to.deep.equal([]);
  });

  it('a list with a comma after its last item is not JSON: a message, not a page left loading', async () => {
    const el = await fixture<CaminoServiceFinder>(html`<camino-service-finder src="/test-src/trailing-comma.json" lang="en"></camino-service-finder>`);
    await waitUntil(() => message(el), 'the finder stayed loading', { timeout: 5000 });
    expect(message(el)).to.equal('The list of services on this page has a mistake and cannot be shown.');
    expect(capture.warnings.join('\n')).to.contain('trailing-comma.json is not JSON');
  });
});
