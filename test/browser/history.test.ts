// Back closes what Camino opened, on the host pages that own history: a plain
// page, a page with a hash router and one with a History API router. And a
// link with a record's anchor opens the record.
import { expect, html, waitUntil } from '@open-wc/testing';
import { $, $$, renderElement } from './helpers.js';
import { hostPageAt, removeHostPages, shadowOf } from './host-page.js';
import type { CaminoOfficeMap, CaminoServiceFinder } from '../../src/index.js';

const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Goes back one entry in `win` and waits for its popstate. */
function back(win: Window) {
  const popped = new Promise((resolve) => win.addEventListener('popstate', resolve, { once: true }));
  win.history.back();
  return popped;
}

const toggles = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('.result .toggle')];
const openDetails = (root: ParentNode) => [...root.querySelectorAll('.details:not([hidden])')];

afterEach(() => removeHostPages());

describe('Back closes what was opened', () => {
  it('opening a result\'s details adds one history entry, the address unchanged; Back closes them, focus on "show details"', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" limit="3" lang="en"></camino-service-finder>`);
    const length = history.length;
    const address = location.href;
    toggles(finder.shadowRoot!)[0].click();
    await finder.updateComplete;
    expect(openDetails(finder.shadowRoot!).length).to.equal(1);
    expect(history.length).to.equal(length + 1);
    expect(location.href).to.equal(address);
    // A second result opened adds no second entry: one Back closes what is open.
    toggles(finder.shadowRoot!)[1].click();
    await finder.updateComplete;
    expect(history.length).to.equal(length + 1);
    await back(window);
    await finder.updateComplete;
    expect(openDetails(finder.shadowRoot!).length).to.equal(0);
    expect(finder.shadowRoot!.activeElement).to.equal(toggles(finder.shadowRoot!)[1]);
    expect(location.href).to.equal(address);
  });

  it('closing the details with their own button takes the entry back, so Back then leaves as before', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" limit="3"></camino-service-finder>`);
    const state = history.state;
    toggles(finder.shadowRoot!)[0].click();
    await finder.updateComplete;
    expect(history.state).to.have.property('camino');
    const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    toggles(finder.shadowRoot!)[0].click();
    await popped;
    expect(history.state).to.deep.equal(state);
  });

  it('on the map, opening an office\'s card adds an entry and Back closes it', async () => {
    const map = await renderElement<CaminoOfficeMap>(html`<camino-office-map city="tijuana" tile-url=${TILE} lang="es"></camino-office-map>`);
    const state = history.state;
    $$(map, '[part="list"] button')[0].click();
    await map.updateComplete;
    expect($(map, '[part="card"]')).to.not.equal(null);
    expect(history.state).to.have.property('camino');
    await back(window);
    await map.updateComplete;
    expect($(map, '[part="card"]')).to.equal(null);
    expect(history.state).to.deep.equal(state);
  });

  it('no-history: opening adds no entry', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" limit="3" no-history></camino-service-finder>`);
    const map = await renderElement<CaminoOfficeMap>(html`<camino-office-map city="tijuana" tile-url=${TILE} no-history></camino-office-map>`);
    const length = history.length;
    const state = history.state;
    toggles(finder.shadowRoot!)[0].click();
    $$(map, '[part="list"] button')[0].click();
    await finder.updateComplete;
    await map.updateComplete;
    expect(openDetails(finder.shadowRoot!).length).to.equal(1);
    expect($(map, '[part="card"]')).to.not.equal(null);
    expect(history.length).to.equal(length);
    expect(history.state).to.equal(state);
  });
});

describe('host pages with their own router', () => {
  it('hash router: Camino\'s entry keeps the route; Back closes the details without the router rendering again; the router\'s own links and Back still work', async () => {
    const win = (await hostPageAt('/test/fixtures/hosts/hash-router.html#/servicios')) as unknown as Window & { renders: number };
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'no results');
    const finder = win.document.querySelector('camino-service-finder')!;
    const renders = win.renders;
    const hashChanges: string[] = [];
    win.addEventListener('hashchange', () => hashChanges.push(win.location.hash));
    toggles(finder.shadowRoot!)[0].click();
    await waitUntil(() => openDetails(finder.shadowRoot!).length === 1);
    expect(win.history.state).to.have.property('camino');
    expect(win.location.hash).to.equal('#/servicios');
    await back(win);
    await waitUntil(() => openDetails(finder.shadowRoot!).length === 0, 'Back did not close the details');
    expect(win.location.hash).to.equal('#/servicios');
    expect(win.renders).to.equal(renders);
    expect(win.document.querySelector('camino-service-finder')).to.equal(finder);
    expect(hashChanges).to.deep.equal([]);
    // The router's own navigation, and Back between its routes.
    win.document.querySelector<HTMLAnchorElement>('a[href="#/acerca"]')!.click();
    await waitUntil(() => win.document.getElementById('about'), 'the router did not go to #/acerca');
    await back(win);
    await waitUntil(() => win.document.querySelector('camino-service-finder'), 'Back did not return to #/servicios');
    expect(win.location.hash).to.equal('#/servicios');
  });

  it('History API router: Camino\'s entry keeps the router\'s state; Back closes the details and the router stays on its page; its own navigation still works', async () => {
    const win = (await hostPageAt('/test/fixtures/hosts/push-router.html')) as unknown as Window & { renders: number };
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'no results');
    const finder = win.document.querySelector('camino-service-finder')!;
    const renders = win.renders;
    const routerState = win.history.state;
    expect(routerState).to.deep.equal({ route: '/test/fixtures/hosts/push-router.html', idx: 0 });
    toggles(finder.shadowRoot!)[0].click();
    await waitUntil(() => openDetails(finder.shadowRoot!).length === 1);
    // The router's keys are there, unchanged, beside Camino's.
    expect(win.history.state).to.include(routerState);
    expect(win.history.state).to.have.property('camino');
    await back(win);
    await waitUntil(() => openDetails(finder.shadowRoot!).length === 0, 'Back did not close the details');
    expect(win.history.state).to.deep.equal(routerState);
    expect(win.location.pathname).to.equal('/test/fixtures/hosts/push-router.html');
    expect(win.renders).to.equal(renders);
    win.document.querySelector<HTMLAnchorElement>('a[href="/test/fixtures/hosts/acerca"]')!.click();
    await waitUntil(() => win.document.getElementById('about'));
    expect(win.location.pathname).to.equal('/test/fixtures/hosts/acerca');
    await back(win);
    await waitUntil(() => win.document.querySelector('camino-service-finder'), 'Back did not return to the finder\'s page');
    expect(win.history.state).to.deep.equal(routerState);
  });

  it('History API router, details open when the router moves on: Back returns to the router\'s page, whose new finder is not stuck', async () => {
    const win = await hostPageAt('/test/fixtures/hosts/push-router.html');
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'no results');
    toggles(shadowOf(win, 'camino-service-finder')!)[0].click();
    await waitUntil(() => win.history.state?.camino);
    win.document.querySelector<HTMLAnchorElement>('a[href="/test/fixtures/hosts/acerca"]')!.click();
    await waitUntil(() => win.document.getElementById('about'));
    await back(win);
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'the finder did not come back');
    expect(win.location.pathname).to.equal('/test/fixtures/hosts/push-router.html');
    expect(openDetails(shadowOf(win, 'camino-service-finder')!).length).to.equal(0);
  });
});

describe('a link with a record\'s anchor', () => {
  it('opens that record in the finder: first in its office\'s city, its details open and in view, even with other words and filters on the page', async () => {
    const win = await hostPageAt('/test/fixtures/hosts/finder.html#camino=casa-del-migrante/casa-del-migrante-tijuana');
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('camino-org-card'), 'the record did not open');
    const root = shadowOf(win, 'camino-service-finder')!;
    const first = root.querySelector('.results > .result')!;
    expect(first.querySelector('.result-name')!.textContent).to.include('Casa del Migrante');
    expect(first.querySelector('.details:not([hidden]) camino-org-card')!.getAttribute('org')).to.equal('casa-del-migrante');
    expect(root.activeElement).to.equal(first.querySelector('.toggle'));
    // Opening from a link adds no entry: Back leaves for where the person came from.
    expect(win.history.state?.camino).to.equal(undefined);
  });

  it('the link "Share" makes opens the record it was made for', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" query="casa del migrante"></camino-service-finder>`);
    const result = $$(finder, '.result').find((r) => r.textContent!.includes('Casa del Migrante'))!;
    const whatsapp = result.querySelector<HTMLAnchorElement>('.share a[href^="https://wa.me/"]')!;
    const link = new URL(new URL(whatsapp.href).searchParams.get('text')!.split('\n').at(-1)!);
    const win = await hostPageAt(`/test/fixtures/hosts/finder.html${link.hash}`);
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.details:not([hidden]) camino-org-card'), 'the record did not open');
    expect(shadowOf(win, 'camino-service-finder')!.querySelector('.details:not([hidden]) camino-org-card')!.getAttribute('org')).to.equal('casa-del-migrante');
  });

  it('opens the record when the anchor changes on the open page, and leaves a host\'s own anchors alone', async () => {
    const win = await hostPageAt('/test/fixtures/hosts/finder.html');
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'no results');
    const root = shadowOf(win, 'camino-service-finder')!;
    win.location.hash = '#about';
    await new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
    await (win.document.querySelector('camino-service-finder') as CaminoServiceFinder).updateComplete;
    expect(root.querySelector('.details:not([hidden])')).to.equal(null);
    win.location.hash = '#camino=casa-del-migrante/casa-del-migrante-tijuana';
    await waitUntil(() => root.querySelector('.details:not([hidden]) camino-org-card'), 'the record did not open');
    const first = root.querySelector('.results > .result')!;
    expect(first.querySelector('.details:not([hidden]) camino-org-card')!.getAttribute('org')).to.equal('casa-del-migrante');
    expect(root.activeElement).to.equal(first.querySelector('.toggle'));
  });

  it('an anchor that names no record of the directory opens nothing and says so in the console', async () => {
    const told = window as unknown as { caminoWarnings?: string[] };
    told.caminoWarnings = [];
    const win = await hostPageAt('/test/fixtures/hosts/finder.html#camino=no-such-org');
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'no results');
    expect(shadowOf(win, 'camino-service-finder')!.querySelector('.details:not([hidden])')).to.equal(null);
    expect(told.caminoWarnings).to.deep.equal(['[camino-service-finder] The page\'s link names "no-such-org", which is not in the directory.']);
  });
});
