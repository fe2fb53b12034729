// "Report a mistake": a link that opens the directory maintainer's channel
// with the record's name and id filled in. The person sends it, or not:
// nothing leaves the page without their own action. Links are only mailto:
// (to a checked address) and http(s).
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Maintainer } from '../directory/format.js';
import { EMAIL, mailtoHref, webHref } from './safe-links.js';
import { newTab } from './link-names.js';

/**
 * Where corrections go: the directory's own maintainer (a `src` file's
 * `maintainer`: its url, else its e-mail), else what the embedding site gave
 * in `corrections-to`. Undefined when neither says: then no link is shown.
 * `warn` is told when the attribute is used and cannot make a link.
 */
export function correctionChannel(maintainer: Maintainer | undefined, attribute: string | undefined, warn: (message: string) => void): string | undefined {
  const channel = maintainer?.url ?? maintainer?.email ?? (attribute?.trim() || undefined);
  if (channel && channel === attribute?.trim() && !correctionHref(channel, { id: '', name: '' })) {
    warn(`corrections-to "${channel}" is neither an e-mail address nor an http(s) address; no "report a mistake" link is shown.`);
  }
  return channel;
}

/**
 * The link for one record. `channel` is an e-mail address (or mailto:
 * address), which gets a message with the record's name and id, or an
 * http(s) address, where {id} and {name} are replaced by the record's.
 * Undefined for anything else (javascript:, data:, a malformed address).
 */
export function correctionHref(channel: string, record: { id: string; name: string }): string | undefined {
  const address = channel.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) {
    const subject = `${msg('Corrección')}: ${record.name} (${record.id})`;
    const body = `${msg('Escriba qué está mal y cómo es lo correcto:')}\n\n\n${record.name}\nid: ${record.id}\n`;
    return `${mailtoHref(address)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  return webHref(channel.replace(/\{(id|name)\}/g, (_, key: 'id' | 'name') => encodeURIComponent(record[key])));
}

/**
 * The name a correction gives a record of an office: "organisation — office", or the office's own
 * name alone when it already begins with the organisation's ("HIAS México — Tijuana", not
 * "HIAS México — HIAS México — Tijuana"). `office` is undefined for a record of a whole organisation.
 */
export function officeRecordName(organization: string, office: string | undefined): string {
  if (!office) return organization;
  return office.toLocaleLowerCase().startsWith(organization.toLocaleLowerCase()) ? office : `${organization} — ${office}`;
}

/**
 * The "report a mistake" link, or nothing when there is no usable channel. `who` is the record's
 * name as shown (marked with its language), said to screen readers.
 */
export function renderCorrectionLink(channel: string | undefined, record: { id: string; name: string }, who: unknown) {
  const href = channel ? correctionHref(channel, record) : undefined;
  if (!href) return nothing;
  const external = !href.startsWith('mailto:');
  return html`<p class="report" part="report">
    <a href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing} referrerpolicy="no-referrer"
      >${msg(html`Avisar de un error<span class="visually-hidden"> en la información de ${who}</span>`)}${external ? newTab() : nothing}</a
    >
  </p>`;
}
