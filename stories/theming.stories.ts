import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DARK_PALETTE, LIGHT_PALETTE, darkSite, rightToLeftPage } from './host.js';

/**
 * Every public custom property at once, on all four elements: change one in the controls and see
 * where it is used. The map's tiles are a plain picture made in the page (Storybook runs offline).
 */
type Args = Partial<Record<keyof typeof LIGHT_PALETTE | '--camino-font-family' | '--camino-radius' | '--camino-spacing' | '--camino-map-height', string>> & { lang?: string };

const OFFLINE_TILE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e9efe9"/><path d="M0 128H256M128 0V256" stroke="#d2dbd3" stroke-width="2"/></svg>',
)}`;

const everything = ({ lang }: Args) => html`<div style="display: grid; gap: 24px">
  <camino-fraud-notice org="hias" lang=${lang ?? 'es'}></camino-fraud-notice>
  <camino-service-finder city="tijuana" limit="2" hide-fraud-notice lang=${lang ?? 'es'}></camino-service-finder>
  <camino-org-card org="casa-del-migrante" city="tijuana" lang=${lang ?? 'es'}></camino-org-card>
  <camino-office-map city="tapachula" tile-url=${OFFLINE_TILE} lang=${lang ?? 'es'}></camino-office-map>
</div>`;

const color = { control: 'color', table: { category: 'css custom properties' } } as const;
const text = { control: 'text', table: { category: 'css custom properties' } } as const;

const meta = {
  title: 'Theming',
  render: everything,
  // The defaults, written out, so each control starts where the elements do.
  args: { ...LIGHT_PALETTE, '--camino-font-family': 'inherit', '--camino-radius': '8px', '--camino-spacing': '1em', '--camino-map-height': 'clamp(16em, 60vh, 32em)' },
  argTypes: {
    ...Object.fromEntries(Object.keys(LIGHT_PALETTE).map((name) => [name, color])),
    '--camino-font-family': text,
    '--camino-radius': text,
    '--camino-spacing': text,
    '--camino-map-height': text,
    lang: { control: 'inline-radio', options: ['es', 'en', 'fr', 'ht', 'pt', 'ar'] },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Defaults: Story = { name: 'The defaults (light palette)' };

export const EveryProperty: Story = {
  name: 'Every custom property changed',
  args: {
    '--camino-color-text': '#2b1b30',
    '--camino-color-muted': '#5c4a63',
    '--camino-color-background': '#fffdf7',
    '--camino-color-surface': '#f5eefa',
    '--camino-color-border': '#c7b3d3',
    '--camino-color-accent': '#6b2d8f',
    '--camino-color-open': '#1d6b2f',
    '--camino-color-closed': '#a11c2c',
    '--camino-focus-color': '#c2410c',
    '--camino-font-family': 'Georgia, "Times New Roman", serif',
    '--camino-radius': '0',
    '--camino-spacing': '1.25em',
    '--camino-map-height': '240px',
  },
};

export const DarkSite: Story = { name: 'A dark site, default palette (text outside the cards takes the page\'s colour)', decorators: [darkSite] };
export const DarkPalette: Story = { name: 'A dark site with the dark palette', args: { ...DARK_PALETTE }, decorators: [darkSite] };
export const RightToLeft: Story = { name: 'Arabic, right to left', args: { lang: 'ar' } };
export const RightToLeftPage: Story = { name: 'Spanish on a right-to-left page', decorators: [rightToLeftPage] };
