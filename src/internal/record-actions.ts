// "Share", "Save contact" and "Print" for one record (a result, an org card,
// an office on the map). Share uses the phone's own share sheet where the
// browser has one (navigator.share); elsewhere it opens WhatsApp, SMS and
// "copy the text". Nothing here sends anything: each is a link or a sheet the
// person completes, or not. Out of their group, WhatsApp and SMS say what they
// send and whose, so they are not mistaken for the organisation's own WhatsApp.
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { recordFacts, shareText, type RecordView } from './record-facts.js';
import { recordLink, type RecordRef } from './record-link.js';
import { vcard } from './vcard.js';
import { newTab } from './link-names.js';
import { dataName } from './bidi.js';
import { pickText } from '../directory/localized-text.js';

export interface RecordActionsView {
  locale: string;
  rtl: boolean;
  /** Where the shared link points: the record as the page shows it. */
  link: RecordRef;
  /** Prints the record (org cards); no print button without it. */
  print?: () => void;
}

/** Share's click: the phone's share sheet, or, without one (or when it fails), the other ways below. */
function shareNow(event: Event, text: string) {
  if (!navigator.share) return;
  event.preventDefault();
  const details = (event.currentTarget as Element).parentElement as HTMLDetailsElement;
  navigator.share({ text }).catch((error: DOMException) => {
    if (error.name !== 'AbortError') details.open = true;
  });
}

function copy(event: Event, text: string, done: string) {
  const status = (event.currentTarget as Element).nextElementSibling!;
  navigator.clipboard.writeText(text).then(
    () => (status.textContent = done),
    () => undefined, // not allowed here: WhatsApp and SMS are beside it
  );
}

interface Prepared {
  services: RecordView['services'];
  /** The language, direction, link, page address and day they were made for. */
  key: string;
  name: string;
  text: string;
  body: string;
  contact: string;
}

/**
 * What a record's actions send, by the record shown (its office, else its organisation): made
 * once per language, direction, page address and day, not at every render (a result renders
 * again at each key a person types, and its message and contact file take a few milliseconds on
 * a cheap phone).
 */
const prepared = new WeakMap<object, Prepared>();

function prepare(record: RecordView, locale: string, rtl: boolean, link: RecordRef): Prepared {
  const key = [locale, rtl, link.org, link.location, location.href, new Date().toDateString()].join('\n');
  const found = prepared.get(record.location ?? record.org);
  if (found && found.key === key && found.services.length === record.services.length && found.services.every((s, i) => s === record.services[i])) return found;
  const facts = recordFacts(record, locale);
  const text = shareText(facts, recordLink(link), rtl, locale);
  const made = { services: record.services, key, name: facts.name, text, body: encodeURIComponent(text), contact: encodeURIComponent(vcard(facts)) };
  prepared.set(record.location ?? record.org, made);
  return made;
}

/** The record's actions row (call while rendering, in the element's locale). */
export function renderRecordActions(record: RecordView, { locale, rtl, link, print }: RecordActionsView) {
  const { name, text, body, contact } = prepare(record, locale, rtl, link);
  // Whose record, said to screen readers after each action's word: the name marked with its own language.
  const who = dataName(pickText(record.org.name, locale), record.org.id);
  const whose = html`<span class="visually-hidden">: ${who}</span>`;
  // The share ways' group is named by Share itself: an id unique to the record in its shadow root.
  const shareId = `share-${link.org}-${link.location ?? ''}`.replace(/\s/g, '_');
  // Said after copying: in the element's language, so written now, while rendering.
  const copied = msg('Texto copiado');
  return html`<div class="record-actions">
    <details class="share">
      <summary class="action" id=${shareId} @click=${(e: Event) => shareNow(e, text)}>${msg('Compartir')}${whose}</summary>
      <div class="share-ways" role="group" aria-labelledby=${shareId}>
        <a class="action" href=${`https://wa.me/?text=${body}`} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
          >${msg(html`WhatsApp<span class="visually-hidden">: enviar los datos de ${who}</span>`)}${newTab()}</a
        >
        <a class="action" href=${`sms:?&body=${body}`}>${msg(html`SMS<span class="visually-hidden">: enviar los datos de ${who}</span>`)}</a>
        ${navigator.clipboard
          ? html`<button type="button" class="action" @click=${(e: Event) => copy(e, text, copied)}>${msg(html`Copiar el texto<span class="visually-hidden"> con los datos de ${who}</span>`)}</button
              ><span role="status"></span>`
          : nothing}
      </div>
    </details>
    <a class="action" href=${`data:text/vcard;charset=utf-8,${contact}`} download=${`${name.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.vcf`}
      >${msg('Guardar contacto')}${whose}</a
    >
    ${print ? html`<button type="button" class="action" @click=${print}>${msg('Imprimir')}${whose}</button>` : nothing}
  </div>`;
}

/** Styles of renderRecordActions(): 44 px targets that wrap on a narrow phone; the share ways under Share once open. */
export const recordActionStyles = css`
  .record-actions,
  .share-ways {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .share[open] {
    flex-basis: 100%;
  }
  /* The ways to share, under Share and marked as its own, apart from the result's own WhatsApp. */
  .share-ways {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .record-actions .action {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  summary::-webkit-details-marker {
    display: none;
  }
`;
