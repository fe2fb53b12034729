// Printing: a card alone on one clean page (no buttons, no "open now", the
// hours and the address as text), the finder's list as it is shown, and the
// host page's own printing left as it was. Print media is emulated in
// Chromium, and the page is printed to PDF to count its pages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { $, $$, renderElement, shownText } from './helpers.js';
import type { CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';

const SHARE = '/test/fixtures/directories/share.json';

/** Runs `work` with window.print answered at once, as if the person printed; returns how many times it was asked. */
async function printing(work: () => Promise<void>) {
  const asked: number[] = [];
  const real = window.print;
  window.print = () => void asked.push(1);
  try {
    await work();
  } finally {
    window.print = real;
  }
  return asked.length;
}

/** Whether an element is laid out (takes room on the page) now. */
const shown = (element: Element | null) => !!element && element.getClientRects().length > 0;

const printedPages = () => executeServerCommand<number, undefined>('printed-pages');

afterEach(async () => {
  dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
});

describe('print: one card', () => {
  it('"Print" prints the card alone: name, age, address, phones, hours, sources, without buttons, links that only work on a screen or "open now"; on one page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <header id="site-header">A partner's header</header>
      <p id="beside">Text of the page beside the card.</p>
      <section><camino-org-card org="refugio-esperanza" src=${SHARE} lang="es"></camino-org-card></section>
    </div>`);
    const card = page.querySelector<CaminoOrgCard>('camino-org-card')!;
    // The card's directory comes by fetch: wait until the card shows it.
    await waitUntil(() => $$(card, 'button').some((b) => shownText(b) === 'Imprimir'), 'the card did not show its record');
    const asked = await printing(async () => {
      ($$(card, 'button').find((b) => shownText(b) === 'Imprimir') as HTMLElement).click();
    });
    expect(asked).to.equal(1);
    await emulateMedia({ media: 'print' });
    expect(shown(card)).to.equal(true);
    expect(shown(page.querySelector('#site-header'))).to.equal(false);
    expect(shown(page.querySelector('#beside'))).to.equal(false);
    for (const selector of ['[part="name"]', '[part="age"]', '.address', '.contacts', '.hours', '[part="sources"]']) expect(shown($(card, selector)), selector).to.equal(true);
    expect($(card, '.hours')!.textContent).to.match(/lunes.*viernes/);
    // Directions on paper are the address; a website is written out.
    expect(getComputedStyle($(card, '.web a')!, '::after').content).to.equal('" https://esperanza.example.org/"');
    for (const element of [...$$(card, 'button'), ...$$(card, '.action[target]'), ...$$(card, 'a[download]'), ...$$(card, '.record-actions'), ...$$(card, '.open-state')]) {
      expect(shown(element), element.outerHTML.slice(0, 80)).to.equal(false);
    }
    expect(await printedPages()).to.equal(1);
  });

  it('once printed, the page prints as before', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p id="beside">Text of the page beside the card.</p>
      <camino-org-card org="hias" city="tijuana" lang="es"></camino-org-card>
    </div>`);
    const card = page.querySelector<CaminoOrgCard>('camino-org-card')!;
    await card.updateComplete;
    await printing(async () => ($$(card, 'button').find((b) => shownText(b) === 'Imprimir') as HTMLElement).click());
    dispatchEvent(new Event('afterprint'));
    expect(document.querySelectorAll('[data-camino-print]').length).to.equal(0);
    expect(card.shadowRoot!.querySelectorAll('[data-camino-print]').length).to.equal(0);
    await emulateMedia({ media: 'print' });
    // The browser's own printing: the whole page, Camino's buttons still left out.
    expect(shown(page.querySelector('#beside'))).to.equal(true);
    expect(shown(card)).to.equal(true);
    expect($$(card, 'button').some(shown)).to.equal(false);
  });

  it('a card opened in the finder prints alone, without the other results or the search', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" limit="3" lang="es"></camino-service-finder>`);
    $$(finder, '.result .toggle')[0].click();
    await finder.updateComplete;
    const card = $(finder, 'camino-org-card') as CaminoOrgCard;
    await card.updateComplete;
    await printing(async () => ($$(card, 'button').find((b) => shownText(b) === 'Imprimir') as HTMLElement).click());
    await emulateMedia({ media: 'print' });
    expect(shown(card)).to.equal(true);
    expect(shown($(finder, '.search'))).to.equal(false);
    expect($$(finder, '.results > .result').filter(shown).length).to.equal(1);
    expect(shown($(finder, '.result [part="actions"]'))).to.equal(false);
    expect(await printedPages()).to.equal(1);
  });
});

describe('print: the list', () => {
  it('"Print this list" prints the results shown, with their hours, without the search, switches or buttons', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${SHARE} lang="en"></camino-service-finder>`);
    const button = $(finder, '[part="print"]')!;
    expect(button.textContent!.trim()).to.equal('Print this list');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    // On screen the hours are in the card opened, not in the result.
    expect(shown($(finder, '.result .hours'))).to.equal(false);
    const asked = await printing(async () => button.click());
    expect(asked).to.equal(1);
    await emulateMedia({ media: 'print' });
    expect(shown($(finder, '.results'))).to.equal(true);
    expect(shown($(finder, '[part="count"]'))).to.equal(true);
    expect(shown($(finder, '.result .hours'))).to.equal(true);
    expect($(finder, '.result .hours')!.textContent).to.match(/Monday.*Friday/);
    for (const selector of ['.search', '.views', '[part="print"]', '.record-actions', '.result .toggle']) expect(shown($(finder, selector)), selector).to.equal(false);
  });

  it('is not offered on the map view, where the list is the map\'s', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" view="map"></camino-service-finder>`);
    expect($(finder, '[part="print"]')).to.equal(null);
  });
});
