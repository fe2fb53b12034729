// Right-to-left text as it is drawn, not as it is stored: the position on
// screen of each character of an Arabic time range, of "LGBTQI+" in an Arabic
// label, of a phone number and a Spanish address in an Arabic card. The DOM
// string can be right and the line still read wrong; these read the line.
import { expect, html } from '@open-wc/testing';
import { renderElement } from './helpers.js';

/** The text node of an element's shadow tree whose text matches. */
function textNodeMatching(root: Element, test: RegExp): Text {
  const walker = document.createTreeWalker(root.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (test.test(node.textContent!)) return node as Text;
  throw new Error(`no text matching ${test}`);
}

/** Where on the line a character is drawn: the middle of its box, in px from the left. */
function x(node: Text, index: number): number {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  const box = range.getBoundingClientRect();
  return box.left + box.width / 2;
}
/** Where a character is drawn, in reading order for left-to-right text: its line (top, in px), then x. */
function place(node: Text, text: string): [number, number] {
  const index = node.textContent!.indexOf(text);
  if (index < 0) throw new Error(`"${text}" not in "${node.textContent}"`);
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  const box = range.getBoundingClientRect();
  return [Math.round(box.top), box.left + box.width / 2];
}
/** Whether b is read after a in left-to-right text: on a later line, or further right on the same line. */
const readAfter = (a: [number, number], b: [number, number]) => b[0] > a[0] + 2 || (Math.abs(b[0] - a[0]) <= 2 && b[1] > a[1]);
const at = (node: Text, text: string, from = 0) => {
  const index = node.textContent!.indexOf(text, from);
  if (index < 0) throw new Error(`"${text}" not in "${node.textContent}"`);
  return x(node, index);
};

describe('right to left, as drawn', () => {
  it('an Arabic time range reads from the right: opening time, dash, closing time, then "م"', async () => {
    // Casa del Migrante in Nuevo Laredo receives migrants 16:00–21:30: "4:00–9:30 م" in Arabic.
    const el = await renderElement(html`<camino-org-card org="casa-del-migrante" city="nuevo-laredo" lang="ar"></camino-org-card>`);
    const range = textNodeMatching(el, /^4:00.9:30/);
    expect(range.parentElement!.localName).to.equal('bdi');
    expect(range.parentElement!.getAttribute('dir')).to.equal('rtl');
    const opens = at(range, '4');
    const dash = at(range, '–');
    const closes = at(range, '9');
    const pm = at(range, 'م');
    // Read right to left: 4:00, then the dash, then 9:30, then "م" at the far left.
    expect(opens, 'the opening time is read first (rightmost)').to.be.greaterThan(dash);
    expect(dash).to.be.greaterThan(closes);
    expect(closes).to.be.greaterThan(pm);
    // Each time keeps its own digits in order: "4:00", not "00:4".
    expect(at(range, '4')).to.be.lessThan(at(range, ':'));
    expect(at(range, '9')).to.be.lessThan(at(range, '3'));
  });

  it('"LGBTQI+" in an Arabic label keeps its "+" after the I, and the Arabic word reads first', async () => {
    const el = await renderElement(html`<camino-org-card org="hias" lang="ar"></camino-org-card>`);
    const label = textNodeMatching(el, /LGBTQI\+/);
    const word = at(label, 'أشخاص');
    const l = at(label, 'L');
    const i = at(label, 'I');
    const plus = at(label, '+');
    expect(plus, '"+" right after the I, not at the far end ("+LGBTQI")').to.be.greaterThan(i);
    expect(i).to.be.greaterThan(l);
    expect(word, 'the Arabic word first, at the right').to.be.greaterThan(plus);
    // The options of a <select> can hold no <bdi>: the label carries its own isolates (U+2068 … U+2069).
    const finder = await renderElement(html`<camino-service-finder lang="ar"></camino-service-finder>`);
    const option = [...finder.shadowRoot!.querySelectorAll('option')].find((o) => o.value === 'lgbtqi')!;
    expect(option.textContent).to.equal('أشخاص \u2068LGBTQI+\u2069');
  });

  it('a phone number and a Spanish address keep their left-to-right order inside an Arabic card', async () => {
    const el = await renderElement(html`<camino-service-finder city="tijuana" lang="ar"></camino-service-finder>`);
    const phone = textNodeMatching(el, /^664 382 7685$/);
    expect(at(phone, '664')).to.be.lessThan(at(phone, '382'));
    expect(at(phone, '382')).to.be.lessThan(at(phone, '7685'));
    const address = textNodeMatching(el, /^Calle Galileo 239/);
    expect(at(address, 'Calle')).to.be.lessThan(at(address, 'Galileo'));
    expect(at(address, 'Galileo')).to.be.lessThan(at(address, '239'));
  });

  it('an Arabic list is joined with the Arabic comma "،", and the count reads in Arabic order', async () => {
    const el = await renderElement(html`<camino-service-finder city="tijuana" lang="ar"></camino-service-finder>`);
    const hias = [...el.shadowRoot!.querySelectorAll('[part="result"]')].find((r) => r.querySelector('.result-name')!.textContent!.includes('HIAS México'))!;
    const kinds = hias.querySelector('.types')!.textContent!;
    expect(kinds).to.contain('، و');
    expect(kinds).to.not.match(/[,;]/);
    // "4 نتائج في Tijuana": the number, then the word, then the city, right to left.
    const count = textNodeMatching(el, /^\d+ نتائج$/);
    expect(at(count, 'نتائج')).to.be.lessThan(at(count, /\d/.exec(count.textContent!)![0]));
  });

  it('an address and its landmark read as one left-to-right run in an Arabic card, spaces in place', async () => {
    // Fray Matías: "4a. Avenida Sur No. 6, Col. Centro, C.P. 30700, Tapachula, Chiapas (Entre Central y 2a Calle Poniente)".
    for (const width of [360, 1400]) {
      const el = await renderElement(html`<camino-org-card org="fray-matias" lang="ar" style=${`display:block;width:${width}px`}></camino-org-card>`);
      const address = textNodeMatching(el, /^4a\. Avenida Sur/);
      const landmark = textNodeMatching(el, /^Entre Central/);
      expect(readAfter(place(address, '4a.'), place(address, '30700')), `${width} px`).to.equal(true);
      expect(readAfter(place(address, '30700'), place(address, 'Tapachula')), `${width} px`).to.equal(true);
      expect(readAfter(place(address, 'Chiapas'), place(landmark, 'Entre')), `${width} px: the landmark after the address`).to.equal(true);
      expect(readAfter(place(landmark, 'Entre'), place(landmark, 'Poniente')), `${width} px`).to.equal(true);
    }
    // On one line: a space and "(" between "Chiapas" and "Entre", and Camino's own Arabic word at the right.
    const el = await renderElement(html`<camino-org-card org="fray-matias" lang="ar" style="display:block;width:1400px"></camino-org-card>`);
    const address = textNodeMatching(el, /^4a\. Avenida Sur/);
    const landmark = textNodeMatching(el, /^Entre Central/);
    const range = document.createRange();
    range.setStart(address, address.length - 1);
    range.setEnd(address, address.length);
    const lastLetter = range.getBoundingClientRect();
    range.setStart(landmark, 0);
    range.setEnd(landmark, 1);
    const entre = range.getBoundingClientRect();
    expect(Math.round(entre.top)).to.equal(Math.round(lastLetter.top));
    expect(entre.left - lastLetter.right).to.be.greaterThan(6);
    const label = textNodeMatching(el, /^العنوان/);
    expect(at(label, 'العنوان')).to.be.greaterThan(at(landmark, 'Poniente'));
  });

  it('an e-mail and what it is for read as one left-to-right run in an Arabic card', async () => {
    for (const width of [360, 1400]) {
      const el = await renderElement(html`<camino-org-card org="hias" lang="ar" style=${`display:block;width:${width}px`}></camino-org-card>`);
      const email = textNodeMatching(el, /^info@hias\.org$/);
      const note = textNodeMatching(el, /^Consultas generales$/);
      expect(readAfter(place(email, 'info'), place(email, 'org')), `${width} px`).to.equal(true);
      expect(readAfter(place(email, 'org'), place(note, 'Consultas')), `${width} px: "(Consultas generales)" after the address`).to.equal(true);
      expect(readAfter(place(note, 'Consultas'), place(note, 'generales')), `${width} px`).to.equal(true);
    }
  });

  it('the map office card shows an address and its landmark as one left-to-right run', async () => {
    const el = await renderElement(html`<camino-office-map org="fray-matias" city="tapachula" lang="ar" style="display:block;width:360px"></camino-office-map>`);
    const open = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /Fray/.test(b.textContent!))!;
    open.click();
    await el.updateComplete;
    const address = textNodeMatching(el, /^4a\. Avenida Sur/);
    const landmark = textNodeMatching(el, /^Entre Central/);
    expect(readAfter(place(address, 'Chiapas'), place(landmark, 'Entre'))).to.equal(true);
    expect(readAfter(place(landmark, 'Entre'), place(landmark, 'Poniente'))).to.equal(true);
  });

  it('"(OpenStreetMap)" in an Arabic directions button stays whole, brackets around it', async () => {
    const el = await renderElement(html`<camino-org-card org="fray-matias" lang="ar" style="display:block;width:360px"></camino-org-card>`);
    const brand = textNodeMatching(el, /\(OpenStreetMap\)/);
    const range = document.createRange();
    range.selectNodeContents(brand);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    expect(lines.size, 'on one line').to.equal(1);
    expect(at(brand, '(')).to.be.lessThan(at(brand, 'O'));
    expect(at(brand, 'O')).to.be.lessThan(at(brand, ')'));
    const words = textNodeMatching(el, /^كيف تصلون$/);
    expect(at(words, 'كيف'), 'the Arabic words first, at the right').to.be.greaterThan(at(brand, ')'));
  });
});

