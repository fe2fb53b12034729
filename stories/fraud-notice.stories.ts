import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';

/** The element's attributes; their controls and docs come from custom-elements.json. */
type Args = { org?: string; lang?: string; src?: string; 'heading-level'?: number };

// Attributes, not properties: the stories show the markup a page author writes.
const notice = (args: Args) => html`<camino-fraud-notice
  org=${ifDefined(args.org)}
  lang=${ifDefined(args.lang)}
  src=${ifDefined(args.src)}
  heading-level=${ifDefined(args['heading-level'])}
></camino-fraud-notice>`;

/** A host page's theme: custom properties inherit into the shadow root; ::part reaches the notice's box. */
const themed: Decorator = (story) => html`
  <style>
    .host-theme {
      --camino-color-accent: #b3261e;
      --camino-color-surface: #fff4e5;
      --camino-radius: 1rem;
      --camino-font-family: system-ui, sans-serif;
    }
    .host-theme camino-fraud-notice::part(notice) {
      border: 2px dashed #b3261e;
    }
  </style>
  <div class="host-theme">${story()}</div>
`;

const meta = {
  title: 'Components/Fraud notice',
  component: 'camino-fraud-notice',
  render: notice,
  args: { 'heading-level': 2 },
  // Descriptions come from the manifest; its types ("string | undefined") do
  // not map to a control, so name the controls here.
  argTypes: {
    org: { control: 'text' },
    lang: { control: 'inline-radio', options: ['es', 'en', 'fr', 'ht', 'pt', 'ar'] },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

// General notice (no org) and HIAS's own statement and reporting channel
export const General: Story = { name: 'General', args: { lang: 'es' } };
export const GeneralEnglish: Story = { name: 'General (en)', args: { lang: 'en' } };
export const Hias: Story = { name: 'HIAS', args: { org: 'hias', lang: 'es' } };
export const HiasEnglish: Story = { name: 'HIAS (en)', args: { org: 'hias', lang: 'en' } };
export const SideBySide: Story = {
  name: 'Language: es and en side by side',
  args: { org: 'hias' },
  render: (args) => html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; align-items: start">
    ${notice({ ...args, lang: 'es' })} ${notice({ ...args, lang: 'en' })}
  </div>`,
};

// Error states
export const UnknownOrg: Story = { name: 'Error: unknown org', args: { org: 'nope' } };
export const SrcNotFound: Story = { name: 'Error: src answers 404', args: { org: 'hias', src: 'directories/missing.json' } };
export const SrcNotJson: Story = { name: 'Error: src is not JSON', args: { org: 'hias', src: 'directories/not-json.json' } };

// Theming
export const Themed: Story = {
  name: 'Theming: custom properties and ::part(notice)',
  args: { org: 'hias', lang: 'en' },
  decorators: [themed],
};
export const SixLanguages: Story = {
  name: 'Language: all six side by side',
  args: { org: 'hias' },
  render: (args) => html`<div style="display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 1rem; align-items: start">
    ${['es', 'en', 'fr', 'ht', 'pt', 'ar'].map((lang) => notice({ ...args, lang }))}
  </div>`,
};
