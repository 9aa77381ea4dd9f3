/**
 * `npm run bench [-- --articles N] [--landing-loads N] [--quick] [--write-docs]`: what the site costs a
 * reader and a build, against its budgets (docs/performance.md). Figures, not pass/fail. Each section
 * prints as soon as it is measured; one that fails says so and the others go on. At the end it writes
 * bench-results/bench.json and bench-results/figures.md (with --write-docs, the figures table of
 * docs/performance.md too).
 * - the build, cold (no caches) and warm (nothing changed since the cold build: every page is kept);
 * - the article page on load: HTML, CSS and JavaScript (gzip), against its floor;
 * - the first search in Chromium: bytes fetched and time to the first result;
 * - Lighthouse (mobile defaults) on the article page;
 * - the article's load on the main thread: the longest task and the total blocking time;
 * - shared links: how many land and stay; the margin marks' distance from their claims;
 * - the link previews' cards: drawn and reused in the cold and warm builds, and what one costs;
 * - a scale run on generated corpora (N/10, N/2 and N articles): build, rebuild after one note, peak
 *   memory, index size and the first search, and how each grows (with the articles' cards only,
 *   CARDS=articles; the smallest corpus also with every claim's card).
 * `--quick` measures every section with few loads and a small corpus (N = 10), in a few minutes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { AT_A_READERS_PACE, type FirstSearch, measureFirstSearchMedian } from './bench/first-search.ts';
import { measureDrift, measureLanding } from './bench/landing.ts';
import { measureLoadTasks } from './bench/load-tasks.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { measurePageWeights } from './bench/page-weight.ts';
import { generateCorpus, NAMES } from './bench/corpus.ts';
import { buildCorpus, rebuildAfterOneNote } from './bench/scale.ts';
import { type BenchFigures, figuresTable, type ScaleFigure, writeFiguresInto } from './bench/figures.ts';
import { ResilientBrowser } from './bench/resilient-browser.ts';
import { writeClaimSharePages } from '../src/integrations/claim-share-pages.ts';
import type { ClaimsExport } from '../src/lib/exports/claims-export.ts';
import { serveStatic } from './static-server.ts';
import { buildSite } from './build-site.ts';
import { LOCAL_SITE_URL } from '../src/site.ts';
import { cardsRow, lastCardsReport, measureCardCost, seedClaimsJson } from './bench/cards.ts';
import type { CardsReport } from '../src/integrations/claim-cards.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string' }, 'landing-loads': { type: 'string' }, quick: { type: 'boolean', default: false }, 'write-docs': { type: 'boolean', default: false } },
});
const QUICK = values.quick;
const N = Number(values.articles ?? (QUICK ? 10 : 200));
const LANDING_LOADS = Number(values['landing-loads'] ?? (QUICK ? 1 : 20));
/** Fresh browsers per first search (the median is taken), and fresh loads per width for the main thread. */
const SEARCH_RUNS = QUICK ? 1 : 5;
const TASK_LOADS = QUICK ? 2 : 10;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gb = (bytes: number) => (bytes / 1e9).toFixed(1);
const ARTICLE = '/articles/color-revolution-in-kazakhstan-2022/';
const QUERY = 'Masimov';

const figures: BenchFigures = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  cores: availableParallelism(),
  load: loadavg()[0]!,
  retries: 0,
};
const json: Record<string, unknown> = {};

/** Measures one section and prints it at once; a section that fails says so, and the bench goes on. */
async function section<T>(title: string, measure: () => Promise<T>, show: (value: T) => void): Promise<T | undefined> {
  console.log(`\n${title}`);
  const start = performance.now();
  try {
    const value = await measure();
    show(value);
    console.log(`(measured in ${((performance.now() - start) / 1000).toFixed(0)} s)`);
    return value;
  } catch (error) {
    console.error(`Not measured: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return undefined;
  }
}

async function timeBuild(): Promise<number> {
  const built = await buildSite({ outDir: 'dist' });
  if (!built.ok) throw new Error(`The site did not build:\n${built.output}`);
  return built.seconds;
}

const searchRow = (s: FirstSearch & { runs: number; fastestMs: number; slowestMs: number }) => ({
  requests: s.requests,
  'KB fetched': kb(s.bytes),
  'KB gzip': kb(s.gzipBytes),
  'ms to first result (median)': s.msToFirstResult.toFixed(0),
  [`fastest – slowest of ${s.runs}`]: `${s.fastestMs.toFixed(0)} – ${s.slowestMs.toFixed(0)}`,
});

for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(cache, { recursive: true, force: true });
let buildCards: { cold: CardsReport; warm: CardsReport } | undefined;
const build = await section(
  'Build (seconds)',
  async () => {
    const cold = await timeBuild();
    const coldCards = lastCardsReport('content');
    const warm = await timeBuild();
    buildCards = { cold: coldCards, warm: lastCardsReport('content') };
    return { cold, warm };
  },
  (b) => console.table({ cold: b.cold.toFixed(2), warm: b.warm.toFixed(2) }),
);
figures.build = build;

const cardCost = await section(
  "Link previews' cards (src/lib/cards): the seed's 200 claims, its article and the site",
  () => measureCardCost(seedClaimsJson('dist')),
  (cost) => {
    if (buildCards) console.table({ 'cold build': cardsRow(buildCards.cold), 'warm build': cardsRow(buildCards.warm) });
    console.log(`One claim card, drawn alone on one thread (${cost.cards} cards): ${cost.cpuMsPerCard.toFixed(1)} ms of CPU, ${cost.wallMsPerCard.toFixed(1)} ms; PNG ${kb(cost.meanBytes)} KB on average, ${kb(cost.maxBytes)} KB at most.`);
    console.log('Budgets: every card at most 100 KB; a warm build draws none.');
  },
);
json.cards = { build: buildCards, cost: cardCost };

const pages = await section(
  'Article pages on load (KB gzip unless said)',
  async () => measurePageWeights('dist'),
  (all) => {
    console.table(
      Object.fromEntries(
        all.map((p) => [
          p.slug,
          {
            'HTML raw': kb(p.htmlBytes),
            HTML: kb(p.htmlGzip),
            CSS: kb(p.cssGzip),
            JS: kb(p.jsGzip),
            total: kb(p.htmlGzip + p.cssGzip + p.jsGzip),
            'floor (words + addresses, no markup)': kb(p.contentGzip),
            'total / floor': ((p.htmlGzip + p.cssGzip + p.jsGzip) / p.contentGzip).toFixed(2),
            'total, Brotli': kb(p.totalBrotli),
            'web fonts': p.webFonts ? 'yes' : 'none',
            'words (text+notes)': `${p.textWords}+${p.noteWords}`,
            'HTML KB / 1000 words': p.htmlGzipKbPerThousandWords.toFixed(2),
          },
        ]),
      ),
    );
    console.log('Budgets: HTML+CSS+JS on load at most 1.6× the floor (nearest honest target: total − floor ≤ 28 KB); 6 KB gzip of JS on load; no blocking web fonts.');
  },
);
json.pages = pages;
figures.page = pages?.find((p) => ARTICLE.includes(p.slug));

const browser = new ResilientBrowser();
const site = await serveStatic('dist');
try {
  const firstSearch = await section(
    `First search ("${QUERY}": the header box on the article page, and /search/; median of ${SEARCH_RUNS})`,
    async () => ({
      header: await measureFirstSearchMedian(browser, `${site.url}${ARTICLE}`, QUERY, 'header', undefined, SEARCH_RUNS),
      page: await measureFirstSearchMedian(browser, `${site.url}/search/`, QUERY, 'page', undefined, SEARCH_RUNS),
      paced: await measureFirstSearchMedian(browser, `${site.url}${ARTICLE}`, QUERY, 'header', AT_A_READERS_PACE, SEARCH_RUNS),
    }),
    (s) => {
      console.table({ 'header box': searchRow(s.header), '/search/': searchRow(s.page), 'header box, a key every 150 ms': searchRow(s.paced) });
      console.log('Budgets: at most 120 KB gzip fetched at one article; first result within 300 ms (both boxes wait 120 ms after the last keystroke).');
      console.log("Typed at once, the header box times mostly Pagefind's start; a key every 150 ms is a reader's pace, and its KB are every search made while typing.");
    },
  );
  json.firstSearch = firstSearch;
  if (firstSearch) figures.firstSearch = { ...firstSearch, runs: SEARCH_RUNS };

  figures.lighthouse = await section(
    'Lighthouse, mobile defaults, the article page (out of 100)',
    async () => {
      try {
        return await runLighthouse(`${site.url}${ARTICLE}`);
      } catch (error) {
        console.warn(`  (Lighthouse failed, and tries once more: ${error instanceof Error ? error.message : String(error)})`);
        figures.retries += 1;
        return runLighthouse(`${site.url}${ARTICLE}`);
      }
    },
    (scores) => {
      console.table(scores);
      console.log('Budget: 100 in all four categories.');
    },
  );

  figures.loadTasks = await section(
    `The article loading: its main thread, ${TASK_LOADS} fresh loads at each width`,
    async () => ({ '1440 px': await measureLoadTasks(browser, `${site.url}${ARTICLE}`, 1440, TASK_LOADS), '375 px': await measureLoadTasks(browser, `${site.url}${ARTICLE}`, 375, TASK_LOADS) }),
    (tasks) => {
      console.table(tasks);
      console.log('Budget: no task over 200 ms while the article loads at 1440 px.');
    },
  );

  figures.landing = await section(
    `Shared links (8 links × ${LANDING_LOADS} fresh loads in each setting; landed = target in view at load and 2 s later)`,
    () => measureLanding(browser, `${site.url}${ARTICLE}`, LANDING_LOADS),
    (landing) => {
      console.table(landing);
      console.log('Budget: every load lands.');
    },
  );

  figures.drift = await section(
    'Margin marks: distance from each mark’s centre to its claim’s first line (px)',
    async () => ({ '1440 px': await measureDrift(browser, `${site.url}${ARTICLE}`, 1440), '1100 px': await measureDrift(browser, `${site.url}${ARTICLE}`, 1100) }),
    (drift) => {
      console.table(drift);
      console.log('Budget: at most 40 px for every claim.');
    },
  );
} finally {
  await site.close();
}

/** One generated corpus of `n` articles: built in full and after one note, its share pages alone, and its first searches. */
async function measureCorpus(n: number): Promise<ScaleFigure & { shareSeconds: number; cards: { cold: CardsReport; warm: CardsReport } }> {
  generateCorpus('bench-results/corpus', n);
  // The scale runs keep the articles' cards only (CARDS=articles, an archive's setting); the smallest
  // corpus is measured with every claim's card as well (withClaimCards below).
  const { seconds, peakBytes, peakByProgram, indexBytes, claims } = await buildCorpus('bench-results/corpus', 'bench-results/corpus-dist', 'articles');
  const coldCards = lastCardsReport('bench-results/corpus');
  const rebuild = await rebuildAfterOneNote('bench-results/corpus', 'bench-results/corpus-dist', 'articles');
  const cards = { cold: coldCards, warm: lastCardsReport('bench-results/corpus') };
  // The share pages were written by the full build; writing them again, alone, gives their part of its time.
  const shareStart = performance.now();
  writeClaimSharePages('bench-results/corpus-dist', { url: LOCAL_SITE_URL, base: '/' }, 'articles');
  const shareSeconds = (performance.now() - shareStart) / 1000;
  // Most names are swapped, so a small corpus may hold "Masimov" in none of its claims (what the
  // claims' records hold, src/lib/search/claim-group-record.ts): it is searched for another name it holds.
  const texts = readdirSync('bench-results/corpus-dist/articles').flatMap((slug) =>
    (JSON.parse(readFileSync(`bench-results/corpus-dist/articles/${slug}/claims.json`, 'utf8')) as ClaimsExport).claims.flatMap((claim) => [claim.text, claim.sentence, claim.noteText]),
  );
  const query = [QUERY, ...NAMES].find((name) => texts.some((part) => part?.includes(name)));
  const notMeasured = { msToFirstResult: NaN, fastestMs: NaN, slowestMs: NaN, gzipBytes: NaN };
  if (query !== QUERY) console.log(query ? `No claim of the ${n}-article corpus holds "${QUERY}": searched for "${query}" instead.` : `No claim of the ${n}-article corpus holds a name: no first search.`);
  const corpusSite = await serveStatic('bench-results/corpus-dist');
  try {
    const first = `${corpusSite.url}/articles/generated-0001/`;
    const search = query ? await measureFirstSearchMedian(browser, first, query, 'header', undefined, SEARCH_RUNS) : notMeasured;
    const page = query ? await measureFirstSearchMedian(browser, `${corpusSite.url}/search/`, query, 'page', undefined, SEARCH_RUNS) : notMeasured;
    const paced = query ? await measureFirstSearchMedian(browser, first, query, 'header', AT_A_READERS_PACE, SEARCH_RUNS) : notMeasured;
    return { articles: n, claims, seconds, peakBytes, peakByProgram, rebuild, shareSeconds, cards, indexBytes, query: query ?? '', search, page, paced };
  } finally {
    await corpusSite.close();
  }
}

const scaleRow = (s: Awaited<ReturnType<typeof measureCorpus>>, base: ScaleFigure) => ({
  'claims per article': (s.claims / s.articles).toFixed(0),
  'build (s)': s.seconds.toFixed(1),
  'claim share pages alone (s; made beside the pages)': s.shareSeconds.toFixed(1),
  'cards, cold; rebuild (CARDS=articles)': `${cardsRow(s.cards.cold)}; ${cardsRow(s.cards.warm)}`,
  "peak memory, GB (all processes; Astro's, Pagefind's)": `${gb(s.peakBytes)} (${gb(s.peakByProgram.node ?? 0)}, ${gb(s.peakByProgram.pagefind ?? 0)})`,
  'rebuild after one note (s, % of build)': `${s.rebuild.seconds.toFixed(1)}, ${((s.rebuild.seconds / s.seconds) * 100).toFixed(0)}%`,
  's / article': (s.seconds / s.articles).toFixed(3),
  'index (MB)': (s.indexBytes / 1024 / 1024).toFixed(1),
  'first search KB gzip (box, /search/, a key every 150 ms)': `${kb(s.search.gzipBytes)}, ${kb(s.page.gzipBytes)}, ${kb(s.paced.gzipBytes)}`,
  'ms to first result (box, /search/, a key every 150 ms)': `${s.search.msToFirstResult.toFixed(0)}, ${s.page.msToFirstResult.toFixed(0)}, ${s.paced.msToFirstResult.toFixed(0)}`,
  'growth (build, index) vs smallest': `×${(s.seconds / base.seconds).toFixed(1)}, ×${(s.indexBytes / base.indexBytes).toFixed(1)} for ×${(s.articles / base.articles).toFixed(0)} articles`,
});

/** The smallest corpus with every claim's card (CARDS=all), cold and after one note: what claim cards add. */
async function withClaimCards(n: number) {
  generateCorpus('bench-results/corpus', n);
  const cold = await buildCorpus('bench-results/corpus', 'bench-results/corpus-dist', 'all');
  const coldCards = lastCardsReport('bench-results/corpus');
  const warm = await rebuildAfterOneNote('bench-results/corpus', 'bench-results/corpus-dist', 'all');
  return { articles: n, claims: cold.claims, cold: cold.seconds, coldCards, warm: warm.seconds, warmCards: lastCardsReport('bench-results/corpus') };
}

const steps = [...new Set([Math.max(1, Math.round(N / 10)), Math.max(1, Math.round(N / 2)), N])];
const scale: Awaited<ReturnType<typeof measureCorpus>>[] = [];
console.log(`\nScale: generated corpora of ${steps.join(', ')} articles (each a different draw of the seed’s paragraphs and claims, names swapped; see scripts/bench/corpus.ts)`);
try {
  json.withClaimCards = await section(`${steps[0]} article(s) with every claim's card (CARDS=all)`, () => withClaimCards(steps[0]!), (run) =>
    console.log(`${run.claims} claims: cold ${run.cold.toFixed(1)} s (${cardsRow(run.coldCards)}), a rebuild after one note ${run.warm.toFixed(1)} s (${cardsRow(run.warmCards)}).`),
  );
  for (const n of steps) {
    const measured = await section(`${n} article(s)`, () => measureCorpus(n), (s) => console.table({ [`${s.articles} articles`]: scaleRow(s, scale[0] ?? s) }));
    if (measured) scale.push(measured);
  }
} finally {
  await browser.close();
  rmSync('bench-results/corpus', { recursive: true, force: true });
  rmSync('bench-results/corpus-dist', { recursive: true, force: true });
}
figures.scale = scale;
console.log('Budgets: 1,000 articles of about 100 claims build and index in under 2 minutes on 2 cores; a rebuild after one changed note under 20% of the full build; the full build’s peak memory under 3 GB; at 1,000 articles the first search fetches at most 300 KB gzip, shows its first result within 300 ms, and grows by at most 10% from 500 articles.');

figures.retries += browser.retries;
if (browser.retries > 0) console.log(`\nLoads tried again after a crash: ${[...browser.retried].map(([what, count]) => `${count} ${what}`).join(', ')}.`);
const table = figuresTable(figures);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ ...json, figures, scale }, null, 2)}\n`);
writeFileSync('bench-results/figures.md', table);
console.log(`\n${table}\nWritten: bench-results/bench.json, bench-results/figures.md`);
if (values['write-docs']) {
  writeFiguresInto('docs/performance.md', table);
  console.log('Written: the figures table of docs/performance.md');
}
