import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LocalizedElement } from '../../internal/camino-element.js';
import { printStyles } from '../../internal/print.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { webHref } from '../../internal/safe-links.js';
import { addedEntries, leftByQuickExit, markQuickExit } from '../../internal/back-closes.js';
import { quickExitStyles } from './quick-exit.styles.js';

/**
 * Where the quick exit goes unless `exit-url` says otherwise: Google's search
 * page, the page a phone most often shows, so it tells nothing of what the
 * person was reading; it is light on a weak connection and speaks the phone's
 * language. A site can choose its own (a local weather or news page).
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** Where `exit-url` leaves for: the address when it is an absolute http(s) one, else the default (never a javascript: or data: address). */
export const exitHref = (given: string | undefined) => webHref(given?.trim()) ?? DEFAULT_EXIT_URL;

/** Shift pressed alone this many times, each within SHIFT_WINDOW_MS of the last, leaves (as GOV.UK's "Exit this page"). */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

let announced = false;

const hint = () => msg('Para salir rápido, use el botón «Salir de esta página» o pulse 3 veces la tecla Mayús (⇧).');

/**
 * @tagname camino-quick-exit
 * @summary A button that stays in view and leaves the page at once for a neutral site; so does pressing Shift three times.
 *
 * For people who may be watched, as GOV.UK's "Exit this page". The button, or
 * Shift pressed alone three times within a few seconds each (anywhere on the
 * page, in a text box too: typing capitals never counts), covers the page at
 * once and replaces the browser's current history entry with `exit-url`, so
 * Back does not return here. Entries Camino added (a result's details opened)
 * are gone back through first. Screen readers hear once, a moment after the
 * page loads, that it is there and how to use it. One control per page: only
 * the first `<camino-quick-exit>` shows (the `quick-exit` attribute of other
 * elements adds one only where there is none).
 *
 * Place it first in the page, so the keyboard reaches it first. It stays at
 * the top of the window, at the end of the line (right; left in a
 * right-to-left page); the page can move it with its own CSS
 * (`camino-quick-exit { top: auto; bottom: 0 }`).
 *
 * @csspart button - The exit button.
 *
 * @cssproperty --camino-font-family - Font. Default: the page's.
 * @cssproperty --camino-color-closed - The button's colour.
 * @cssproperty --camino-color-background - The button's text, and the page's cover while leaving.
 * @cssproperty --camino-focus-color - Keyboard focus ring.
 */
export class CaminoQuickExit extends LocalizedElement {
  static override styles = [sharedStyles, quickExitStyles, printStyles];

  /** The neutral page to leave for: an http(s) address. Default `https://www.google.com/`. Anything else is not used (with a console warning). */
  @property({ attribute: 'exit-url' }) exitUrl?: string;

  /** Shift presses counted so far. */
  @state() private presses = 0;
  /** What the live region says. */
  @state() private said = '';
  @state() private leaving = false;

  private timer?: ReturnType<typeof setTimeout>;
  private lastKeyWasModified = false;

  /** The page's one control: the first in the page. */
  private get active() {
    return document.querySelector('camino-quick-exit') === this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // On the window, in the capture phase: keys reach it before any element (Camino's search box too) can stop them.
    addEventListener('keyup', this.keyup, true);
    addEventListener('pageshow', this.shown);
    // Reached again through an entry a quick exit left (Forward): leave again.
    if (leftByQuickExit()) this.exit(true);
    // After the page's own first announcements: a live region filled as the page loads is not read.
    setTimeout(() => {
      if (announced || !this.active) return;
      announced = true;
      this.said = this.inOwnLocale(hint);
    }, 1500);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('keyup', this.keyup, true);
    removeEventListener('pageshow', this.shown);
  }

  /** Shift alone counts; any other key starts the count again (so capitals, Shift with a letter, never add up). */
  private readonly keyup = (event: KeyboardEvent) => {
    if (!this.active) return;
    if (event.key === 'Shift' && !this.lastKeyWasModified) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.count(0), SHIFT_WINDOW_MS);
      this.count(this.presses + 1);
    } else if (this.presses) this.count(0);
    // Shift+A ends with Shift's own keyup after A's, which had shiftKey: that Shift does not count.
    this.lastKeyWasModified = event.shiftKey;
  };

  private count(presses: number) {
    this.presses = presses;
    if (presses >= SHIFT_PRESSES) return this.exit();
    this.said = presses ? this.inOwnLocale(() => msg(str`Tecla Mayús: ${presses} de ${SHIFT_PRESSES}.`)) : '';
  }

  /** This page, left, shown again from the browser's cache: it leaves again. */
  private readonly shown = (event: PageTransitionEvent) => event.persisted && this.leaving && this.exit(true);

  /**
   * Leaves now: covers the page (for screen readers and the keyboard too) and
   * replaces the current history entry with the exit page. With entries
   * Camino added, it marks the newest (reached again, it leaves again) and
   * goes back through them first, so Back from the exit page does not show
   * this page. `again`: the entry was left before; just replace it.
   */
  exit(again = false) {
    const url = exitHref(this.exitUrl);
    if (this.exitUrl && url !== webHref(this.exitUrl.trim())) this.warnOnce(`exit-url "${this.exitUrl}" is not an http(s) address; leaving for ${url}.`);
    this.leaving = true;
    this.presses = 0;
    document.body.style.visibility = 'hidden';
    const entries = again ? 0 : addedEntries();
    if (!entries) return location.replace(url);
    markQuickExit();
    addEventListener('popstate', () => location.replace(url), { once: true });
    history.go(-entries);
  }

  override render() {
    if (!this.active) return nothing;
    return this.inLanguage(html`<button type="button" part="button" aria-describedby="hint" @click=${() => this.exit()}>
        ${msg('Salir de esta página')}${this.presses ? html` <span aria-hidden="true">${'●'.repeat(this.presses)}${'○'.repeat(SHIFT_PRESSES - this.presses)}</span>` : nothing}
      </button>
      <p id="hint" class="visually-hidden">${hint()}</p>
      <p class="visually-hidden" role="status">${this.said}</p>
      ${this.leaving ? html`<div class="cover" role="alert">${msg('Cargando…')}</div>` : nothing}`);
  }
}
