import { expect, html } from '@open-wc/testing';
import { $, $$, captureWarnings, PARTNER_WITH_ERRORS, renderElement, textOf } from './helpers.js';
import type { CaminoOrgCard } from '../../src/index.js';

describe('a partner directory with broken records', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('shows the valid records, skips the broken ones and lists each in the warning', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${PARTNER_WITH_ERRORS} lang="en"></camino-org-card>`);
    // The valid office and service are there.
    expect(textOf(el)).to.contain('Refugio Ejemplo Tijuana');
    expect(textOf(el)).to.contain('Night shelter');
    // The broken location (unknown city), service (unknown taxonomy), phone and URL are not.
    expect(textOf(el)).to.not.contain('Gotham');
    expect(textOf(el)).to.not.contain('Lodging');
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.not.include('javascript:alert(1)');
    expect($(el, '[part="message"]')!.textContent).to.contain('Some of the information in this directory has errors');
    const warnings = capture.warnings.join('\n');
    expect(warnings).to.contain('organizations[0] (id "refugio-ejemplo").locations[2] (id "refugio-ejemplo-gotham"): city_id "gotham" is not a known city; skipped');
    expect(warnings).to.contain('organizations[0] (id "refugio-ejemplo").services[1] (id "refugio-ejemplo-hospedaje"): taxonomy must list ids from');
    expect(warnings).to.contain('phones[2]: number "664-NOT-A-NUMBER" is not E.164; skipped');
    expect(warnings).to.contain('url: "javascript:alert(1)" is not an http(s) address; ignored');
    expect(warnings).to.contain('organizations[1] (id "clinica-ejemplo"): description needs es and en text; skipped');
    await expect(el).to.be.accessible();
  });

  it('a skipped organisation is reported as unknown, with the valid ones offered', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="clinica-ejemplo" src=${PARTNER_WITH_ERRORS} lang="en"></camino-org-card>`);
    const messages = $$(el, '[part="message"]').map((m) => m.textContent).join(' ');
    expect(messages).to.contain('We could not find the organization “clinica-ejemplo”');
    expect(messages).to.contain('Refugio Ejemplo');
    expect(capture.warnings.join('\n')).to.contain('Unknown org "clinica-ejemplo"');
  });

  it('a hostile record is shown nowhere and breaks nothing', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${PARTNER_WITH_ERRORS}></camino-org-card>`);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.not.exist;
  });
});
