import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// Written by `npm run analyze` (part of `npm run build`, which the storybook
// scripts run first); gitignored.
import manifest from '../custom-elements.json';
// Defines every camino-* element, with the built-in directory.
import '../src/index.ts';

type Member = { privacy?: string; attribute?: string };
type Declaration = { tagName?: string; summary?: string; description?: string; members?: Member[] };
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

const declarationOf = (tag: unknown) => cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** `'list' | 'map'` → ['list', 'map']; undefined when the type is not a list of strings. */
function literals(type: string): string[] | undefined {
  const parts = type.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
  return parts.length > 1 && parts.every((t) => /^'[^']*'$/.test(t)) ? parts.map((t) => t.slice(1, -1)) : undefined;
}

type Item = { name: string; description?: string; summary?: string; type?: { text?: string }; default?: string; attribute?: string };
type ElementDeclaration = Declaration & { attributes?: Item[]; events?: Item[]; cssProperties?: Item[]; cssParts?: Item[]; members?: (Member & Item & { kind?: string })[] };

/** A control for each kind of attribute: a list for a choice of words, a switch, a number or a text. */
function attributeControl(type: string) {
  const options = literals(type);
  if (options) return { control: { type: 'select' }, options: ['', ...options] };
  const plain = type.replace(/\s*\|\s*undefined/, '');
  return { control: { type: plain === 'boolean' ? 'boolean' : plain === 'number' ? 'number' : 'text' } };
}

/**
 * The Docs page's table and the controls, from custom-elements.json: attributes with a control
 * by kind (a list for view, lang, dir; a switch; a number; a text), events, a colour picker for
 * each colour custom property (text for the others) and the parts, documented without a control.
 * Storybook's own reading of the manifest offers "Set object" for all but plain types.
 */
function extractArgTypes(tag: unknown) {
  const element = declarationOf(tag) as ElementDeclaration | undefined;
  if (!element) return null;
  const row = (item: Item, category: string, extra: object) => ({
    name: item.name,
    description: item.description ?? item.summary,
    table: { category, type: { summary: item.type?.text }, defaultValue: item.default === undefined ? undefined : { summary: item.default } },
    ...extra,
  });
  const argTypes: Record<string, object> = {};
  for (const item of element.attributes ?? []) argTypes[item.name] = row(item, 'attributes', attributeControl(item.type?.text ?? 'string'));
  for (const item of element.members ?? []) {
    if (item.kind === 'field' && !item.privacy && !item.attribute) argTypes[item.name] = row(item, 'properties', { control: { type: 'object' } });
  }
  for (const item of element.events ?? []) argTypes[item.name] = row(item, 'events', { control: { disable: true }, action: item.name });
  for (const item of element.cssProperties ?? []) argTypes[item.name] = row(item, 'css custom properties', { control: { type: item.name.includes('color') ? 'color' : 'text' } });
  for (const item of element.cssParts ?? []) argTypes[`::part(${item.name})`] = row(item, 'css shadow parts', { control: { disable: true } });
  return argTypes;
}

/** Custom-property args (`--camino-…`) set on a box around the story: theming from the controls. */
const customProperties: Decorator = (story, { args }) => {
  const properties = Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && value));
  return Object.keys(properties).length ? html`<div style=${styleMap(properties)}>${story()}</div>` : story();
};

const preview: Preview = {
  // A Docs page for every element: its summary, attributes, events, parts and custom properties.
  tags: ['autodocs'],
  decorators: [customProperties],
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes,
      extractComponentDescription: (component: unknown) => {
        const declaration = declarationOf(component);
        return declaration?.description || declaration?.summary;
      },
    },
  },
};

export default preview;
