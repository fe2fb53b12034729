// No trace: after every action of this page (searching, opening a result and
// Back, a link to a record, sharing, saving a contact, printing, the quick
// exit), Camino has written no cookie, no localStorage, sessionStorage,
// IndexedDB or Cache Storage; and every outbound link sends no referrer.
import { expect, html, waitUntil } from '@open-wc/testing';
import { $, $$, renderElement, shownText } from './helpers.js';
import { hostPageAt, removeHostPages, shadowOf } from './host-page.js';
import type { CaminoOfficeMap, CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';

const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Every write to a place a browser keeps between visits, while `work` runs. */
async function writesDuring(work: () => Promise<void>): Promise<string[]> {
  const writes: string[] = [];
  const restore: (() => void)[] = [];
  const spy = <T extends object>(target: T, name: keyof T & string, label: string) => {
    const original = target[name] as unknown as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      writes.push(label);
      return original.apply(this, args);
    };
    restore.push(() => ((target as Record<string, unknown>)[name] = original));
  };
  for (const name of ['setItem', 'removeItem', 'clear'] as const) spy(Storage.prototype, name, `storage.${name}`);
  spy(IDBFactory.prototype, 'open', 'indexedDB.open');
  spy(IDBFactory.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  spy(CacheStorage.prototype, 'open', 'caches.open');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      writes.push('cookie');
      cookie.set!.call(document, value);
    },
  });
  restore.push(() => delete (document as { cookie?: unknown }).cookie);
  try {
    await work();
  } finally {
    for (const undo of restore) undo();
  }
  return writes;
}

/** What the browser keeps for this origin, as names and values. */
async function kept() {
  const databases = (await indexedDB.databases()).map((d) => d.name);
  return { cookie: document.cookie, local: { ...localStorage }, session: { ...sessionStorage }, databases, caches: await caches.keys() };
}

/** Every link in a root and the shadow roots inside it. */
function links(root: Document | ShadowRoot): HTMLAnchorElement[] {
  const here = [...root.querySelectorAll('a')];
  const inner = [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? links(el.shadowRoot) : []));
  return [...here, ...inner];
}

afterEach(() => removeHostPages());

describe('no trace', () => {
  it('searching, opening and Back, sharing, saving a contact and printing write nothing the browser keeps', async () => {
    const before = await kept();
    const writes = await writesDuring(async () => {
      const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" limit="3" quick-exit lang="es"></camino-service-finder>`);
      const input = $(finder, 'input[type="search"]') as HTMLInputElement;
      input.value = 'abogado';
      input.dispatchEvent(new Event('input'));
      await finder.updateComplete;
      // Open a result, then Back.
      $$(finder, '.result .toggle')[0].click();
      await finder.updateComplete;
      const popped = new Promise((r) => addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      // Share: the share sheet, then the other ways and "copy".
      Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
      $(finder, '.share summary')!.click();
      delete (navigator as { share?: unknown }).share;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
      ($(finder, '.share') as HTMLDetailsElement).open = true;
      await finder.updateComplete;
      ($(finder, '.share-ways button') as HTMLElement).click();
      delete (navigator as { clipboard?: unknown }).clipboard;
      // Save contact: the file is made in the page (a data: address), nothing is stored to make it.
      expect($(finder, 'a[download]')!.getAttribute('href')).to.match(/^data:text\/vcard/);
      // Print the list and a card.
      const print = window.print;
      window.print = () => undefined;
      $(finder, '[part="print"]')!.click();
      dispatchEvent(new Event('afterprint'));
      const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" city="tijuana" lang="es"></camino-org-card>`);
      ($$(card, 'button').find((b) => shownText(b) === 'Imprimir') as HTMLElement).click();
      dispatchEvent(new Event('afterprint'));
      window.print = print;
      // The map, its card, and Back.
      const map = await renderElement<CaminoOfficeMap>(html`<camino-office-map city="tijuana" tile-url=${TILE}></camino-office-map>`);
      $$(map, '[part="list"] button')[0].click();
      await map.updateComplete;
      const closed = new Promise((r) => addEventListener('popstate', r, { once: true }));
      history.back();
      await closed;
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(writes).to.deep.equal([]);
    expect(await kept()).to.deep.equal(before);
  });

  it('a page opened by a record\'s link, and left by the quick exit, writes nothing either', async () => {
    const told = window as unknown as { caminoWrites?: string[]; caminoLeft?: unknown };
    told.caminoWrites = [];
    told.caminoLeft = undefined;
    const before = await kept();
    const win = await hostPageAt('/test/fixtures/hosts/finder.html#camino=casa-del-migrante/casa-del-migrante-tijuana');
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('camino-org-card') && shadowOf(win, 'camino-quick-exit')?.querySelector('button'), 'the page did not render');
    const frame = document.querySelector('iframe')!;
    const left = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    shadowOf(win, 'camino-quick-exit')!.querySelector('button')!.click();
    await left;
    expect(told.caminoLeft).to.not.equal(undefined);
    expect(told.caminoWrites).to.deep.equal([]);
    expect(await kept()).to.deep.equal(before);
  });

  it('every outbound link sends no referrer: rel="noreferrer" and referrerpolicy="no-referrer"', async () => {
    await renderElement(html`<camino-service-finder city="tijuana" limit="10" corrections-to="https://example.org/fix?id={id}"></camino-service-finder>`);
    await renderElement(html`<camino-org-card org="casa-del-migrante" corrections-to="https://example.org/fix?id={id}"></camino-org-card>`);
    await renderElement(html`<camino-fraud-notice org="hias"></camino-fraud-notice>`);
    const map = await renderElement<CaminoOfficeMap>(html`<camino-office-map city="tijuana"></camino-office-map>`);
    await waitUntil(() => $(map, '.leaflet-control-attribution a'), 'no map credit');
    $$(map, '[part="list"] button')[0].click();
    await map.updateComplete;
    const outbound = links(document).filter((a) => /^https?:/.test(a.getAttribute('href') ?? ''));
    // Websites, WhatsApp, directions, "report a mistake", the map's credit, and the share ways.
    expect(outbound.length).to.be.greaterThan(15);
    for (const a of outbound) {
      expect(a.rel.split(' '), a.href).to.include('noreferrer');
      expect(a.referrerPolicy, a.href).to.equal('no-referrer');
    }
    const closed = new Promise((r) => addEventListener('popstate', r, { once: true }));
    history.back();
    await closed;
  });
});
