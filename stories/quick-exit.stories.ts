import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rendered, rightToLeftPage } from './host.js';

/** The element's attributes; their controls and docs come from custom-elements.json. */
type Args = { lang?: string; 'exit-url'?: string };

/** Some of a partner's page under the control, long enough to scroll: the button stays in view. */
const pageText = html`<div style="max-width: 40em; font-family: Georgia, serif">
  <h1>Ayuda para personas migrantes</h1>
  ${[1, 2, 3, 4, 5, 6].map(() => html`<p>Texto de la página de una organización. El botón de salida rápida sigue a la vista al bajar por la página.</p>`)}
</div>`;

// Attributes, not properties: the stories show the markup a page author writes.
const control = (args: Args) => html`<camino-quick-exit lang=${ifDefined(args.lang)} exit-url=${ifDefined(args['exit-url'])}></camino-quick-exit>${pageText}`;

const meta = {
  title: 'Components/Quick exit',
  component: 'camino-quick-exit',
  render: control,
  argTypes: {
    lang: { control: 'inline-radio', options: ['es', 'en', 'fr', 'ht', 'pt', 'ar'] },
    'exit-url': { control: 'text' },
  },
  // The control is fixed to the top of its window: on the Docs page each story gets its own frame.
  parameters: { docs: { story: { inline: false, height: '320px' } } },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const QuickExit: Story = { name: 'Quick exit (es): the button, or Shift three times, leaves for Google', args: { lang: 'es' } };
export const English: Story = { name: 'Quick exit (en)', args: { lang: 'en' } };
export const RightToLeft: Story = { name: 'Arabic, on a right-to-left page: at the left', args: { lang: 'ar' }, decorators: [rightToLeftPage] };
export const ExitUrl: Story = {
  name: 'exit-url: a neutral page of the site\'s choosing',
  args: { lang: 'es', 'exit-url': 'https://es.wikipedia.org/wiki/Clima' },
};
export const CountingShift: Story = {
  name: 'State: Shift pressed once (two more leave)',
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, 'camino-quick-exit');
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
  },
};
export const OnOtherElements: Story = {
  name: 'The quick-exit attribute: a finder and a card ask, the page gets one control',
  render: () => html`<camino-service-finder city="tijuana" limit="2" lang="es" quick-exit></camino-service-finder>
    <camino-org-card org="hias" city="tijuana" lang="es" quick-exit></camino-org-card>`,
};
