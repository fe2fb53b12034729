import { expect, html } from '@open-wc/testing';
import { $, $$, captureWarnings, PARTNER, renderElement, textOf } from './helpers.js';
import type { CaminoFraudNotice } from '../../src/index.js';

describe('<camino-fraud-notice>', () => {
  it('without org, says in Spanish that the services are free and how to report charges', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice lang="es"></camino-fraud-notice>`);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('note');
    expect($(el, 'h2')!.textContent).to.contain('Los servicios de este directorio son gratuitos');
    expect(textOf(el)).to.contain('Nadie puede cobrarle');
    expect(textOf(el)).to.contain('Denúncielo');
    await expect(el).to.be.accessible();
  });

  it('is named by its heading for screen readers', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice lang="en"></camino-fraud-notice>`);
    const notice = $(el, '[part="notice"]')!;
    const heading = el.shadowRoot!.getElementById(notice.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.contain('The services in this directory are free');
  });

  it('with org="hias", shows HIAS\'s own statement and its confidential e-mail as a mailto: link', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="hias" lang="en"></camino-fraud-notice>`);
    expect(textOf(el)).to.contain("HIAS' services are free. If someone tries to charge you");
    const link = $$(el, 'a').find((a) => a.getAttribute('href') === 'mailto:ethics@hias.org');
    expect(link, 'mailto:ethics@hias.org link').to.exist;
    expect(textOf(el)).to.contain('Confidential fraud reporting');
    await expect(el).to.be.accessible();
  });

  it('shows the HIAS statement in Spanish with lang="es"', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="hias" lang="es"></camino-fraud-notice>`);
    expect(textOf(el)).to.contain('Los servicios de HIAS son gratuitos');
    expect(textOf(el)).to.contain('ethics@hias.org');
  });

  it('for an organisation without its own channel, says how to report through its official contacts', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="unhcr" lang="es"></camino-fraud-notice>`);
    expect(textOf(el)).to.contain('No pague por servicios de');
    expect(textOf(el)).to.contain('contactos oficiales');
    await expect(el).to.be.accessible();
  });

  it('an unknown org: a localized message, a precise warning, and the general notice still shown', async () => {
    const capture = captureWarnings();
    try {
      const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="nope" lang="en"></camino-fraud-notice>`);
      expect($(el, '[part="message"]')!.textContent).to.contain('We could not find the organization “nope”');
      expect($(el, '[part="notice"] h2')!.textContent).to.contain('The services in this directory are free');
      expect(capture.warnings.join('\n')).to.match(/\[camino-fraud-notice\] Unknown org "nope"\. Known ids: .*hias/);
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('uses the organisation statement from a partner directory (src)', async () => {
    const el = await renderElement<CaminoFraudNotice>(
      html`<camino-fraud-notice org="refugio-ejemplo" src=${PARTNER} lang="es"></camino-fraud-notice>`,
    );
    expect(textOf(el)).to.contain('Denuncie cobros en denuncias@example.org');
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.include('mailto:denuncias@example.org');
  });

  it('heading-level sets the heading tag', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice heading-level="4"></camino-fraud-notice>`);
    expect($(el, 'h4')).to.exist;
    expect($(el, 'h2')).to.not.exist;
  });

  it('re-renders when org changes', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice lang="en"></camino-fraud-notice>`);
    expect(textOf(el)).to.not.contain('ethics@hias.org');
    el.setAttribute('org', 'hias');
    await el.updateComplete;
    expect(textOf(el)).to.contain('ethics@hias.org');
  });
});
