import { expect, html } from '@open-wc/testing';
import { $, $$, captureWarnings, PARTNER, renderElement, textOf } from './helpers.js';
import type { CaminoFraudNotice } from '../../src/index.js';

describe('<camino-fraud-notice>', () => {
  it('without org, says only what is true of any directory: ask the organisation, never pay, how to check', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice lang="es"></camino-fraud-notice>`);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('note');
    expect($(el, 'h2')!.textContent).to.contain('Cuidado con quien le pida dinero');
    const text = textOf(el);
    expect(text).to.contain('pregunte a la organización con los teléfonos y correos de aquí');
    expect(text).to.contain('Nunca pague a nadie que le pida dinero en nombre de una organización: ni por un lugar en la fila, ni por un papel, ni por enviarlo a otro lugar');
    expect(text).to.contain('llame o escriba a la organización con los teléfonos y correos de aquí, no con los que esa persona le dé');
    // No directory can promise that every service in it is free.
    expect(text).to.not.match(/gratuit|gratis/i);
    await expect(el).to.be.accessible();
  });

  it('is named by its heading for screen readers', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice lang="en"></camino-fraud-notice>`);
    const notice = $(el, '[part="notice"]')!;
    const heading = el.shadowRoot!.getElementById(notice.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.contain('Be careful with anyone who asks you for money');
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

  it('for an organisation with no fee source, promises nothing about price (Proyecto Citlalli)', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="proyecto-citlalli" lang="en"></camino-fraud-notice>`);
    expect($(el, 'h2')!.textContent).to.contain('Be careful with anyone who asks you for money in the name of Proyecto Citlalli');
    const text = textOf(el);
    expect(text).to.contain('We do not know if Proyecto Citlalli charges for its services. Ask them directly.');
    expect(text).to.contain('Never pay anyone who asks you for money');
    expect(text).to.contain('call or write to the organization with the phones and e-mails shown here');
    expect(text).to.not.match(/free|do not pay for/i);
    await expect(el).to.be.accessible();
  });

  it('an organisation whose every service has a "free" source says so in its heading (CDH Fray Matías)', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="fray-matias" lang="es"></camino-fraud-notice>`);
    expect($(el, 'h2')!.textContent).to.match(/Los servicios de .*Fray Matías.* son gratis/);
    expect(textOf(el)).to.contain('Nunca pague');
  });

  it('an organisation with no contact in the directory says so instead of "call them" (MSF)', async () => {
    const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="msf" lang="en"></camino-fraud-notice>`);
    expect(textOf(el)).to.contain('We have no phone and no e-mail for this organization.');
    expect(textOf(el)).to.not.contain('call or write to the organization');
    expect(textOf(el)).to.not.match(/free/i);
  });

  it('an unknown org: a localized message, a precise warning, and the general notice still shown', async () => {
    const capture = captureWarnings();
    try {
      const el = await renderElement<CaminoFraudNotice>(html`<camino-fraud-notice org="nope" lang="en"></camino-fraud-notice>`);
      expect($(el, '[part="message"]')!.textContent).to.contain('We do not know the organization “nope”');
      expect($(el, '[part="notice"] h2')!.textContent).to.contain('Be careful with anyone who asks you for money');
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
