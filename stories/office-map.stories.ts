import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import directory from '../src/generated/directory.js';
import type { MapOffice } from '../src/index.js';
import { rendered } from './host.js';

/** The element's attributes; their controls and docs come from custom-elements.json. */
type Args = {
  city?: string;
  org?: string;
  service?: string;
  lang?: string;
  src?: string;
  'tile-url'?: string;
  'tile-attribution'?: string;
  'heading-level'?: number;
  'no-history'?: boolean;
  'quick-exit'?: boolean;
};

/**
 * Storybook runs offline here, so the stories draw a plain tile made in the page: markers, cards
 * and the list are what they show. "Tiles: OpenStreetMap" asks for the real tiles (with a
 * network) or shows the tile notice (without one).
 */
const OFFLINE_TILE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e9efe9"/><path d="M0 128H256M128 0V256" stroke="#d2dbd3" stroke-width="2"/></svg>',
)}`;

// Attributes, not properties: the stories show the markup a page author writes.
const map = (args: Args) => html`<camino-office-map
  city=${ifDefined(args.city)}
  org=${ifDefined(args.org)}
  service=${ifDefined(args.service)}
  lang=${ifDefined(args.lang)}
  src=${ifDefined(args.src)}
  tile-url=${ifDefined(args['tile-url'])}
  tile-attribution=${ifDefined(args['tile-attribution'])}
  heading-level=${ifDefined(args['heading-level'])}
  ?no-history=${args['no-history']}
  ?quick-exit=${args['quick-exit']}
></camino-office-map>`;

/** A phone-sized frame: on narrow screens a toggle switches between the map and the list. */
const phone: Decorator = (story) => html`<div style="max-width: 360px; border: 1px solid #ccc; padding: 8px">${story()}</div>`;

const meta = {
  title: 'Components/Office map',
  component: 'camino-office-map',
  render: map,
  args: { 'tile-url': OFFLINE_TILE, 'tile-attribution': 'Fondo de prueba, sin conexión', 'heading-level': 2 },
  argTypes: {
    city: { control: 'text' },
    org: { control: 'text' },
    service: {
      control: 'select',
      options: [undefined, 'legal', 'shelter', 'health', 'mental-health', 'gbv', 'human-rights', 'family-reunification', 'livelihoods', 'information', 'humanitarian-aid'],
    },
    lang: { control: 'inline-radio', options: ['es', 'en', 'fr', 'ht', 'pt', 'ar'] },
    src: { control: 'text' },
    'tile-url': { control: 'text' },
    'tile-attribution': { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'no-history': { control: 'boolean' },
    'quick-exit': { control: 'boolean' },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

// Cities
export const Tapachula: Story = { name: 'City: Tapachula (es)', args: { city: 'tapachula', lang: 'es' } };
export const Tijuana: Story = { name: 'City: Tijuana (en)', args: { city: 'tijuana', lang: 'en' } };
export const MexicoCity: Story = { name: 'City: "CDMX" (alias)', args: { city: 'CDMX' } };
export const AllOffices: Story = { name: 'City: all of Mexico', args: {} };

// Filters
export const OrgFilter: Story = { name: 'Filter: org="unhcr"', args: { org: 'unhcr' } };
export const ServiceFilter: Story = { name: 'Filter: service="legal"', args: { service: 'legal' } };
export const AllFilters: Story = { name: 'Filter: HIAS, legal, in Tijuana', args: { city: 'tijuana', org: 'hias', service: 'legal' } };
export const GivenOffices: Story = {
  name: 'Filter: offices set from a script',
  // The `offices` property, as another element (a search) would set it: here, UNHCR's first five offices.
  render: (args) => {
    const unhcr = directory.organizations.find((o) => o.id === 'unhcr')!;
    const offices: MapOffice[] = unhcr.locations.slice(0, 5).map((location) => ({ org: unhcr, location }));
    return html`<camino-office-map tile-url=${ifDefined(args['tile-url'])} .offices=${offices}></camino-office-map>`;
  },
};

// Precision
export const ExactAndApproximate: Story = {
  name: 'Markers: exact pin and approximate rings (partner src)',
  // The partner's Tijuana office has a street position; its others are known only by their city.
  args: { src: 'directories/map-partner.json' },
};
export const OnePoint: Story = {
  name: 'Markers: four offices at one point (open the group)',
  args: { city: 'tapachula' },
};

// Tiles
export const OpenStreetMapTiles: Story = {
  name: 'Tiles: OpenStreetMap (needs a network)',
  args: { city: 'tijuana', 'tile-url': undefined, 'tile-attribution': undefined },
};
export const TileFailure: Story = {
  name: 'Tiles: the tile server fails',
  args: { city: 'tijuana', 'tile-url': 'tiles-that-do-not-exist/{z}/{x}/{y}.png', 'tile-attribution': undefined },
};

// Layout
export const Narrow: Story = { name: 'Layout: phone width (map / list toggle)', args: { org: 'unhcr' }, decorators: [phone] };
export const HiddenThenShown: Story = {
  name: 'Layout: inside a closed accordion',
  // Open the accordion: the map sizes itself and fits its markers then.
  render: (args) => html`<details>
    <summary>Ver el mapa de oficinas en Tapachula</summary>
    ${map({ ...args, city: 'tapachula' })}
  </details>`,
};
export const Height: Story = {
  name: 'Layout: --camino-map-height: 240px',
  args: { city: 'tijuana' },
  decorators: [(story) => html`<div style="--camino-map-height: 240px">${story()}</div>`],
};

// Error states
export const UnknownCity: Story = { name: 'Error: unknown city', args: { city: 'Gotham' } };
export const UnknownOrg: Story = { name: 'Error: unknown org', args: { org: 'acnur-mx', city: 'tapachula' } };
export const UnknownService: Story = { name: 'Error: unknown service', args: { service: 'abogado', city: 'tijuana' } };
export const NothingMatches: Story = { name: 'Error: nothing matches', args: { org: 'hias', city: 'oaxaca' } };
export const SrcNotFound: Story = { name: 'Error: src answers 404', args: { src: 'directories/missing.json' } };
export const UnsupportedLanguage: Story = { name: 'Error: lang="de"', args: { city: 'tapachula', lang: 'de' } };

// History and safety
export const BackClosesCard: Story = {
  name: 'Back closes the card: an office opened (Back, or a phone\'s back gesture, closes it)',
  args: { city: 'tapachula', lang: 'es' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'camino-office-map');
    root.querySelector<HTMLButtonElement>('[part="list"] button')!.click();
  },
};
export const NoHistory: Story = { name: 'no-history: opening a card adds no history entry', args: { city: 'tapachula', lang: 'es', 'no-history': true } };
export const QuickExit: Story = { name: 'quick-exit: the page gets the quick exit control', args: { city: 'tapachula', lang: 'es', 'quick-exit': true } };
