// The npm package as a user gets it: `npm pack`, installed into an empty
// project (dependencies from npm's cache when they are there), then each of
// its entry points used: the classic script in a page (with the map engine
// beside it), the ES modules through a bundler that splits the map engine
// off, the types through TypeScript, the manifest as JSON. Needs
// `npm run build` first (npm test does it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
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
  for (const file of ['dist/camino.js', 'dist/camino-map.js', 'dist/esm/index.js', 'dist/types/src/index.d.ts', 'custom-elements.json', 'package.json', 'README.md']) {
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

test('the script and the map engine are ASCII only, so a page in any encoding reads them the same', () => {
  for (const file of ['camino.js', 'camino-map.js']) {
    const script = readFileSync(join(installed, 'dist', file));
    assert.equal(script.findIndex((byte) => byte > 0x7f), -1, file);
  }
});

test('the manifest lists the five elements with their attributes', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['camino-fraud-notice', 'camino-office-map', 'camino-org-card', 'camino-quick-exit', 'camino-service-finder']);
  const quickExit = elements.find((d) => d.tagName === 'camino-quick-exit');
  assert.ok(quickExit.attributes.some((a) => a.name === 'exit-url'));
  assert.ok(quickExit.cssParts.some((p) => p.name === 'button'));
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

/** Serves the test project's folder (the installed package, the app's bundle) on 127.0.0.1; resolves with its origin. */
function serveProject() {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json' };
  const server = createServer(async (request, response) => {
    const path = normalize(join(project, decodeURIComponent(new URL(request.url, 'http://localhost').pathname)));
    try {
      if (!path.startsWith(project + sep)) throw new Error('outside');
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

const PAGE = (body) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
  <camino-org-card org="hias" city="tijuana"></camino-org-card>
  <camino-office-map city="tapachula" tile-url="data:,"></camino-office-map>${body}</body></html>`;

test('the classic script and the ES modules, bundled by an app, render the elements and the map in a browser', async () => {
  const installedDist = '/node_modules/camino-widgets/dist';
  // An app's bundle that splits what it loads later into chunks of their own, as bundlers do.
  writeFileSync(join(project, 'app.js'), `import 'camino-widgets';\n`);
  await build({ entryPoints: [join(project, 'app.js')], bundle: true, splitting: true, format: 'esm', outdir: join(project, 'app'), absWorkingDir: project, logLevel: 'silent' });
  const chunks = readdirSync(join(project, 'app')).filter((f) => f.endsWith('.js'));
  const entry = readFileSync(join(project, 'app', 'app.js'), 'utf8');
  const leafletIn = (code) => code.includes('leaflet-container');
  assert.ok(!leafletIn(entry), 'the app\'s entry has no Leaflet');
  assert.ok(chunks.some((f) => leafletIn(readFileSync(join(project, 'app', f), 'utf8'))), 'a chunk of its own has it');
  // Inlined into the page, camino.js has no address of its own: data-camino-map gives the engine's.
  const inlined = readFileSync(join(installed, 'dist', 'camino.js'), 'utf8');

  const { server, origin } = await serveProject();
  writeFileSync(join(project, 'classic.html'), PAGE(`<script src="${installedDist}/camino.js"></script>`));
  writeFileSync(join(project, 'inlined.html'), PAGE(`<script data-camino-map="${installedDist}/camino-map.js">${inlined}</script>`));
  writeFileSync(join(project, 'module.html'), PAGE(`<script type="module" src="/app/app.js"></script>`));
  const browser = await launchChromium();
  try {
    for (const [kind, engine] of [
      ['classic', new RegExp(`^${origin}${installedDist}/camino-map\\.js\\?v=[0-9a-f]+$`)],
      ['inlined', new RegExp(`^${origin}${installedDist}/camino-map\\.js$`)],
      ['module', new RegExp(`^${origin}/app/chunk-\\w+\\.js$`)],
    ]) {
      const page = await browser.newPage();
      const errors = [];
      const requested = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => ['warning', 'error'].includes(message.type()) && errors.push(message.text()));
      page.on('requestfinished', (request) => requested.push(request.url()));
      await page.goto(`${origin}/${kind}.html`);
      await page.waitForFunction(
        () =>
          document.querySelector('camino-org-card')?.shadowRoot?.textContent?.includes('Oficinas en Tijuana') &&
          document.querySelector('camino-office-map')?.shadowRoot?.querySelector('.leaflet-marker-icon'),
        { timeout: 10000 },
      );
      assert.deepEqual(errors, [], kind);
      assert.ok(requested.some((url) => engine.test(url)), `${kind}: the map engine from ${engine} (requested: ${requested.join(', ')})`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  assert.ok(existsSync(join(installed, 'dist', 'camino.js.map')));
  assert.ok(existsSync(join(installed, 'dist', 'camino-map.js.map')));
});
