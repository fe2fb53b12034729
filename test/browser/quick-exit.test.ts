// The quick exit, on a partner's page in an iframe so that it can really
// leave: the page is covered at once, the iframe ends on the exit page, and
// the history entry was replaced (history.length does not grow), by the
// button and by Shift pressed three times. Typing capitals never leaves.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, renderElement } from './helpers.js';
import { hostPageAt, removeHostPages, shadowOf } from './host-page.js';
import { DEFAULT_EXIT_URL, exitHref } from '../../src/components/quick-exit/quick-exit.js';

const PAGE = '/test/fixtures/hosts/finder.html';
const NEUTRAL = '/test/fixtures/hosts/neutral.html';

/** What the partner's page tells the test page (test/fixtures/hosts/finder.html): each time it was opened, with its history.state, and how it was when it was left. */
interface Told {
  caminoVisits?: unknown[];
  caminoLeft?: { hidden: boolean; cover?: string };
}
const told = window as unknown as Told;

type Control = HTMLElement & { updateComplete: Promise<boolean> };

/** The partner's page, loaded, with its quick exit shown and its finder's results. */
async function partnerPage(url = PAGE) {
  told.caminoVisits = [];
  told.caminoLeft = undefined;
  const win = await hostPageAt(url);
  const frame = document.querySelector('iframe')!;
  await waitUntil(() => shadowOf(win, 'camino-quick-exit')?.querySelector('button') && shadowOf(win, 'camino-service-finder')?.querySelector('.result'), 'the page did not render');
  const control = win.document.querySelector('camino-quick-exit') as Control;
  return { win, frame, control, button: control.shadowRoot!.querySelector('button')! };
}

/** Resolves with the iframe's path once it has loaded another page. */
const nextPage = (frame: HTMLIFrameElement) =>
  new Promise<string>((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow!.location.pathname), { once: true }));

/** The page is covered at once: the cover fills the window, the page's body is hidden from eyes, screen readers and the keyboard. */
async function expectCovered(win: Window, control: Control) {
  expect(win.document.body.style.visibility).to.equal('hidden');
  await control.updateComplete;
  const cover = control.shadowRoot!.querySelector('.cover')!;
  const box = cover.getBoundingClientRect();
  expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, win.innerWidth, win.innerHeight]);
  expect(win.getComputedStyle(cover).visibility).to.equal('visible');
  expect(cover.getAttribute('role')).to.equal('alert');
}

/** Presses Shift alone, as a person does (down and up). */
const shift = () => sendKeys({ press: 'Shift' });

afterEach(async () => {
  removeHostPages();
  await setViewport({ width: 800, height: 600 });
});

describe('quick exit: leaving', () => {
  it('the button covers the page at once and replaces the history entry with exit-url', async () => {
    const { win, frame, control, button } = await partnerPage();
    const length = win.history.length;
    const left = nextPage(frame);
    button.click();
    await expectCovered(win, control);
    expect(await left).to.equal(NEUTRAL);
    // Replaced, not added: Back does not come back to the partner's page.
    expect(frame.contentWindow!.history.length).to.equal(length);
  });

  it('Shift pressed three times does the same, also in the search box; the presses are shown and said', async () => {
    const { win, frame, control } = await partnerPage();
    const length = win.history.length;
    frame.contentWindow!.focus();
    const input = shadowOf(win, 'camino-service-finder')!.querySelector('input')!;
    input.focus();
    const status = () => control.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    await shift();
    await control.updateComplete;
    expect(status()).to.equal('Tecla Mayús: 1 de 3.');
    expect(control.shadowRoot!.querySelector('button')!.textContent).to.include('●○○');
    await shift();
    await control.updateComplete;
    expect(status()).to.equal('Tecla Mayús: 2 de 3.');
    const left = nextPage(frame);
    await shift();
    expect(await left).to.equal(NEUTRAL);
    // As it was left: hidden, and covered with "Loading…".
    expect(told.caminoLeft).to.deep.equal({ hidden: true, cover: 'Cargando…' });
    expect(frame.contentWindow!.history.length).to.equal(length);
  });

  it('typing capitals never leaves, whichever key is let go first; another key starts the count again', async () => {
    const { win, frame, control } = await partnerPage();
    frame.contentWindow!.focus();
    const input = shadowOf(win, 'camino-service-finder')!.querySelector('input')!;
    input.focus();
    // Shift held for a word: "ABC".
    await sendKeys({ down: 'Shift' });
    for (const key of ['A', 'B', 'C']) await sendKeys({ press: key });
    await sendKeys({ up: 'Shift' });
    // Shift let go before the letter, three times: "D", "E", "F".
    for (const key of ['D', 'E', 'F']) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ down: key });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ up: key });
    }
    // Shift twice, a letter, Shift once: three presses, but not in a row.
    await shift();
    await shift();
    await sendKeys({ press: 'g' });
    await shift();
    await new Promise((r) => setTimeout(r, 200));
    expect(input.value).to.equal('ABCDEFg');
    expect(win.document.body.style.visibility).to.equal('');
    expect(win.location.pathname).to.equal(PAGE);
    expect(control.shadowRoot!.querySelector('.cover')).to.equal(null);
  });

  it('with a result opened (an entry Camino added), goes back through it first: Back from the exit page does not reach the page, and Forward leaves again', async () => {
    const { win, frame } = await partnerPage();
    const finder = shadowOf(win, 'camino-service-finder')!;
    (finder.querySelector('.result .toggle') as HTMLElement).click();
    // The entry Camino added, read from its state: history.length stops at 50 in Chromium, and the
    // test runner's tab has that many entries by the time this file runs after the others.
    expect((win.history.state as { camino?: { depth: number } }).camino?.depth).to.equal(1);
    const wentBack: number[] = [];
    const go = win.history.go.bind(win.history);
    win.history.go = (delta?: number) => {
      wentBack.push(delta!);
      go(delta);
    };
    const left = nextPage(frame);
    shadowOf(win, 'camino-quick-exit')!.querySelector('button')!.click();
    expect(await left).to.equal(NEUTRAL);
    expect(wentBack).to.deep.equal([-1]);
    expect(told.caminoLeft).to.deep.equal({ hidden: true, cover: 'Cargando…' });
    // The page's own entry became the exit page; the entry Camino added is ahead of it, marked.
    // Forward to it opens the page again, which leaves again at once, before it has even loaded.
    expect(told.caminoVisits!.length).to.equal(1);
    const again = nextPage(frame);
    frame.contentWindow!.history.forward();
    expect(await again).to.equal(NEUTRAL);
    expect(told.caminoVisits!.length).to.equal(2);
    expect(told.caminoVisits![1]).to.have.nested.property('camino.exit', 1);
  });

  it('an exit-url that is not an http(s) address is not followed: the default is', () => {
    expect(exitHref('javascript:parent.ran=1')).to.equal(DEFAULT_EXIT_URL);
    expect(exitHref('data:text/html,hi')).to.equal(DEFAULT_EXIT_URL);
    expect(exitHref('tiempo.html')).to.equal(DEFAULT_EXIT_URL);
    expect(exitHref(undefined)).to.equal('https://www.google.com/');
    expect(exitHref(' https://weather.example.org/tijuana ')).to.equal('https://weather.example.org/tijuana');
  });
});

describe('quick exit: on the page', () => {
  it('stays in view at the top of the window when the page scrolls, with a 44 px target, named and described, axe clean', async () => {
    await setViewport({ width: 360, height: 640 });
    const page = await fixture<HTMLElement>(html`<div style="height: 3000px">
      <camino-quick-exit lang="es"></camino-quick-exit>
    </div>`);
    const control = page.querySelector('camino-quick-exit') as Control;
    await control.updateComplete;
    const button = control.shadowRoot!.querySelector('button')!;
    window.scrollTo(0, 1500);
    const box = button.getBoundingClientRect();
    expect(box.top).to.be.at.least(0).and.below(20);
    expect(box.right).to.be.above(340);
    expect(box.height).to.be.at.least(44);
    expect(button.textContent!.trim()).to.equal('Salir de esta página');
    const hint = control.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Para salir rápido, use el botón «Salir de esta página» o pulse 3 veces la tecla Mayús (⇧).');
    await expect(control).to.be.accessible();
    window.scrollTo(0, 0);
  });

  it('on a right-to-left page, is at the left, in Arabic', async () => {
    await setViewport({ width: 360, height: 640 });
    const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><camino-quick-exit></camino-quick-exit></div>`);
    const control = page.firstElementChild as Control;
    await control.updateComplete;
    const button = control.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('الخروج من هذه الصفحة');
    expect(button.getBoundingClientRect().left).to.be.below(20);
  });

  it('tells screen readers once, a moment after the page loads, that it is there and how to use it', async () => {
    const { control } = await partnerPage();
    const status = control.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.trim() !== '', 'nothing was announced', { timeout: 3000 });
    expect(status.textContent!.trim()).to.equal('Para salir rápido, use el botón «Salir de esta página» o pulse 3 veces la tecla Mayús (⇧).');
  });

  it('one control per page: elements that ask share one, the page\'s own comes first, and it goes when nobody asks', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <camino-service-finder city="tijuana" limit="1" quick-exit lang="en"></camino-service-finder>
      <camino-org-card org="hias" quick-exit lang="en"></camino-org-card>
      <camino-office-map city="tijuana" quick-exit lang="en"></camino-office-map>
    </div>`);
    for (const el of page.querySelectorAll<Control>('*')) await el.updateComplete;
    const controls = () => [...document.querySelectorAll<Control>('camino-quick-exit')];
    expect(controls().length).to.equal(1);
    // First in the page's body, so the keyboard reaches it first; in the language of the elements that asked.
    expect(document.body.firstElementChild).to.equal(controls()[0]);
    await controls()[0].updateComplete;
    expect(controls()[0].shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Exit this page');
    for (const el of [...page.children]) el.remove();
    await new Promise((r) => setTimeout(r));
    expect(controls().length).to.equal(0);
  });

  it('a page that placed its own control gets no other; a second control shows nothing', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <camino-quick-exit exit-url="https://example.org/"></camino-quick-exit>
      <camino-quick-exit></camino-quick-exit>
      <camino-org-card org="hias" quick-exit></camino-org-card>
    </div>`);
    const [first, second] = page.querySelectorAll<Control>('camino-quick-exit');
    await page.querySelector<Control>('camino-org-card')!.updateComplete;
    await second.updateComplete;
    expect(document.querySelectorAll('camino-quick-exit').length).to.equal(2);
    expect(first.shadowRoot!.querySelectorAll('button').length).to.equal(1);
    expect(second.shadowRoot!.querySelectorAll('button').length).to.equal(0);
  });
});

describe('quick exit: six languages', () => {
  const texts = async (lang: string) => {
    const control = await fixture<Control>(html`<camino-quick-exit lang=${lang}></camino-quick-exit>`);
    const root = control.shadowRoot!;
    // One Shift press, as the window's listener receives it.
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    await control.updateComplete;
    const said = root.querySelector('[role="status"]')!.textContent!.trim();
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'a' }));
    await control.updateComplete;
    const text = { button: root.querySelector('button')!.textContent!.trim(), hint: root.getElementById('hint')!.textContent!.trim(), said, dir: getComputedStyle(root.querySelector('.root')!).direction };
    control.remove();
    return text;
  };

  it('the button, its description and what is said on each Shift press are in the element\'s language; right to left in Arabic; axe clean in Arabic', async () => {
    const spanish = await texts('es');
    expect(spanish).to.deep.equal({
      button: 'Salir de esta página',
      hint: 'Para salir rápido, use el botón «Salir de esta página» o pulse 3 veces la tecla Mayús (⇧).',
      said: 'Tecla Mayús: 1 de 3.',
      dir: 'ltr',
    });
    const seen = new Set([JSON.stringify(spanish)]);
    for (const lang of ['en', 'fr', 'ht', 'pt', 'ar']) {
      const text = await texts(lang);
      for (const key of ['button', 'hint', 'said'] as const) {
        expect(text[key], `${lang} ${key}`).to.not.equal(spanish[key]);
        expect(text[key], `${lang} ${key}`).to.not.equal('');
      }
      expect(text.hint, lang).to.include(text.button);
      expect(text.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      seen.add(JSON.stringify(text));
    }
    expect(seen.size).to.equal(6);
    const arabic = await fixture<Control>(html`<camino-quick-exit lang="ar"></camino-quick-exit>`);
    await expect(arabic).to.be.accessible();
  });
});

describe('quick exit: the attribute', () => {
  it('the finder with quick-exit shows the control, and its button leaves', async () => {
    const finder = await renderElement<HTMLElement & { updateComplete: Promise<boolean> }>(html`<camino-service-finder city="tijuana" limit="1" quick-exit></camino-service-finder>`);
    expect($(finder, '.result')).to.not.equal(null);
    const control = document.querySelector<Control>('camino-quick-exit')!;
    expect(control).to.not.equal(null);
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('button')).to.not.equal(null);
    finder.remove();
  });
});
