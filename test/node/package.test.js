// The npm package as a user gets it: `npm pack`, installed into an empty
// project (dependencies from npm's cache when they are there), then each of
// its entry points used: the classic script in a page, the ES modules through
// a bundler, the types through TypeScript, the manifest as JSON. Needs
// `npm run build` first (npm test does it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/bench/chromium.js';

const root = resolve('.');
let project;
let installed;
let packed;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'camino-package-'));
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' }));
  packed = info;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'an-ngo-site', private: true, type: 'module' }));
  execFileSync('npm', ['install', join(project, info.filename), '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project, stdio: 'pipe' });
  installed = join(project, 'node_modules', 'camino-widgets');
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

test('the package holds the script, the ES modules, the types and the manifest, and nothing of the sources', () => {
  const files = packed.files.map((f) => f.path);
  for (const file of ['dist/camino.js', 'dist/esm/index.js', 'dist/types/src/index.d.ts', 'custom-elements.json', 'package.json', 'README.md']) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  assert.deepEqual(files.filter((f) => /^(src|test|scripts|stories|wordpress)\//.test(f)), []);
});

test('the package\'s command turns the spreadsheet template it ships into a directory, and checks it', () => {
  const bin = join(project, 'node_modules', '.bin', 'camino-widgets');
  const out = join(project, 'directory.json');
  const imported = execFileSync(bin, ['import', join(installed, 'data', 'templates'), '--out', out], { cwd: project, encoding: 'utf8' });
  assert.match(imported, /Wrote directory\.json: 1 organisations, 1 services, 1 locations\./);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).organizations[0].name.es, 'Albergue Ejemplo');
  assert.match(execFileSync(bin, ['validate', out], { cwd: project, encoding: 'utf8' }), /directory\.json: 1 organisations, 1 services, 1 locations, valid/);
});

test('the script is ASCII only, so a page in any encoding reads it the same', () => {
  const script = readFileSync(join(installed, 'dist', 'camino.js'));
  assert.equal(script.findIndex((byte) => byte > 0x7f), -1);
});

test('the manifest lists the four elements with their attributes', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['camino-fraud-notice', 'camino-office-map', 'camino-org-card', 'camino-service-finder']);
  const finder = elements.find((d) => d.tagName === 'camino-service-finder');
  assert.ok(finder.attributes.some((a) => a.name === 'city'));
  assert.ok(finder.cssProperties.some((p) => p.name === '--camino-color-accent'));
});

test('the types describe the elements to TypeScript', () => {
  writeFileSync(
    join(project, 'page.ts'),
    `import { CaminoOrgCard, type CaminoSelectDetail, type MapOffice } from 'camino-widgets';
const card: CaminoOrgCard = document.createElement('camino-org-card');
card.org = 'hias';
card.city = 'tijuana';
const map = document.createElement('camino-office-map');
const offices: readonly MapOffice[] = [];
map.offices = offices;
document.addEventListener('camino-select', (event) => {
  const detail: CaminoSelectDetail = event.detail;
  console.log(detail.organizationId);
});
`,
  );
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  const args = ['--noEmit', '--strict', '--target', 'es2021', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2021,dom', '--skipLibCheck', '--experimentalDecorators', 'page.ts'];
  execFileSync(tsc, args, { cwd: project, encoding: 'utf8' });
  // And a mistake is caught: the types are real, not `any`.
  writeFileSync(join(project, 'wrong.ts'), `import type { CaminoOrgCard } from 'camino-widgets';\nconst card = {} as CaminoOrgCard;\ncard.org = 42;\n`);
  assert.throws(() => execFileSync(tsc, [...args.slice(0, -1), 'wrong.ts'], { cwd: project, encoding: 'utf8', stdio: 'pipe' }));
});

test('the classic script and the ES modules, bundled by an app, render the elements in a browser', async () => {
  const script = readFileSync(join(installed, 'dist', 'camino.js'), 'utf8');
  writeFileSync(join(project, 'app.js'), `import 'camino-widgets';\n`);
  const bundled = await build({ entryPoints: [join(project, 'app.js')], bundle: true, format: 'esm', write: false, absWorkingDir: project, logLevel: 'silent' });
  const modules = bundled.outputFiles[0].text;
  const browser = await launchChromium();
  try {
    for (const [kind, tag] of [
      ['classic', `<script>${script}</script>`],
      ['module', `<script type="module">${modules}</script>`],
    ]) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent(`<!doctype html><html lang="es"><body>
        <camino-org-card org="hias" city="tijuana"></camino-org-card>
        <camino-office-map city="tapachula" tile-url="data:,"></camino-office-map>${tag}</body></html>`);
      await page.waitForFunction(
        () =>
          document.querySelector('camino-org-card')?.shadowRoot?.textContent?.includes('Oficinas en Tijuana') &&
          document.querySelector('camino-office-map')?.shadowRoot?.querySelector('.leaflet-marker-icon'),
        { timeout: 10000 },
      );
      assert.deepEqual(errors, [], kind);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  assert.ok(existsSync(join(installed, 'dist', 'camino.js.map')));
});
