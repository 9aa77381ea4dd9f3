import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/free-port.ts';


const site = mkdtempSync(join(tmpdir(), 'served-site-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title>');
writeFileSync(join(site, '_headers'), '/*\n  Content-Security-Policy: default-src \'none\'; frame-ancestors \'none\'\n  X-Content-Type-Options: nosniff\n');

let server: ChildProcess;
let address: string;

beforeAll(async () => {
  const port = await freePort();
  address = `http://127.0.0.1:${port}/`;
  // `npm run preview`, which `npm start` runs once it has built the site.
  server = spawn('npm', ['run', '--silent', 'preview'], { env: { ...process.env, PORT: String(port), SITE_DIR: site }, stdio: 'ignore', detached: true });
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(address).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answered at ${address}`);
});
afterAll(() => {
  // The whole group: npm and the server it started.
  if (server.pid) process.kill(-server.pid);
  rmSync(site, { recursive: true, force: true });
});

describe('the site as `npm start` and `npm run preview` serve it', () => {
  it('sends the headers of _headers, as the static hosts do', async () => {
    const response = await fetch(address);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers an unknown address with the 404 page, behind the same headers', async () => {
    const response = await fetch(`${address}no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
