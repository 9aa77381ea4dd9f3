/**
 * `node scripts/docs/engine-screenshots.ts`: the article's first screen, and its densest paragraph with
 * a note open, in the three engines a reader may have (Chromium, Firefox ESR, WebKitGTK), at 1440 × 900
 * and 390 × 844, taken through the same drivers as the browser tests (e2e/engines/). Serves the built
 * site in dist/ (`npm run build` first). Writes docs/screenshots/engines/*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromiumEngine } from '../../e2e/engines/chromium.ts';
import type { Engine } from '../../e2e/engines/engine.ts';
import { launchFirefox } from '../../e2e/engines/firefox.ts';
import { numberCentre, twoFrames } from '../../e2e/engines/margin-in-the-page.ts';
import { bringToTop } from '../../e2e/engines/reader-checks.ts';
import { launchWebKit } from '../../e2e/engines/webkit.ts';
import { ARTICLE } from '../../e2e/browser.ts';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';

const OUT = 'docs/screenshots/engines';
/** ¶8, the densest paragraph, and its second claim (its first starts the paragraph). */
const DENSE = 'p-transnational-crime';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

mkdirSync(OUT, { recursive: true });
const site = await serveStatic('dist');
const article = new URL(ARTICLE, site.url).href;
try {
  for (const launch of [async () => chromiumEngine(await launchChromium()), launchFirefox, launchWebKit]) {
    const engine: Engine = await launch();
    try {
      const page = await engine.newPage(SIZES[0]!);
      for (const size of SIZES) {
        await page.setViewport(size);
        await page.goto(article);
        await page.evaluate(twoFrames);
        writeFileSync(`${OUT}/${engine.name}-first-screen-${size.width}.png`, await page.screenshot());
        await bringToTop(page, `#${DENSE}`, -40);
        const id = await page.evaluate((dense: string) => document.querySelectorAll(`#${dense} .claim`)[1]!.id, DENSE);
        const { x, y } = await page.evaluate(numberCentre, id);
        await page.click(x, y);
        await new Promise((resolve) => setTimeout(resolve, 300));
        writeFileSync(`${OUT}/${engine.name}-dense-paragraph-note-open-${size.width}.png`, await page.screenshot());
      }
      console.log(`${engine.version}: ${OUT}/${engine.name}-*.png`);
    } finally {
      await engine.close();
    }
  }
} finally {
  await site.close();
}
