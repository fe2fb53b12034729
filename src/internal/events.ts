/** Detail of `camino-select`: which organisation, and which of its offices, a person opened. */
export interface CaminoSelectDetail {
  organizationId: string;
  /** Absent when the organisation has no office in the result (it works remotely or statewide). */
  locationId?: string;
}

/** Fired when a person opens a result or an office; bubbles out of shadow roots. */
export function selectEvent(detail: CaminoSelectDetail): CustomEvent<CaminoSelectDetail> {
  return new CustomEvent('camino-select', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'camino-select': CustomEvent<CaminoSelectDetail>;
  }
}
