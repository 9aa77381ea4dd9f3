import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ARTICLE } from './browser.ts';
import type { Engine } from './engines/engine.ts';
import { launchFirefox } from './engines/firefox.ts';
import { claimIds, claimsMissed } from './engines/land-on-every-claim.ts';

/**
 * Firefox scrolls to a link's target while the page is still loading, before the margin is placed;
 * placing it shortened the page above the last claims, and left them above the window. Chromium's
 * landing tests cannot see that: here, a link to every claim, in Firefox.
 */
let firefox: Engine;
beforeAll(async () => {
  firefox = await launchFirefox();
}, 60_000);
afterAll(() => firefox?.close());

it('shows every claim a link names at load, and 0.6 s later, at 1440 px', async () => {
  const article = new URL(ARTICLE, inject('baseURL')).href;
  const ids = await claimIds(firefox, article);
  expect(ids.length).toBeGreaterThan(100);
  expect(await claimsMissed(firefox, article, ids)).toEqual([]);
}, 600_000);
