// Every element in every language: no Spanish source string left untranslated,
// no message id or placeholder shown, right-to-left layout in Arabic, and axe
// clean in Arabic.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { renderElement } from './helpers.js';

const LOCALES = ['es', 'en', 'fr', 'ht', 'pt', 'ar'];
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const elements: Record<string, (lang: string) => TemplateResult> = {
  'finder (Tijuana)': (lang) => html`<camino-service-finder city="tijuana" lang=${lang}></camino-service-finder>`,
  'finder (no results)': (lang) => html`<camino-service-finder city="tijuana" query="zzqxw" lang=${lang}></camino-service-finder>`,
  'finder (bad attributes)': (lang) => html`<camino-service-finder city="Gotham" service="x" population="y" lang=${lang}></camino-service-finder>`,
  'org card (HIAS)': (lang) => html`<camino-org-card org="hias" lang=${lang}></camino-org-card>`,
  'org card (hours)': (lang) => html`<camino-org-card org="casa-del-migrante" city="nuevo-laredo" lang=${lang}></camino-org-card>`,
  'org card (unknown org)': (lang) => html`<camino-org-card org="nope" lang=${lang}></camino-org-card>`,
  'fraud notice (general)': (lang) => html`<camino-fraud-notice lang=${lang}></camino-fraud-notice>`,
  'fraud notice (HIAS)': (lang) => html`<camino-fraud-notice org="hias" lang=${lang}></camino-fraud-notice>`,
  'office map (Tapachula)': (lang) => html`<camino-office-map city="tapachula" tile-url=${TILE} lang=${lang}></camino-office-map>`,
};

/** Visible text of an element, through its shadow root and those of the elements inside it. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLElement && (node.hidden || node.classList.contains('visually-hidden'))) return '';
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  let text = '';
  for (const child of root.childNodes) {
    if (child instanceof HTMLStyleElement || child instanceof HTMLScriptElement) continue;
    text += ' ' + deepText(child);
  }
  return text.replace(/\s+/g, ' ');
}

/** Spanish UI strings that a locale translates differently, from xliff/<locale>.xlf. */
async function untranslatedMarkers(locale: string): Promise<string[]> {
  const xliff = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  return [...xliff.querySelectorAll('trans-unit')]
    .map((unit) => ({ source: unit.querySelector('source')!, target: unit.querySelector('target')! }))
    .filter(({ source }) => source.children.length === 0) // plain strings: placeholders split the others
    .map(({ source, target }) => ({ source: source.textContent!.trim(), target: target.textContent!.trim() }))
    .filter(({ source, target }) => source.length >= 10 && source !== target)
    .map(({ source }) => source);
}

describe('every element in every language', () => {
  for (const locale of LOCALES) {
    describe(locale, () => {
      let spanish: string[] = [];
      before(async () => {
        spanish = locale === 'es' ? [] : await untranslatedMarkers(locale);
      });
      for (const [name, template] of Object.entries(elements)) {
        it(`${name}: every string translated, no id or placeholder shown`, async () => {
          const el = await renderElement(template(locale));
          await new Promise((resolve) => setTimeout(resolve, 50)); // nested elements render after their parent
          const text = deepText(el);
          expect(text.length, 'renders text').to.be.greaterThan(20);
          expect(text).to.not.match(/\b[sh][0-9a-f]{16}\b/, 'a message id is shown');
          expect(text).to.not.match(/\$\{|\{\d\}|undefined|NaN|\[object/, 'a placeholder is shown');
          for (const source of spanish) expect(text, `Spanish left in ${locale}: "${source}"`).to.not.contain(source);
        });
      }
    });
  }
});

describe('right to left', () => {
  it('in Arabic every element lays out right to left', async () => {
    for (const [name, template] of Object.entries(elements)) {
      const el = await renderElement(template('ar'));
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(getComputedStyle(root).direction, name).to.equal('rtl');
      expect(root.getAttribute('lang'), name).to.equal('ar');
    }
  });

  it('dir="rtl" on an ancestor lays out right to left an element with no lang of its own, whatever the language', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="es"><camino-fraud-notice></camino-fraud-notice></div>`);
    const el = wrapper.querySelector('camino-fraud-notice')!;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).direction).to.equal('rtl');
  });

  it('an element\'s own lang sets its direction on a right-to-left page; its own dir still wins', async () => {
    const page = await fixture(html`<div dir="rtl" lang="ar">
      <camino-fraud-notice lang="es"></camino-fraud-notice><camino-fraud-notice lang="en"></camino-fraud-notice>
      <camino-fraud-notice lang="es" dir="rtl"></camino-fraud-notice><camino-fraud-notice></camino-fraud-notice>
    </div>`);
    const notices = [...page.querySelectorAll('camino-fraud-notice')];
    await Promise.all(notices.map((n) => n.updateComplete));
    const directions = notices.map((n) => getComputedStyle(n.shadowRoot!.querySelector('.root')!).direction);
    expect(directions).to.deep.equal(['ltr', 'ltr', 'rtl', 'rtl']);
    // As drawn: a Spanish sentence's full stop right after its last word ("aquí."), not before it (".de aquí").
    const walker = document.createTreeWalker(notices[0].shadowRoot!, NodeFilter.SHOW_TEXT);
    let text: Text | undefined;
    for (let node = walker.nextNode(); node && !text; node = walker.nextNode()) if (/\w\.\s*$/.test(node.textContent!)) text = node as Text;
    const x = (index: number) => {
      const range = document.createRange();
      range.setStart(text!, index);
      range.setEnd(text!, index + 1);
      return range.getBoundingClientRect().left;
    };
    const stop = text!.textContent!.lastIndexOf('.');
    expect(x(stop), `"." after the last letter in "${text!.textContent}"`).to.be.greaterThan(x(stop - 1));
  });

  it('mirrors positions: the notice\'s edge and the first filter sit on the right', async () => {
    const notice = await renderElement(html`<camino-fraud-notice lang="ar"></camino-fraud-notice>`);
    const box = notice.shadowRoot!.querySelector('[part="notice"]')!;
    expect(getComputedStyle(box).borderRightWidth).to.equal('6px');
    expect(getComputedStyle(box).borderLeftWidth).to.equal('1px');

    const finder = await renderElement(html`<camino-service-finder city="tijuana" lang="ar" style="display:block;width:700px"></camino-service-finder>`);
    const labels = [...finder.shadowRoot!.querySelectorAll('.filters > label')];
    const first = labels[0].getBoundingClientRect();
    const second = labels[1].getBoundingClientRect();
    expect(first.left).to.be.greaterThan(second.left);
  });

  it('phones and e-mails stay left to right inside Arabic text', async () => {
    const el = await renderElement(html`<camino-org-card org="casa-del-migrante" city="nuevo-laredo" lang="ar"></camino-org-card>`);
    // The number's isolate (the link also holds, for screen readers, the name of whom it calls).
    const phone = el.shadowRoot!.querySelector('a[href^="tel:"] bdi[dir="ltr"]')!;
    expect(phone.textContent).to.match(/^[\d ]+$/);
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    const email = el.shadowRoot!.querySelector('a[href^="mailto:"] bdi[dir="ltr"]')!;
    expect(email.textContent).to.contain('@');
    expect(getComputedStyle(email).direction).to.equal('ltr');
    expect(el.shadowRoot!.querySelector('.address [translate="no"]')!.getAttribute('dir')).to.equal('auto');
  });

  it('numbers are written by Intl for the locale', async () => {
    const el = await renderElement(html`<camino-org-card org="hias" lang="ar"></camino-org-card>`);
    const count = el.shadowRoot!.querySelector('#offices-heading .count')!.textContent!;
    expect(count).to.contain(new Intl.NumberFormat('ar').format(9));
  });

  it('axe finds nothing in Arabic', async () => {
    for (const [name, template] of Object.entries(elements)) {
      const el = await renderElement(template('ar'));
      await expect(el, name).to.be.accessible();
    }
  });
});

describe('two languages on one page', () => {
  it('Haitian Creole and Arabic side by side each keep their own', async () => {
    const wrapper = await fixture(html`<div>
      <camino-fraud-notice lang="ht"></camino-fraud-notice>
      <camino-fraud-notice lang="ar"></camino-fraud-notice>
    </div>`);
    const [ht, ar] = [...wrapper.querySelectorAll('camino-fraud-notice')];
    await ht.updateComplete;
    await ar.updateComplete;
    expect(getComputedStyle(ht.shadowRoot!.querySelector('.root')!).direction).to.equal('ltr');
    expect(getComputedStyle(ar.shadowRoot!.querySelector('.root')!).direction).to.equal('rtl');
    expect(deepText(ht)).to.not.equal(deepText(ar));
    expect(deepText(ar)).to.match(/[\u0600-\u06FF]/);
  });
});
