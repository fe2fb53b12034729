import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { openShare } from './host.js';

/** The element's attributes; their controls and docs come from custom-elements.json. */
type Args = { org?: string; city?: string; lang?: string; src?: string; 'heading-level'?: number; 'stale-after'?: number; 'corrections-to'?: string; 'quick-exit'?: boolean };

// Attributes, not properties: the stories show the markup a page author writes.
const card = (args: Args) => html`<camino-org-card
  org=${ifDefined(args.org)}
  city=${ifDefined(args.city)}
  lang=${ifDefined(args.lang)}
  src=${ifDefined(args.src)}
  heading-level=${ifDefined(args['heading-level'])}
  stale-after=${ifDefined(args['stale-after'])}
  corrections-to=${ifDefined(args['corrections-to'])}
  ?quick-exit=${args['quick-exit']}
></camino-org-card>`;

/** A host page's theme: custom properties inherit into the shadow root; ::part reaches the card's box. */
const themed: Decorator = (story) => html`
  <style>
    .host-theme {
      --camino-color-accent: #6b2d8f;
      --camino-color-surface: #f7f0fb;
      --camino-radius: 0;
      --camino-font-family: system-ui, sans-serif;
    }
    .host-theme camino-org-card::part(card) {
      border: 3px solid #6b2d8f;
      box-shadow: 6px 6px 0 #e3d2ee;
    }
  </style>
  <div class="host-theme">${story()}</div>
`;

const meta = {
  title: 'Components/Org card',
  component: 'camino-org-card',
  render: card,
  args: { 'heading-level': 2 },
  // Descriptions come from the manifest; its types ("string | undefined") do
  // not map to a control, so name the controls here.
  argTypes: {
    org: { control: 'text' },
    city: { control: 'text' },
    lang: { control: 'inline-radio', options: ['es', 'en', 'fr', 'ht', 'pt', 'ar'] },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'stale-after': { control: { type: 'number', min: 0.5, step: 0.5 } },
    'corrections-to': { control: 'text' },
    'quick-exit': { control: 'boolean' },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

// Languages
export const Spanish: Story = { name: 'Language: es', args: { org: 'casa-del-migrante', lang: 'es' } };
export const English: Story = { name: 'Language: en', args: { org: 'casa-del-migrante', lang: 'en' } };
export const SideBySide: Story = {
  name: 'Language: es and en side by side',
  args: { org: 'unhcr', city: 'tijuana' },
  // Each element renders in its own lang on the same page.
  render: (args) => html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; align-items: start">
    ${card({ ...args, lang: 'es' })} ${card({ ...args, lang: 'en' })}
  </div>`,
};

// Cities
export const HiasTijuana: Story = { name: 'City: HIAS in Tijuana', args: { org: 'hias', city: 'tijuana', lang: 'en' } };
export const UnhcrTijuana: Story = { name: 'City: UNHCR in Tijuana', args: { org: 'unhcr', city: 'tijuana' } };
export const CasaDelMigranteNuevoLaredo: Story = {
  name: 'City: Casa del Migrante in Nuevo Laredo (opening hours)',
  args: { org: 'casa-del-migrante', city: 'nuevo-laredo' },
};
export const UnhcrCdmxAlias: Story = { name: 'City: UNHCR in "CDMX" (alias)', args: { org: 'unhcr', city: 'CDMX', lang: 'en' } };
export const HiasAllOffices: Story = { name: 'City: HIAS, all offices', args: { org: 'hias' } };

// What the card claims, and what it says it does not know
export const OldAndClosed: Story = {
  name: 'Claims: old information, a door that may be closed, no contact (MSF in Tenosique)',
  args: { org: 'msf', city: 'tenosique', lang: 'en' },
};
export const StaleAfter: Story = { name: 'Claims: stale-after="10" (MSF no longer "may have changed")', args: { org: 'msf', 'stale-after': 10 } };
export const CostUnknown: Story = { name: 'Claims: cost not known, nothing called free (Proyecto Citlalli)', args: { org: 'proyecto-citlalli', lang: 'en' } };
export const ServesOrganizations: Story = { name: 'Claims: serves organisations (Appleseed)', args: { org: 'appleseed', lang: 'en' } };
export const PressContact: Story = { name: 'Claims: press address, no contact in Tenosique (Asylum Access)', args: { org: 'asylum-access', city: 'tenosique' } };
export const ReportMistake: Story = {
  name: 'Claims: report a mistake (corrections-to)',
  args: { org: 'hias', city: 'tijuana', 'corrections-to': 'datos@example.org', lang: 'en' },
};

// Error states
export const UnknownOrg: Story = { name: 'Error: unknown org', args: { org: 'nope' } };
export const UnknownCity: Story = { name: 'Error: unknown city', args: { org: 'hias', city: 'Gotham', lang: 'en' } };
export const NoOfficeInCity: Story = { name: 'Error: no office in that city', args: { org: 'hias', city: 'oaxaca' } };
export const SrcNotFound: Story = { name: 'Error: src answers 404', args: { org: 'hias', src: 'directories/missing.json' } };
export const SrcNotJson: Story = { name: 'Error: src is not JSON', args: { org: 'hias', src: 'directories/not-json.json' } };
export const PartnerWithBrokenRecord: Story = {
  // One phone is not E.164: it is skipped, the rest of the card shows, with a notice.
  name: 'Error: partner src with one broken record',
  args: { org: 'refugio-ejemplo', src: 'directories/partner-with-errors.json', lang: 'en' },
};

// A partner's own directory
export const PartnerDirectory: Story = {
  name: 'Partner src',
  args: { org: 'refugio-ejemplo', src: 'directories/valid.json', lang: 'en' },
};

// Theming
export const Themed: Story = {
  name: 'Theming: custom properties and ::part(card)',
  args: { org: 'hias', city: 'tijuana', lang: 'en' },
  decorators: [themed],
};

// Keeping the card: share, save contact, print
export const ShareSavePrint: Story = {
  name: 'Share, save contact and print (the share ways open; print preview shows the card alone)',
  args: { org: 'casa-del-migrante', city: 'nuevo-laredo', lang: 'es' },
  play: openShare('camino-org-card'),
};
export const ShareSavePrintArabic: Story = { name: 'Share, save contact and print, in Arabic', args: { org: 'casa-del-migrante', city: 'nuevo-laredo', lang: 'ar' } };
