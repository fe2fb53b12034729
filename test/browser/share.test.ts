// "Share" and "Save contact": what a person sends and keeps of one record.
// The message's contents in two languages, the link that opens the record,
// the phone's share sheet and the ways without one, and the contact file
// read back by a vCard parser (ical.js).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { sendKeys } from '@web/test-runner-commands';
import { renderElement, shownText } from './helpers.js';
import { hostPageAt, removeHostPages, shadowOf } from './host-page.js';
import type { CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';

const SHARE = '/test/fixtures/directories/share.json';

/** Inside an element's shadow root, or inside a part of one. */
const $ = (root: Element, selector: string) => (root.shadowRoot ?? root).querySelector<HTMLElement>(selector);
const $$ = (root: Element, selector: string) => [...(root.shadowRoot ?? root).querySelectorAll<HTMLElement>(selector)];

/** The text the WhatsApp link carries: the message, exactly as the other ways send it. */
const sharedText = (root: Element) => {
  const link = $$(root, '.share a').find((a) => a.getAttribute('href')!.startsWith('https://wa.me/'))!;
  return new URL(link.getAttribute('href')!).searchParams.get('text')!;
};

/** Runs `work` with navigator.share (and canShare) replaced, or removed with `undefined`. */
async function withShare<T>(share: ((data: ShareData) => Promise<void>) | undefined, work: () => Promise<T>): Promise<T> {
  const had = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
  if (share) Object.defineProperty(navigator, 'share', { configurable: true, value: share });
  else if (had) Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
  try {
    return await work();
  } finally {
    delete (navigator as { share?: unknown }).share;
    if (had) Object.defineProperty(Navigator.prototype, 'share', had);
  }
}

afterEach(() => removeHostPages());

describe('share: the message', () => {
  it('names the organisation, the services, the office, the address, phones for calling (no press line), hours and a link to the record, in Spanish', async () => {
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE} lang="es"></camino-org-card>`);
    const lines = sharedText(card).split('\n');
    expect(lines.slice(0, -1)).to.deep.equal([
      'Refugio "La Esperanza"; Casa, A.C.',
      'Albergue y Asesoría legal',
      'Oficina Centro',
      'Dirección: Calle Segunda 1234, esquina con Avenida Revolución; entrada por el portón azul, Zona Centro, C.P. 22000, Tijuana, Baja California',
      'Teléfono: 664 123 4567, 664 987 6543, 664 111 1111',
      'Horario: lunes – viernes 9:00–17:00 y sábado 10:00–14:00',
    ]);
    const link = new URL(lines.at(-1)!);
    expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
    expect(link.hash).to.equal('#camino=refugio-esperanza');
    expect(sharedText(card)).not.to.include('2222222');
  });

  it('is in the element\'s language: Arabic labels and names, phone numbers marked left to right so their digits keep their order', async () => {
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE} lang="ar"></camino-org-card>`);
    const lines = sharedText(card).split('\n');
    expect(lines[0]).to.equal('ملجأ الأمل');
    // Lists as Arabic writes them: "و" (and), and "،" between three or more.
    expect(lines[1]).to.equal('مأوى واستشارة قانونية');
    expect(lines[2]).to.equal('مكتب وسط المدينة');
    expect(lines[3]).to.match(/^العنوان: Calle Segunda 1234/);
    // A left-to-right mark before and after each number, no isolates: each stays a plain run of digits that SMS and WhatsApp apps link.
    expect(lines[4]).to.equal('الهاتف: \u200e664 123 4567\u200e، و\u200e664 987 6543\u200e، و\u200e664 111 1111\u200e');
    expect(lines[4]).not.to.match(/[\u2066-\u2069]/);
    // As an app shows it, right to left: each number's groups in order, the first number at the right.
    const shown = await fixture<HTMLElement>(html`<p dir="rtl" lang="ar" style="white-space:pre;width:900px">${lines[4]}</p>`);
    const text = [...shown.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('664')) as Text;
    const x = (needle: string, from = 0) => {
      const index = text.textContent!.indexOf(needle, from);
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + needle.length);
      const box = range.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    expect(x('664')).to.be.lessThan(x('123'));
    expect(x('123')).to.be.lessThan(x('4567'));
    expect(x('987')).to.be.lessThan(x('6543'));
    expect(x('4567'), 'the first number read first, at the right').to.be.greaterThan(x('6543'));
    expect(x('الهاتف')).to.be.greaterThan(x('4567'));
    expect(lines[5]).to.match(/^مواعيد العمل: /);
    expect(lines[5]).not.to.match(/lunes|Monday/);
  });

  it('from a result, links to the organisation and the office shown', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${SHARE} lang="en"></camino-service-finder>`);
    const text = sharedText($(finder, '.result')!);
    expect(text.split('\n').slice(0, 3)).to.deep.equal(['Refugio "La Esperanza"; Casa, A.C.', 'Shelter, Legal advice', 'Downtown office']);
    expect(new URL(text.split('\n').at(-1)!).hash).to.equal('#camino=refugio-esperanza/refugio-esperanza-centro');
  });

  it('carries none of the page\'s tracking parameters, and keeps the others', async () => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}utm_source=facebook&fbclid=abc123&gclid=x&page=2`);
    try {
      const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE}></camino-org-card>`);
      const link = new URL(sharedText(card).split('\n').at(-1)!);
      expect([...link.searchParams.keys()]).not.to.include.members(['utm_source']);
      expect(link.search).not.to.match(/utm_|fbclid|gclid/);
      expect(link.searchParams.get('page')).to.equal('2');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('on a page whose anchor is a hash router\'s route, keeps the route', async () => {
    const win = await hostPageAt('/test/fixtures/hosts/hash-router.html#/servicios');
    await waitUntil(() => shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'no results');
    const root = win.document.querySelector('camino-service-finder')!;
    const link = new URL(sharedText(root).split('\n').at(-1)!);
    expect(link.hash).to.equal('#/servicios');
  });
});

describe('share: how it is sent', () => {
  it('uses the phone\'s share sheet where there is one, with the message', async () => {
    const shared: ShareData[] = [];
    await withShare(
      async (data) => void shared.push(data),
      async () => {
        const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE}></camino-org-card>`);
        const summary = $(card, '.share summary')!;
        summary.click();
        await waitUntil(() => shared.length === 1);
        expect(shared[0].text).to.equal(sharedText(card));
        // The sheet is the phone's: the other ways stay closed.
        expect(($(card, '.share') as HTMLDetailsElement).open).to.equal(false);
      },
    );
  });

  it('closing the share sheet does nothing more; a share sheet that fails opens the other ways', async () => {
    let answer = new DOMException('cancelled', 'AbortError');
    await withShare(
      () => Promise.reject(answer),
      async () => {
        const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE}></camino-org-card>`);
        const details = $(card, '.share') as HTMLDetailsElement;
        $(card, '.share summary')!.click();
        await new Promise((r) => setTimeout(r, 50));
        expect(details.open).to.equal(false);
        answer = new DOMException('not allowed', 'NotAllowedError');
        $(card, '.share summary')!.click();
        await waitUntil(() => details.open, 'the other ways did not open');
      },
    );
  });

  it('without a share sheet, offers WhatsApp, a text message and "copy the text", each with the message, by keyboard', async () => {
    await withShare(undefined, async () => {
      const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE} lang="en"></camino-org-card>`);
      const details = $(card, '.share') as HTMLDetailsElement;
      const summary = $(card, '.share summary')!;
      // Whose, said to screen readers with the name in its own language; the ways' group is named by Share.
      expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Share: Refugio "La Esperanza"; Casa, A.C.');
      expect(summary.querySelector('.visually-hidden [lang="es"]')!.textContent).to.equal('Refugio "La Esperanza"; Casa, A.C.');
      expect($(card, '.share-ways')!.getAttribute('aria-labelledby')).to.equal(summary.id);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => details.open);
      const text = sharedText(card);
      const ways = $$(card, '.share-ways > a, .share-ways > button');
      expect(ways.map((w) => shownText(w))).to.deep.equal(['WhatsApp', 'SMS', 'Copy the text']);
      // Out of their group (a screen reader's list of links), what they send and whose.
      expect(ways.map((w) => w.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'WhatsApp: send the details of Refugio "La Esperanza"; Casa, A.C. (opens in a new tab)',
        'SMS: send the details of Refugio "La Esperanza"; Casa, A.C.',
        'Copy the text with the details of Refugio "La Esperanza"; Casa, A.C.',
      ]);
      for (const way of ways) expect(way.querySelector('.visually-hidden [lang="es"]'), way.textContent!).to.exist;
      expect(ways[0].getAttribute('href')).to.equal(`https://wa.me/?text=${encodeURIComponent(text)}`);
      expect(ways[1].getAttribute('href')).to.equal(`sms:?&body=${encodeURIComponent(text)}`);
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
      try {
        ways[2].focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => $(card, '.share [role="status"]')!.textContent === 'Text copied', 'no "copied" status');
        expect(copied).to.deep.equal([text]);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      const save = $(card, 'a[download]')!;
      const print = $$(card, '.record-actions button').at(-1)!;
      expect(print.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Print: Refugio "La Esperanza"; Casa, A.C.');
      for (const target of [summary, ...ways, save, print]) expect(target.getBoundingClientRect().height).to.be.at.least(44);
      await expect(card).to.be.accessible();
    });
  });
});

describe('save contact: the vCard', () => {
  /** The contact file a "Save contact" link downloads: its name and text. */
  const contactFile = (root: Element) => {
    const link = $(root, 'a[download]') as HTMLAnchorElement;
    const href = link.getAttribute('href')!;
    expect(href.startsWith('data:text/vcard;charset=utf-8,')).to.equal(true);
    return { name: link.getAttribute('download')!, text: decodeURIComponent(href.slice(href.indexOf(',') + 1)), link };
  };

  it('is a vCard 3.0 with the name, the office, phones for calling, the e-mail, the address, the website and the hours, read back by a parser', async () => {
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE} lang="es"></camino-org-card>`);
    const { name, text, link } = contactFile(card);
    expect(name).to.equal('Refugio  La Esperanza ; Casa, A.C..vcf');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Guardar contacto: Refugio "La Esperanza"; Casa, A.C.');
    expect(link.querySelector('.visually-hidden [lang="es"]')).to.exist;
    const vcard = new ICAL.Component(ICAL.parse(text));
    const value = (name: string) => vcard.getFirstPropertyValue(name);
    expect(value('version')).to.equal('3.0');
    expect(value('fn')).to.equal('Refugio "La Esperanza"; Casa, A.C.');
    expect(vcard.getAllProperties('tel').map((p) => [p.getFirstValue(), p.getParameter('type')])).to.deep.equal([
      ['+526641234567', ['WORK', 'VOICE']],
      ['+526649876543', ['WORK', 'CELL']],
      ['+526641111111', ['WORK', 'FAX']],
    ]);
    expect(vcard.getAllProperties('email').map((p) => p.getFirstValue())).to.deep.equal(['contacto@esperanza.example.org']);
    expect(value('adr')).to.deep.equal([
      '',
      '',
      'Calle Segunda 1234, esquina con Avenida Revolución; entrada por el portón azul, Zona Centro',
      'Tijuana',
      'Baja California',
      '22000',
      'MX',
    ]);
    expect(value('url')).to.equal('https://esperanza.example.org/');
    expect(value('note')).to.equal('Horario: lunes – viernes 9:00–17:00; sábado 10:00–14:00');
    // ORG is the name and the office, a semicolon between them; the name's own semicolon escaped.
    expect(text).to.include('ORG:Refugio "La Esperanza"\\; Casa\\, A.C.;Oficina Centro');
    expect(text).to.include('N:Refugio "La Esperanza"\\; Casa\\, A.C.;;;;');
  });

  it('has CRLF line ends and lines folded at 75 octets of UTF-8, never inside a character', async () => {
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-esperanza" src=${SHARE} lang="ar"></camino-org-card>`);
    const { text } = contactFile(card);
    expect(text.endsWith('END:VCARD\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
    // The address is longer than one line: it goes on in continuation lines that start with a space.
    expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
    // Unfolded, the Arabic name is whole.
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('fn')).to.equal('ملجأ الأمل');
  });

  it('a result saves its organisation and the office shown', async () => {
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" query="casa del migrante" lang="es"></camino-service-finder>`);
    const result = $$(finder, '.result').find((r) => r.textContent!.includes('Casa del Migrante'))!;
    const { text } = contactFile(result);
    const vcard = new ICAL.Component(ICAL.parse(text));
    expect(vcard.getFirstPropertyValue('fn')).to.match(/Casa del Migrante/);
    expect(vcard.getAllProperties('tel').length).to.be.greaterThan(0);
    expect(vcard.getAllProperties('email').length).to.be.greaterThan(0);
  });
});
