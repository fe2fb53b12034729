// What a screen reader says of a link or a button, beyond what is shown: whom
// it calls or writes to, and that it opens another tab. Out of context (a
// screen reader's list of links, ten results each with "Call"), "Llamar" says
// nothing; "Llamar a HIAS México: 55 …" does. The words are in the link's own
// text, hidden from sight, not in aria-label: the visible words stay the start
// of the name, as speech input needs (WCAG 2.5.3), and nothing is read twice.
import { html } from 'lit';
import { msg } from '@lit/localize';

/** Said after the name of a link that opens in another tab (target="_blank"). */
export const newTab = () => html`<span class="visually-hidden"> (${msg('se abre en otra pestaña')})</span>`;
