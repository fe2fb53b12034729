import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { DARK_PALETTE, darkSite, fakePosition, openShare, rendered } from './host.js';

/** The element's attributes; their controls and docs come from custom-elements.json. */
type Args = {
  city?: string;
  service?: string;
  population?: string;
  query?: string;
  limit?: number;
  lang?: string;
  src?: string;
  'hide-fraud-notice'?: boolean;
  'heading-level'?: number;
  'stale-after'?: number;
  'corrections-to'?: string;
  view?: 'list' | 'map';
  'quick-exit'?: boolean;
  'no-history'?: boolean;
};

// Attributes, not properties: the stories show the markup a page author writes.
const finder = (args: Args) => html`<camino-service-finder
  city=${ifDefined(args.city)}
  service=${ifDefined(args.service)}
  population=${ifDefined(args.population)}
  query=${ifDefined(args.query)}
  limit=${ifDefined(args.limit)}
  lang=${ifDefined(args.lang)}
  src=${ifDefined(args.src)}
  ?hide-fraud-notice=${args['hide-fraud-notice']}
  heading-level=${ifDefined(args['heading-level'])}
  stale-after=${ifDefined(args['stale-after'])}
  corrections-to=${ifDefined(args['corrections-to'])}
  view=${ifDefined(args.view)}
  ?quick-exit=${args['quick-exit']}
  ?no-history=${args['no-history']}
  tile-url=${OFFLINE_TILE}
></camino-service-finder>`;

/** Storybook runs offline here: the map view draws a plain tile made in the page. */
const OFFLINE_TILE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e9efe9"/><path d="M0 128H256M128 0V256" stroke="#d2dbd3" stroke-width="2"/></svg>',
)}`;

/** A phone-sized frame: the finder is used on cheap phones first. */
const phone: Decorator = (story) => html`<div style="max-width: 360px; border: 1px solid #ccc; padding: 8px">${story()}</div>`;

const themed: Decorator = (story) => html`
  <style>
    .host-theme {
      --camino-color-accent: #0f6e5c;
      --camino-color-surface: #eef7f4;
      --camino-radius: 2px;
      --camino-font-family: Georgia, serif;
    }
    .host-theme camino-service-finder::part(result) {
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
    }
  </style>
  <div class="host-theme">${story()}</div>
`;

const meta = {
  title: 'Components/Service finder',
  component: 'camino-service-finder',
  render: finder,
  args: { 'heading-level': 2, limit: 10 },
  argTypes: {
    city: { control: 'text' },
    service: { control: 'select', options: ['', 'legal', 'shelter', 'health', 'mental-health', 'gbv', 'human-rights', 'family-reunification', 'livelihoods', 'information', 'humanitarian-aid'] },
    population: { control: 'select', options: ['', 'women', 'children', 'lgbtqi', 'indigenous', 'families', 'deportees', 'organizations'] },
    query: { control: 'text' },
    limit: { control: { type: 'number', min: 1, max: 100 } },
    lang: { control: 'inline-radio', options: ['es', 'en', 'fr', 'ht', 'pt', 'ar'] },
    src: { control: 'text' },
    'hide-fraud-notice': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'stale-after': { control: { type: 'number', min: 0.5, step: 0.5 } },
    'corrections-to': { control: 'text' },
    'quick-exit': { control: 'boolean' },
    'no-history': { control: 'boolean' },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

// Cities and languages
export const Tijuana: Story = { name: 'Tijuana (es)', args: { city: 'tijuana', lang: 'es' } };
export const TapachulaEnglish: Story = { name: 'Tapachula (en), with organisations serving Chiapas', args: { city: 'tapachula', lang: 'en' } };
export const AllCities: Story = { name: 'Every city, with the city picker', args: { lang: 'es' } };
export const OnAPhone: Story = { name: 'On a phone (360 px)', args: { city: 'ciudad juárez', lang: 'es' }, decorators: [phone] };

// Searches and filters
export const LawyerInHaitianCreole: Story = { name: 'Search: "avoka" (Haitian Creole for lawyer)', args: { query: 'avoka', lang: 'es' } };
export const ShelterTypo: Story = { name: 'Search with a typo: "albergé"', args: { query: 'albergé', city: 'tijuana', lang: 'es' } };
export const LegalPreselected: Story = { name: 'Filter: legal help preselected', args: { service: 'legal', lang: 'en' } };
export const ForLgbtqi: Story = { name: 'Filter: LGBTQI+ people', args: { population: 'lgbtqi', lang: 'es' } };
export const PartnerDirectory: Story = { name: 'A partner directory (src)', args: { src: 'directories/valid.json', lang: 'es' } };

// How the finder answers
export const GroupedResults: Story = {
  name: 'One result per organisation: "abogado" in every city (ACNUR\'s ten offices are one result)',
  args: { query: 'abogado', lang: 'es' },
};
export const QuestionWithUnusedWords: Story = {
  name: 'A question as people ask it, with a word not in the directory',
  args: { query: '¿Dónde puedo encontrar un abogado? xqzwv', city: 'tijuana', lang: 'es' },
};
export const SomeWordsOnly: Story = {
  name: 'No result has every word: those with some, and each shorter search offered with its count',
  args: { query: 'abogado dormir', city: 'tijuana', lang: 'es' },
};
export const DeadEndOffers: Story = {
  name: 'Nothing in the city: the same search in other cities, each with its count',
  args: { query: 'albergue', city: 'aguascalientes', lang: 'es' },
};
export const UnknownHours: Story = {
  name: 'Open now, closed now and hours unknown (a night shelter open 20:00–08:00)',
  args: { src: 'directories/night-shelter.json', city: 'tapachula', lang: 'es' },
};
export const NearMeFarFromCity: Story = {
  name: 'Near me, far from the chosen city: the reader is in Ciudad Juárez, the page shows Tijuana',
  args: { city: 'tijuana', lang: 'es' },
  beforeEach: () => fakePosition(31.72, -106.46),
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'camino-service-finder');
    root.querySelector<HTMLButtonElement>('.near-me')!.click();
  },
};

// Empty and error states
export const NoResults: Story = { name: 'Nothing understood: one step shows every service', args: { query: 'zzqxw', city: 'tijuana', lang: 'es' } };
export const UnknownValues: Story = { name: 'Error: unknown city, service and population', args: { city: 'Gotham', service: 'lodging', population: 'pirates', lang: 'en' } };
export const SrcNotFound: Story = { name: 'Error: src answers 404', args: { src: 'directories/missing.json', lang: 'es' } };

// Theming
export const Themed: Story = { name: 'Theming: custom properties and ::part(result)', args: { city: 'tijuana', lang: 'en', 'hide-fraud-notice': true }, decorators: [themed] };

// Languages
export const Arabic: Story = { name: 'Arabic, right to left', args: { city: 'tapachula', lang: 'ar', limit: 3 } };
export const HaitianCreole: Story = { name: 'Haitian Creole', args: { city: 'tijuana', lang: 'ht', limit: 3 } };
export const RightToLeftPage: Story = {
  name: 'Spanish on a right-to-left page (dir="rtl")',
  args: { city: 'tijuana', lang: 'es', limit: 2 },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

// What results claim: the age of their information, a door that may be closed, no contact, report a mistake
export const Claims: Story = {
  name: 'Claims: Tenosique, with "report a mistake"',
  args: { city: 'tenosique', lang: 'en', 'corrections-to': 'https://example.org/corrections?record={id}' },
  decorators: [phone],
};

// States a reader can put the finder in
export const MapView: Story = { name: 'State: map view (view="map")', args: { city: 'tijuana', lang: 'es', view: 'map' } };
export const OpenNow: Story = {
  name: 'State: open now (what is open at the time you look)',
  args: { city: 'tijuana', lang: 'es' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'camino-service-finder');
    root.querySelector<HTMLInputElement>('.check input')!.click();
  },
};
export const NearMe: Story = {
  name: 'State: near me (a made-up position in Tijuana)',
  args: { lang: 'es', limit: 5 },
  beforeEach: () => fakePosition(),
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'camino-service-finder');
    root.querySelector<HTMLButtonElement>('.near-me')!.click();
  },
};
export const DarkSite: Story = { name: 'Host: a dark site', args: { city: 'tapachula', lang: 'es', limit: 3 }, decorators: [darkSite] };
export const DarkPalette: Story = {
  name: 'Host: a dark site with the dark palette',
  args: { city: 'tapachula', lang: 'es', limit: 3, ...DARK_PALETTE },
  decorators: [darkSite],
};
export const BadInputRightToLeft: Story = {
  name: 'Error: unknown city, in Arabic',
  args: { city: 'Gotham', lang: 'ar', limit: 2 },
};

// Keeping a result, sharing it, and Back
export const ShareResult: Story = {
  name: 'Share: the ways without a share sheet (WhatsApp, SMS, copy the text)',
  args: { city: 'tijuana', query: 'casa del migrante', lang: 'es', limit: 1 },
  decorators: [phone],
  play: openShare('camino-service-finder'),
};
export const ShareArabic: Story = {
  name: 'Share and save contact, in Arabic',
  args: { city: 'tijuana', query: 'casa del migrante', lang: 'ar', limit: 1 },
  decorators: [phone],
  play: openShare('camino-service-finder'),
};
export const PrintList: Story = {
  name: 'Print this list (open the browser\'s print preview: the results alone, with their hours)',
  args: { city: 'nuevo laredo', lang: 'es', 'hide-fraud-notice': true },
};
export const LinkToRecord: Story = {
  name: 'A link to a record (#camino=casa-del-migrante/casa-del-migrante-tijuana): opened, first',
  args: { lang: 'es', limit: 3 },
  beforeEach: () => {
    const before = location.href;
    history.replaceState(history.state, '', '#camino=casa-del-migrante/casa-del-migrante-tijuana');
    return () => history.replaceState(history.state, '', before);
  },
};
export const BackClosesDetails: Story = {
  name: 'Back closes what was opened: a result\'s details open (Back, or a phone\'s back gesture, closes them)',
  args: { city: 'tijuana', lang: 'es', limit: 3 },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'camino-service-finder');
    root.querySelector<HTMLButtonElement>('.result .toggle')!.click();
  },
};
export const NoHistory: Story = {
  name: 'no-history: opening adds no history entry (for a page whose router must see every change)',
  args: { city: 'tijuana', lang: 'es', limit: 3, 'no-history': true },
};
export const QuickExit: Story = { name: 'quick-exit: the page gets the quick exit control', args: { city: 'tijuana', lang: 'es', limit: 2, 'quick-exit': true } };
