import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Email, Phone } from '../directory/format.js';
import { pickText } from '../directory/localized-text.js';
import { displayPhone } from '../directory/phone-display.js';
import { mailtoHref, telHref, webHref, whatsappHref } from './safe-links.js';

export interface Contacts {
  phones?: readonly Phone[];
  emails?: readonly Email[];
  url?: string;
}

const describe = (text: Phone['description'], locale: string) => {
  const picked = pickText(text, locale);
  return picked ? html` <span class="contact-note" lang=${picked.lang} dir="auto">(${picked.text})</span>` : nothing;
};

function renderPhone(phone: Phone, locale: string) {
  const number = phone.number ?? '';
  // Numbers read left to right inside right-to-left text.
  const shown = html`<bdi dir="ltr" translate="no">${displayPhone(number)}${phone.extension ? ` ${msg('ext.')} ${phone.extension}` : ''}</bdi>`;
  const callable = !phone.type || phone.type === 'voice' || phone.type === 'cell';
  const tel = callable ? telHref(number) : undefined;
  const whatsapp = phone.whatsapp ? whatsappHref(number) : undefined;
  const label =
    phone.purpose === 'media'
      ? msg('Solo para periodistas')
      : phone.type === 'fax'
      ? msg('Fax')
      : phone.toll_free
        ? msg('Llamada gratuita')
        : phone.type === 'text'
          ? msg('Solo mensajes')
          : msg('Teléfono');
  return html`<li class="contact phone">
    <span class="contact-label">${label}:</span>
    ${tel ? html`<a href=${tel}>${shown}</a>` : shown}
    ${whatsapp ? html` · <a href=${whatsapp} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('WhatsApp')}</a>` : nothing}
    ${describe(phone.description, locale)}
  </li>`;
}

/** Phones (tel: and wa.me links), e-mails (mailto:) and a website, as one list; a press contact is labelled as one. */
export function renderContacts(contacts: Contacts, locale: string) {
  const phones = (contacts.phones ?? []).filter((p) => p.number);
  const emails = (contacts.emails ?? []).filter((e) => mailtoHref(e.email));
  const website = webHref(contacts.url);
  if (!phones.length && !emails.length && !website) return nothing;
  return html`<ul class="contacts">
    ${phones.map((phone) => renderPhone(phone, locale))}
    ${emails.map(
      (e) => html`<li class="contact email">
        <span class="contact-label">${e.purpose === 'media' ? msg('Solo para periodistas') : msg('Correo')}:</span>
        <a href=${mailtoHref(e.email)!}><bdi dir="ltr" translate="no">${e.email}</bdi></a>${describe(e.description, locale)}
      </li>`,
    )}
    ${website
      ? html`<li class="contact web">
          <a href=${website} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('Sitio web')}</a>
        </li>`
      : nothing}
  </ul>`;
}
