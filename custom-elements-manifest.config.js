// custom-elements.json, generated from the JSDoc of src/components/: it feeds
// Storybook's controls and docs and editors' autocompletion.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/camino-element.ts', 'src/internal/record-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
