// The WordPress plugin, end to end, in a real WordPress: Debian's wordpress
// package served by `php -S`, with its own MariaDB, both on 127.0.0.1 and
// started and stopped here. The plugin is installed from
// dist/camino-wordpress.zip by WordPress's own installer, an author (no
// unfiltered_html) writes a post with each shortcode and the block, and
// headless Chromium reads the post as a visitor would. Needs `npm run build`
// first (npm test does it). `.ci/run` installs WordPress, PHP and MariaDB.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../scripts/bench/chromium.js';

const WORDPRESS = process.env.CAMINO_WORDPRESS_DIR || '/usr/share/wordpress';
const PORT = Number(process.env.CAMINO_WORDPRESS_PORT) || 8112;
const DB_PORT = Number(process.env.CAMINO_MARIADB_PORT) || 3312;
const SITE = `http://127.0.0.1:${PORT}`;
const ZIP = resolve('dist/camino-wordpress.zip');
const INSTALL =
  'sudo apt-get install --no-install-recommends wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server';

/** What this test needs on the machine, each with what provides it. */
function missing() {
  const has = (command) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const needs = [
    [existsSync(join(WORDPRESS, 'wp-load.php')), `WordPress in ${WORDPRESS} (Debian's wordpress package)`],
    [existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree')), 'the Twenty Twenty-Three theme (wordpress-theme-twentytwentythree)'],
    [has('php'), 'PHP (php-cli)'],
    [has('php') && execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli'), 'PHP\'s MySQL driver (php-mysql)'],
    [has('mariadbd') && has('mariadb-install-db'), 'MariaDB (mariadb-server)'],
    [existsSync(ZIP), 'dist/camino-wordpress.zip (npm run build)'],
  ];
  return needs.filter(([present]) => !present).map(([, what]) => what);
}

const processes = [];
let site;
let work;
let browser;
const timings = {};

/** Starts a server in its own process group (PHP's workers and MariaDB's threads go with it). */
function startServer(command, args, log, env = {}) {
  const out = openSync(log, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  processes.push(child);
  return child;
}

function waitForPort(port, seconds) {
  const deadline = Date.now() + seconds * 1000;
  return new Promise((resolvePort, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => socket.end(resolvePort));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing answered on 127.0.0.1:${port} within ${seconds} s`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

before(async () => {
  const absent = missing();
  if (absent.length) {
    throw new Error(`The WordPress test needs ${absent.join(', ')}.\nOn Debian or Ubuntu: ${INSTALL}\n(bash .ci/run installs them, then runs every test.)`);
  }
  const started = Date.now();
  work = mkdtempSync(join(tmpdir(), 'camino-wordpress-'));

  // MariaDB with its own data, bound to 127.0.0.1, no accounts to manage.
  const data = join(work, 'mariadb');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'ignore' });
  startServer(
    'mariadbd',
    ['--no-defaults', `--datadir=${data}`, `--socket=${join(work, 'mariadb.sock')}`, `--pid-file=${join(work, 'mariadb.pid')}`, `--port=${DB_PORT}`, '--bind-address=127.0.0.1', '--skip-grant-tables', '--user=root'],
    join(work, 'mariadb.log'),
  );

  // A private copy of Debian's WordPress, with a configuration of its own (Debian's reads /etc/wordpress).
  const docroot = join(work, 'wordpress');
  cpSync(WORDPRESS, docroot, { recursive: true, dereference: true, filter: (source) => !source.endsWith('.htaccess') });
  writeFileSync(
    join(docroot, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'camino_test' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '127.0.0.1:${DB_PORT}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${SITE}' );
define( 'WP_SITEURL', '${SITE}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_PLUGIN_DIR', __DIR__ . '/wp-content/plugins' );
define( 'FS_METHOD', 'direct' );
define( 'WPLANG', 'es_MX' );
// No outside calls: no update checks, no cron, no requests to wordpress.org.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// PHP notices from the plugin go to a log the test reads.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
  );
  cpSync(new URL('setup.php', import.meta.url), join(docroot, 'camino-setup.php'));
  await waitForPort(DB_PORT, 60);

  const setupStarted = Date.now();
  site = JSON.parse(execFileSync('php', [join(docroot, 'camino-setup.php'), ZIP], { encoding: 'utf8', cwd: docroot }));
  timings.setup = Date.now() - setupStarted;

  // Several workers: the block editor asks for many things at once.
  startServer('php', ['-S', `127.0.0.1:${PORT}`, '-t', docroot], join(work, 'php.log'), { PHP_CLI_SERVER_WORKERS: '4' });
  await waitForPort(PORT, 30);
  browser = await launchChromium();
  timings.start = Date.now() - started;
});

after(async () => {
  await browser?.close();
  for (const child of processes) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await Promise.all(processes.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
  if (timings.start) console.log(`# WordPress ${site?.wordpress}: site, database and plugin ready in ${(timings.start / 1000).toFixed(1)} s (set-up script ${(timings.setup / 1000).toFixed(1)} s)`);
});

/**
 * Opens a page as a visitor. Records console errors, uncaught errors and failed requests of the
 * site itself, and what the page asks of other hosts (refused: the test has no network). Map
 * tiles are answered here with a plain image.
 */
async function visit(url) {
  const page = await browser.newPage();
  const problems = [];
  const outside = [];
  const local = (address) => !/^https?:/.test(address) || new URL(address).hostname === '127.0.0.1';
  // The browser asks for /favicon.ico by itself; php -S has none (Apache's rewrite would give WordPress's).
  const ours = (address) => local(address) && !address.endsWith('/favicon.ico');
  page.on('console', (message) => message.type() === 'error' && ours(message.location()?.url ?? '') && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('requestfailed', (request) => ours(request.url()) && problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && ours(response.url()) && problems.push(`${response.status()}: ${response.url()}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = request.url();
    if (address.startsWith('https://tile.openstreetmap.org/')) {
      request.respond({ status: 200, contentType: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64') });
    } else if (!local(address)) {
      outside.push(address);
      request.abort();
    } else {
      request.continue();
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, outside };
}

/**
 * With CAMINO_SCREENSHOTS=DIR, the post as a phone shows it (360 px wide): as written, then in
 * Arabic on a device in dark mode. For looking at, not for asserting.
 */
async function screenshots(page, dir) {
  mkdirSync(dir, { recursive: true });
  const shoot = async (name) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, part = 1; top < height; top += 1600, part++) {
      await page.screenshot({ path: join(dir, `wordpress-${name}-${part}.png`), clip: { x: 0, y: top, width: 360, height: Math.min(1600, height - top) }, captureBeyondViewport: true });
    }
  };
  await page.setViewport({ width: 360, height: 800 });
  await new Promise((done) => setTimeout(done, 500));
  await shoot('es');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.evaluate(() => document.querySelectorAll('[lang]:is(camino-service-finder, camino-org-card, camino-fraud-notice, camino-office-map)').forEach((el) => el.setAttribute('lang', 'ar')));
  await new Promise((done) => setTimeout(done, 500));
  await shoot('ar-dark');
}

/** Every camino-* element of the page: its attributes and the text it rendered. */
const elementsOf = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('camino-service-finder, camino-org-card, camino-fraud-notice, camino-office-map')].map((el) => ({
      tag: el.localName,
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      markers: el.shadowRoot?.querySelectorAll('.leaflet-marker-icon').length ?? 0,
    })),
  );

test('the plugin installs from the zip, and an author without unfiltered_html can use it', () => {
  assert.equal(site.authorCanPostHtml, false);
  assert.equal(site.locale, 'es_MX');
  // WordPress kept the shortcodes and the block as the author wrote them.
  assert.match(site.saved, /\[camino_finder city="tijuana"/);
  assert.match(site.saved, /<!-- wp:camino\/element/);
});

test('each shortcode and the block render their element in the post, with no error', async () => {
  const { page, problems, outside } = await visit(site.withCamino);
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('camino-service-finder, camino-org-card, camino-fraud-notice, camino-office-map')];
      const maps = all.filter((el) => el.localName === 'camino-office-map');
      return all.length === 7 && all.every((el) => el.shadowRoot?.textContent?.trim()) && maps.every((m) => m.shadowRoot.querySelector('.leaflet-marker-icon'));
    },
    { timeout: 20000 },
  );
  const [finder, card, notice, map, hostile, blockMap, blockNotice] = await elementsOf(page);

  assert.equal(finder.tag, 'camino-service-finder');
  assert.match(finder.text, /resultados en Tijuana/);
  assert.equal(finder.attributes['hide-fraud-notice'], '');
  // quick-exit as a bare word is on; no-history="no" is off.
  assert.equal(finder.attributes['quick-exit'], '');
  assert.equal(finder.attributes['no-history'], undefined);
  // The shortcode and the block both ask for the quick exit: the page gets one, first in its body.
  const exits = await page.evaluate(() =>
    [...document.querySelectorAll('camino-quick-exit')].map((el) => [el === document.body.firstElementChild, el.shadowRoot?.querySelector('button')?.textContent.trim()]),
  );
  assert.deepEqual(exits, [[true, 'Salir de esta página']]);
  // The site speaks es_MX: Camino speaks Spanish unless lang is given.
  assert.equal(finder.attributes.lang, 'es');

  assert.equal(card.tag, 'camino-org-card');
  assert.match(card.text, /HIAS México/);
  assert.match(card.text, /Oficinas en Tijuana/);

  assert.equal(notice.tag, 'camino-fraud-notice');
  assert.equal(notice.attributes.lang, 'en');
  assert.equal(notice.attributes['heading-level'], '3');
  // A colour set in the shortcode, through WordPress's own CSS filter.
  assert.match(notice.attributes.style, /--camino-color-accent:\s*#6b2d8f/);
  assert.match(notice.text, /ethics@hias\.org/);
  assert.match(notice.text, /HIAS/);

  assert.equal(map.tag, 'camino-office-map');
  assert.match(map.text, /Oficinas en Tapachula/);
  assert.ok(map.markers > 0);

  // A quote in a value stays inside the value, and event handlers are not passed on.
  assert.equal(hostile.attributes.org, 'hias" onmouseover="alert(1)');
  assert.equal(hostile.attributes.onmouseover, undefined);
  assert.equal(hostile.attributes.onclick, undefined);
  assert.equal(hostile.attributes.id, 'hostile');
  assert.match(hostile.text, /No conocemos la organización/);

  assert.equal(blockMap.tag, 'camino-office-map');
  assert.deepEqual([blockMap.attributes.city, blockMap.attributes.org, blockMap.attributes['quick-exit']], ['tijuana', 'hias', '']);
  assert.match(blockMap.text, /Oficinas en Tijuana/);
  assert.ok(blockMap.markers > 0);

  assert.equal(blockNotice.tag, 'camino-fraud-notice');
  assert.equal(blockNotice.attributes.lang, 'ar');
  assert.match(blockNotice.text, /[\u0600-\u06FF]{3}/);

  // One script for seven elements, from the plugin's folder; the maps' engine, fetched once from
  // beside it when the maps were shown (a failed or refused one would be in problems).
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((src) => src.includes('camino')));
  assert.equal(scripts.length, 1);
  assert.match(scripts[0], /\/wp-content\/plugins\/camino\/camino\.js\?ver=/);
  const engines = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((name) => name.includes('camino-map')));
  assert.equal(engines.length, 1);
  assert.match(engines[0], /^http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/camino\/camino-map\.js\?v=[0-9a-f]+$/);
  assert.deepEqual(problems, []);
  // Nothing but the site and the map's tiles: no font, analytics or other host.
  assert.deepEqual(outside, []);
  if (process.env.CAMINO_SCREENSHOTS) await screenshots(page, process.env.CAMINO_SCREENSHOTS);
  await page.close();
});

test('a page without Camino does not load its script', async () => {
  const { page, problems } = await visit(site.withoutCamino);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((name) => name.includes('camino')));
  assert.deepEqual(scripts, []);
  assert.match(await page.evaluate(() => document.body.textContent), /Una entrada sin Camino/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the plugin writes no PHP warning or notice', () => {
  const log = join(work, 'wordpress', 'debug.log');
  const text = existsSync(log) ? execFileSync('cat', [log], { encoding: 'utf8' }) : '';
  assert.deepEqual(text.split('\n').filter((line) => line.includes('/plugins/camino/')), []);
});

test('in the block editor, an author finds the Camino block, sets it up, and sees the element', async () => {
  const { page, problems } = await visit(`${SITE}/wp-login.php`);
  // Set, not typed: the login page moves the focus and selects the name field a moment after it loads.
  await page.evaluate(() => {
    document.querySelector('#user_login').value = 'autora';
    document.querySelector('#user_pass').value = 'camino-author-password';
  });
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]).catch((error) => {
    throw new Error(`logging in failed: ${error.message}`);
  });
  await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('camino/element'), { timeout: 30000 }).catch(async (error) => {
    const state = await page.evaluate(() => ({
      url: location.href,
      types: window.wp?.blocks?.getBlockTypes?.().length,
      scripts: [...document.scripts].map((s) => s.src).filter((src) => src.includes('camino')),
      title: document.title,
    }));
    throw new Error(`the Camino block is not registered in the editor (${error.message}); the page says: ${problems.join(' | ')} ${JSON.stringify(state)}`);
  });
  const block = await page.evaluate(() => {
    const type = window.wp.blocks.getBlockType('camino/element');
    const inserted = ['org-card', 'office-map'].map((element) => window.wp.blocks.createBlock('camino/element', { element, org: 'hias', city: 'tijuana' }));
    window.wp.data.dispatch('core/block-editor').insertBlocks(inserted);
    return { title: type.title, attributes: Object.keys(type.attributes) };
  });
  assert.equal(block.title, 'Camino');
  assert.ok(['element', 'city', 'org', 'lang'].every((name) => block.attributes.includes(name)));
  // The block's preview is the element itself, rendered by camino.js inside the editor.
  const preview = await page.waitForFunction(
    () => {
      const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
      const card = canvas.querySelector('.wp-block-camino-element camino-org-card');
      return card?.shadowRoot?.textContent?.includes('Tijuana') && card.shadowRoot.textContent.replace(/\s+/g, ' ');
    },
    { timeout: 20000 },
  );
  assert.match(await preview.jsonValue(), /HIAS México/);
  // The map's preview too: its engine comes from the plugin's folder into the editor.
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
      return canvas.querySelector('.wp-block-camino-element camino-office-map')?.shadowRoot?.querySelector('.leaflet-marker-icon');
    },
    { timeout: 20000 },
  );
  // The theme's template, which an author may not read, is refused by WordPress itself.
  const wordpressOwn = [
    `403: ${SITE}/index.php?rest_route=%2Fwp%2Fv2%2Ftemplates%2Ftwentytwentythree%2F%2Fsingle&context=edit&_locale=user`,
    'console: Failed to load resource: the server responded with a status of 403 (Forbidden)',
  ];
  assert.deepEqual(problems.filter((problem) => !wordpressOwn.includes(problem)), []);
  await page.close();
});
