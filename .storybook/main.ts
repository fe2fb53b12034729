import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs, see preview.ts); controls come with Storybook's core, and argTypes
  // come from custom-elements.json.
  addons: ['@storybook/addon-docs'],
  // Directory fixtures for the `src` stories, served at /directories/ so that
  // src="directories/…" resolves against iframe.html in dev and in the build.
  staticDirs: [{ from: '../stories/directories', to: '/directories' }],
  // No telemetry, and no fetch of storybook.js.org's "what's new" feed.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Pre-bundling every Lit entry point that the components, the stories and
    // Storybook's renderer import (it uses lit/directive-helpers.js) keeps one
    // copy of Lit in the page; an entry point left out is served unbundled and
    // `storybook dev` warns "Multiple versions of Lit loaded".
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/static-html.js',
        'lit/directives/if-defined.js',
        'lit/directives/style-map.js',
        'lit/directive-helpers.js',
        '@lit/localize',
        '@lit/localize/init/reentrant.js',
      ],
    };
    return viteConfig;
  },
};

export default config;
