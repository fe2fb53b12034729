// What a record whose status is not "active" says, so that nobody is sent to
// a door that may be closed: the status in plain words and the record's own
// reason ("MSF's 2019 page tells of this work in the past").
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Status, StatusReason } from '../directory/format.js';
import { pickText } from '../directory/localized-text.js';

function statusLabel(status: Status): string {
  switch (status) {
    case 'temporarily closed': return msg('Cerrado por un tiempo.');
    case 'defunct': return msg('Ya cerró.');
    default: return msg('Puede que ya no funcione.');
  }
}

/**
 * Whether a record says it may not work: a status other than active. A
 * partner's record may give no status (HSDS has none for organisations and
 * locations): that says nothing either way.
 */
export const mayHaveStopped = (record: { status?: Status }) => !!record.status && record.status !== 'active';

/** Nothing for an active record, or one whose status is not given; otherwise its status and the reason for it. */
export function renderStatus(record: { status?: Status; status_reason?: StatusReason }, locale: string) {
  if (!mayHaveStopped(record)) return nothing;
  const reason = pickText(record.status_reason, locale);
  return html`<p class="status" part="status">
    <strong>${statusLabel(record.status!)}</strong>
    ${reason ? html`<span lang=${reason.lang} dir="auto">${reason.text}</span>` : nothing}
  </p>`;
}
