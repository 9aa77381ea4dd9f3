import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.ts';
const site = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${site.url}/search/`);
const out = await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const r = await pf.search(q);
  const rows = [];
  for (const res of r.results) {
    const d = await res.data();
    rows.push([d.url, res.score, d.weighted_locations.length, d.weighted_locations.slice(0, 40).map((w) => `${d.content.split(/\s+/)[w.location]}:${w.weight}:${w.balanced_score.toFixed(1)}`).join(' ')]);
  }
  return rows;
}, process.argv[2] ?? '5 to 7 thousand');
for (const row of out) console.log(row.join(' | '));
await browser.close(); await site.close();
