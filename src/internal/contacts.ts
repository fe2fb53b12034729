import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Email, Phone } from '../directory/format.js';
import { pickText } from '../directory/localized-text.js';
import { displayPhone } from '../directory/phone-display.js';
import { mailtoHref, telHref, webHref, whatsappHref } from './safe-links.js';
import { newTab } from './link-names.js';
import { dataRun } from './bidi.js';

export interface Contacts {
  phones?: readonly Phone[];
  emails?: readonly Email[];
  url?: string;
}

/**
 * A contact (its link) and what it is for, in the language of that description, as one run: in an
 * Arabic card "info@hias.org (Consultas generales)" reads left to right, its space in place.
 */
const withDescription = (contact: unknown, text: Phone['description'], locale: string) => {
  const picked = pickText(text, locale);
  return picked
    ? dataRun(picked.lang, html`${contact}<span class="contact-note" lang=${picked.lang} dir="auto"> (${picked.text})</span>`)
    : contact;
};

/** A phone number as it is shown: left to right, with its extension after it in the reader's words. */
export function phoneNumber(phone: Phone) {
  // Numbers read left to right inside right-to-left text; the word "ext." is the reader's language, outside.
  return html`<bdi dir="ltr" translate="no">${displayPhone(phone.number ?? '')}</bdi>${phone.extension
    ? html`<span>${` ${msg('ext.')} `}</span><bdi dir="ltr" translate="no">${phone.extension}</bdi>`
    : nothing}`;
}

/** A WhatsApp link that says whose WhatsApp it is, and that it opens another tab. */
export const whatsappLink = (href: string, who: unknown, className?: string) =>
  html`<a class=${className ?? nothing} href=${href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg(html`WhatsApp<span class="visually-hidden"> de ${who}</span>`)}${newTab()}</a>`;

function renderPhone(phone: Phone, locale: string, who: unknown) {
  const number = phone.number ?? '';
  const shown = phoneNumber(phone);
  const callable = !phone.type || phone.type === 'voice' || phone.type === 'cell';
  const tel = callable ? telHref(number) : undefined;
  const whatsapp = phone.whatsapp ? whatsappHref(number) : undefined;
  const label =
    phone.purpose === 'media'
      ? msg('Solo para periodistas')
      : phone.type === 'fax'
      ? msg('Fax')
      : phone.toll_free
        ? msg('Llamada gratis')
        : phone.type === 'text'
          ? msg('Solo mensajes de texto')
          : msg('Teléfono');
  return html`<li class="contact phone">
    <span class="contact-label">${label}: </span>${withDescription(
      tel ? html`<a href=${tel}>${msg(html`<span class="visually-hidden">Llamar a ${who}: </span>${shown}`)}</a>` : shown,
      phone.description,
      locale,
    )}${whatsapp ? html`<span class="contact-gap"> · </span>${whatsappLink(whatsapp, who)}` : nothing}
  </li>`;
}

/**
 * Phones (tel: and wa.me links), e-mails (mailto:) and a website, as one list; a press contact is
 * labelled as one. `who` is whose contacts they are (a name, marked with its language): links
 * say it to screen readers ("Llamar a HIAS México: 55 …").
 */
export function renderContacts(contacts: Contacts, locale: string, who: unknown) {
  const phones = (contacts.phones ?? []).filter((p) => p.number);
  const emails = (contacts.emails ?? []).filter((e) => mailtoHref(e.email));
  const website = webHref(contacts.url);
  if (!phones.length && !emails.length && !website) return nothing;
  return html`<ul class="contacts">
    ${phones.map((phone) => renderPhone(phone, locale, who))}
    ${emails.map(
      (e) => {
        const address = html`<bdi dir="ltr" translate="no">${e.email}</bdi>`;
        return html`<li class="contact email">
          <span class="contact-label">${e.purpose === 'media' ? msg('Solo para periodistas') : msg('Correo')}: </span>${withDescription(
            html`<a href=${mailtoHref(e.email)!}>${msg(html`<span class="visually-hidden">Escribir a ${who}: </span>${address}`)}</a>`,
            e.description,
            locale,
          )}
        </li>`;
      },
    )}
    ${website
      ? html`<li class="contact web">
          <a href=${website} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg(html`Sitio web<span class="visually-hidden"> de ${who}</span>`)}${newTab()}</a>
        </li>`
      : nothing}
  </ul>`;
}
