/**
 * Camino: embeddable web components that help refugees, asylum seekers and
 * migrants in Mexico find free help in their own language.
 *
 * Loading this module (or dist/camino.js) defines every camino-* element.
 */
import { defineElements } from './internal/define.js';
import { CaminoOrgCard } from './components/org-card/org-card.js';
import { CaminoFraudNotice } from './components/fraud-notice/fraud-notice.js';
import { CaminoOfficeMap } from './components/office-map/office-map.js';
import { CaminoServiceFinder } from './components/service-finder/service-finder.js';
import { CaminoQuickExit } from './components/quick-exit/quick-exit.js';

export { CaminoOrgCard, CaminoFraudNotice, CaminoServiceFinder, CaminoOfficeMap, CaminoQuickExit };
export type { MapOffice } from './components/office-map/office-map.js';
export type { CaminoSelectDetail } from './internal/events.js';
export type { CaminoDirectory } from './directory/format.js';

defineElements({
  'camino-org-card': CaminoOrgCard,
  'camino-fraud-notice': CaminoFraudNotice,
  'camino-service-finder': CaminoServiceFinder,
  'camino-office-map': CaminoOfficeMap,
  'camino-quick-exit': CaminoQuickExit,
});

declare global {
  interface HTMLElementTagNameMap {
    'camino-org-card': CaminoOrgCard;
    'camino-fraud-notice': CaminoFraudNotice;
    'camino-service-finder': CaminoServiceFinder;
    'camino-office-map': CaminoOfficeMap;
    'camino-quick-exit': CaminoQuickExit;
  }
}
