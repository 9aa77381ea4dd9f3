import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteCacheDir } from '../src/lib/build-cache/site-cache.ts';
import { freePort } from '../scripts/free-port.ts';

let PAGE: string;
let content: string;
let server: ChildProcess;
let output = '';

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'dev-content-'));
  cpSync('test/fixtures/small', content, { recursive: true });
  const port = await freePort();
  PAGE = `http://127.0.0.1:${port}/articles/sample/`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    // Without Vitest's own variables: Astro serves nothing in dev when it thinks it runs under Vitest.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))), CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  // Up to a minute for the server to start and load the content.
  for (let tries = 0; tries < 90; tries++) {
    if ((await fetch(PAGE).then((r) => r.status).catch(() => 0)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not serve ${PAGE}:\n${output}`);
});
afterAll(() => {
  server?.kill();
  rmSync(content, { recursive: true, force: true });
  rmSync(siteCacheDir(content, '/'), { recursive: true, force: true });
});

describe('astro dev, while an editor works', () => {
  // A build copies these files into the site (src/integrations/article-exports.ts); in dev they are routes.
  it('serves the article’s open data at the addresses the built site has', async () => {
    const at = async (name: string) => {
      const response = await fetch(new URL(name, PAGE));
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    };
    const json = await at('claims.json');
    expect(json).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect((JSON.parse(json.text) as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
    const csv = await at('claims.csv');
    expect(csv).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(csv.text.split('\n').length).toBeGreaterThan(2);
    const annotations = await at('annotations.jsonld');
    expect(annotations).toMatchObject({ status: 200, type: 'application/ld+json; charset=utf-8' });
    expect(JSON.parse(annotations.text)).toHaveProperty('@context');
  });

  it('keeps serving the last good page when an annotation file gets a typo, and says where the typo is', async () => {
    const file = join(content, 'articles', 'sample', 'annotations.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^claims:/m, 'claims: ['));
    await expect.poll(() => output, { timeout: 30_000 }).toMatch(/annotations\.yaml:\d+: this is not valid YAML/);
    const response = await fetch(PAGE);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('class="claim"');
  });
});
