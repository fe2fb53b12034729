import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
// Written by `npm run analyze` (part of `npm run build`, which the storybook
// scripts run first); gitignored.
import manifest from '../custom-elements.json';
// Defines every camino-* element, with the built-in directory.
import '../src/index.ts';

type Declaration = { members?: { privacy?: string; attribute?: string }[] };
type Manifest = { modules: { declarations?: Declaration[] }[] };

// Controls come from the manifest. Its members include protected/private
// fields (locale, loaded, …) and camelCase twins of attributes (headingLevel);
// drop those so the controls show what a page author can set: the attributes.
const cem = structuredClone(manifest) as Manifest;
for (const mod of cem.modules) {
  for (const declaration of mod.declarations ?? []) {
    declaration.members = declaration.members?.filter((m) => !m.privacy && !m.attribute);
  }
}
setCustomElementsManifest(cem);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
