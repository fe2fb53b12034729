// npm start's server (scripts/serve.js): local by default, a malformed
// address is answered, not fatal, and the built script and map engine are
// served. Needs `npm run build` first (npm test does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { request } from 'node:http';

/** A port nobody listens on now. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

function get(port, path, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    // A raw path: fetch() would reject a malformed one before sending it.
    const req = request({ host, port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
}

test('listens on 127.0.0.1 only, and survives a malformed address', async () => {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.js'], { env: { ...process.env, PORT: String(port), HOST: '' } });
  try {
    const started = await new Promise((resolve) => server.stdout.once('data', (data) => resolve(String(data))));
    assert.match(started, new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
    // Bound to 127.0.0.1, not to every address: another address of this machine gets no answer.
    await assert.rejects(get(port, '/', '127.0.0.2'), { code: 'ECONNREFUSED' });
    assert.equal(await get(port, '/%E0%A4%A'), 400);
    assert.equal(await get(port, '/'), 200);
    assert.equal(await get(port, '/../package.json'), 404);
    // The script and, beside it, the map engine it asks for (with its version in the address).
    assert.equal(await get(port, '/camino.js'), 200);
    assert.equal(await get(port, '/camino-map.js?v=0123456789ab'), 200);
    assert.equal(server.exitCode, null);
  } finally {
    server.kill();
  }
});
