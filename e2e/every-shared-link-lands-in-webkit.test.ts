import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ARTICLE } from './browser.ts';
import type { Engine } from './engines/engine.ts';
import { launchWebKit } from './engines/webkit.ts';
import { claimIds, claimsMissed } from './engines/land-on-every-claim.ts';

/**
 * WebKit, Safari's engine, scrolls to a link's target at `load`, after the margin is placed: a link to
 * every claim holds it to that, whatever the page does before and after.
 */
let webkit: Engine;
beforeAll(async () => {
  webkit = await launchWebKit();
}, 60_000);
afterAll(() => webkit?.close());

it('shows every claim a link names at load, and 0.6 s later, at 1440 px', async () => {
  const article = new URL(ARTICLE, inject('baseURL')).href;
  const ids = await claimIds(webkit, article);
  expect(ids.length).toBeGreaterThan(100);
  expect(await claimsMissed(webkit, article, ids)).toEqual([]);
}, 600_000);
