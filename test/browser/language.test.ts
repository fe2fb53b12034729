import { expect, fixture, html } from '@open-wc/testing';
import { $, captureWarnings, renderElement, textOf } from './helpers.js';
import type { CaminoFraudNotice, CaminoOrgCard } from '../../src/index.js';

const ES = 'Cuidado con quien le pida dinero';
const EN = 'Be careful with anyone who asks you for money';

describe('language', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('follows the element\'s own lang first', async () => {
    const wrapper = await fixture(html`<div lang="es"><camino-fraud-notice lang="en"></camino-fraud-notice></div>`);
    const el = wrapper.querySelector('camino-fraud-notice')!;
    await el.updateComplete;
    expect(textOf(el)).to.contain(EN);
  });

  it('then the nearest ancestor\'s lang', async () => {
    const wrapper = await fixture(html`<section lang="es"><div lang="en-GB"><camino-fraud-notice></camino-fraud-notice></div></section>`);
    const el = wrapper.querySelector('camino-fraud-notice')!;
    await el.updateComplete;
    expect(textOf(el)).to.contain(EN);
  });

  it('then the document\'s lang', async () => {
    document.documentElement.lang = 'en';
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice></camino-fraud-notice>`);
    expect(textOf(el)).to.contain(EN);
  });

  it('marks its content with the language it renders in', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice lang="en-US"></camino-fraud-notice>`);
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('re-renders when its lang changes', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice lang="es"></camino-fraud-notice>`);
    expect(textOf(el)).to.contain(ES);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(textOf(el)).to.contain(EN);
  });

  it('re-renders when an ancestor\'s lang changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><camino-fraud-notice></camino-fraud-notice></div>`);
    const el = wrapper.querySelector('camino-fraud-notice')!;
    await el.updateComplete;
    expect(textOf(el)).to.contain(ES);
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve)); // the MutationObserver runs as a microtask after the change
    await el.updateComplete;
    expect(textOf(el)).to.contain(EN);
  });

  it('two elements in two languages on one page each keep their own', async () => {
    const wrapper = await fixture(html`<div>
      <camino-org-card org="hias" city="tijuana" lang="es"></camino-org-card>
      <camino-org-card org="hias" city="tijuana" lang="en"></camino-org-card>
    </div>`);
    const [es, en] = [...wrapper.querySelectorAll('camino-org-card')] as CaminoOrgCard[];
    await es.updateComplete;
    await en.updateComplete;
    expect(textOf(es)).to.contain('Ayuda legal');
    expect(textOf(es)).to.not.contain('Legal help');
    expect(textOf(en)).to.contain('Legal help');
    expect(textOf(en)).to.not.contain('Ayuda legal');
    // Data text follows too, and carries its language.
    expect($(es, 'article > p[lang="es"]')).to.exist;
    expect($(en, 'article > p[lang="en"]')).to.exist;
  });

  it('an unsupported lang is passed over for the next one up the chain, with a precise warning', async () => {
    const capture = captureWarnings();
    try {
      const wrapper = await fixture(html`<div lang="en"><camino-fraud-notice lang="de"></camino-fraud-notice></div>`);
      const el = wrapper.querySelector('camino-fraud-notice')!;
      await el.updateComplete;
      expect(textOf(el)).to.contain(EN);
      expect(capture.warnings.join('\n')).to.contain('[camino-fraud-notice] lang "de" is not a language Camino speaks; showing "en".');
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('data text missing in the UI language falls back to Spanish, marked lang="es"', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="casa-del-migrante" city="tijuana" lang="en"></camino-org-card>`);
    const name = $(el, '[part="name"] [lang]')!;
    expect(name.getAttribute('lang')).to.equal('es');
    expect(name.getAttribute('translate')).to.equal('no');
  });
});
