// Loading a partner's `src` always ends: with the directory, or with a
// message in the reader's language. A file over the size limit is stopped
// while it streams; one that sends nothing for 15 s fails with a "try again"
// button; a failed load is tried again when a later element asks.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, captureWarnings, PARTNER, renderElement, textOf } from './helpers.js';
import { LOAD_TIMEOUT_MS, MAX_DIRECTORY_BYTES } from '../../src/directory/limits.js';
import type { CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';

const message = (el: Element) => $(el, '[part="message"]')!.textContent!.replace(/\s+/g, ' ').trim();
const bytesSent = async () => Number(await (await fetch('/test-src/bytes-sent')).text());

describe('loading a src', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('a 200 MB src is stopped as soon as it passes the limit, and said to be too large, not broken', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="x" src="/test-src/huge.json" lang="en"></camino-org-card>`);
    expect(message(el)).to.equal('The list of services on this page is too big to show: it is over 16 MB.');
    expect(capture.warnings.join('\n')).to.contain(`huge.json is over ${MAX_DIRECTORY_BYTES} bytes, the limit; not read further`);
    // The server stops when the reader stops: nothing more is sent once the connection is closed, far
    // less than the 200 MB it would send. (What was sent before includes what the browser's network
    // stack reads ahead of the page: 16 to 40 MB more in Chromium 156, by the machine's speed.)
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await (await fetch('/test-src/closed-early')).text()).to.equal('true');
    const sent = await bytesSent();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await bytesSent()).to.equal(sent);
    expect(sent).to.be.below(100_000_000);
    await expect(el).to.be.accessible();
  });

  it('a src that declares its size over the limit is not read at all', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="x" src="/test-src/declared-huge.json" lang="es"></camino-org-card>`);
    expect(message(el)).to.equal('La lista de servicios de esta página es demasiado grande para mostrarla: pasa de 16 MB.');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await bytesSent()).to.be.below(20_000_000);
  });

  it('the limit is written in the reader\'s language', async () => {
    const el = await fixture<CaminoOrgCard>(html`<camino-org-card org="x" src="/test-src/huge.json?ar" lang="ar"></camino-org-card>`);
    await waitUntil(() => $(el, '[part="message"]'), 'no message', { timeout: 3000 });
    expect(message(el)).to.contain('كبيرة جدًا');
    expect(message(el)).to.contain('16');
  });

  it('a src that sends nothing for 15 s: a message and a button to try again, which loads it when it answers', async () => {
    // The 15 s wait is the loader's own timer, fired here instead of waited for.
    const realSetTimeout = window.setTimeout;
    const silence: (() => void)[] = [];
    window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) =>
      ms === LOAD_TIMEOUT_MS ? (silence.push(handler), 0) : realSetTimeout(handler, ms, ...rest)) as typeof window.setTimeout;
    const realFetch = window.fetch;
    let answer = false;
    window.fetch = (_input, init) => (answer ? realFetch(PARTNER, init) : realFetch('/test-src/silent.json', init));
    try {
      const el = await fixture<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src="/partner-slow.json" lang="en"></camino-org-card>`);
      expect(textOf(el)).to.contain('Loading');
      await waitUntil(() => silence.length > 0, 'the loader set no timer');
      silence.at(-1)!();
      await waitUntil(() => $(el, '[part="message"]'), 'the element stayed loading');
      expect(message(el)).to.equal('The list of services is not answering. You can try again. Try again');
      expect(capture.warnings.join('\n')).to.contain(`partner-slow.json sent nothing for ${LOAD_TIMEOUT_MS / 1000} s`);
      await expect(el).to.be.accessible();
      answer = true;
      ($(el, 'button.retry') as HTMLButtonElement).click();
      await waitUntil(() => textOf(el).includes('Refugio Ejemplo Tijuana'), 'try again did not load the directory');
    } finally {
      window.setTimeout = realSetTimeout;
      window.fetch = realFetch;
    }
  });

  it('a failed load is not kept: an element added later loads the src again', async () => {
    const realFetch = window.fetch;
    let fail = true;
    window.fetch = (_input, init) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(PARTNER, init));
    try {
      const first = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src="/partner-flaky.json" lang="en"></camino-service-finder>`);
      expect(message(first)).to.contain('We could not load the list of services');
      expect($(first, 'button.retry')).to.exist;
      fail = false;
      const later = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src="/partner-flaky.json" lang="en"></camino-org-card>`);
      expect(textOf(later)).to.contain('Refugio Ejemplo Tijuana');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a src that is not a URL at all fails with a message, not an exception', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="x" src="http://[::1" lang="en"></camino-org-card>`);
    expect(message(el)).to.contain('We could not load the list of services');
    expect(capture.warnings.join('\n')).to.contain('src "http://[::1" is not a URL');
  });
});
