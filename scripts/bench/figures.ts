import { readFileSync, writeFileSync } from 'node:fs';

/*
 * The figures table of docs/performance.md: what `npm run bench` measured, against the budgets, in
 * one table that the bench writes (bench-results/figures.md) and, with --write-docs, puts in place of
 * the one in the docs. What a run did not measure says so.
 */

export interface FirstSearchFigure {
  gzipBytes: number;
  msToFirstResult: number;
}

export interface ScaleFigure {
  articles: number;
  claims: number;
  seconds: number;
  peakBytes: number;
  peakByProgram: Record<string, number>;
  rebuild: { seconds: number };
  indexBytes: number;
  /** What the first search typed: "Masimov", or a name a small corpus holds. */
  query: string;
  search: FirstSearchFigure;
  page: FirstSearchFigure;
  paced: FirstSearchFigure;
}

export interface BenchFigures {
  /** The command that measured them, and the machine. */
  command: string;
  cores: number;
  load: number;
  build?: { cold: number; warm: number };
  page?: { htmlGzip: number; cssGzip: number; jsGzip: number; contentGzip: number };
  firstSearch?: { header: FirstSearchFigure; page: FirstSearchFigure; paced: FirstSearchFigure; runs: number };
  lighthouse?: Record<string, number>;
  loadTasks?: Record<string, { 'longest task, median (ms)': number; 'loads with a task over 200 ms': number; loads: number }>;
  landing?: Record<string, { loads: number; landed: number }>;
  drift?: Record<string, { max: number }>;
  scale?: ScaleFigure[];
  retries: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gb = (bytes: number) => (bytes / 1e9).toFixed(1);
const NOT_MEASURED = 'not measured';
const search = (s: FirstSearchFigure) => (Number.isNaN(s.msToFirstResult) ? NOT_MEASURED : `${kb(s.gzipBytes)} KB gzip, ${s.msToFirstResult.toFixed(0)} ms`);
const growth = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(0)}%`;

/** The table's rows: what, its budget, what was measured. */
function rows(f: BenchFigures): [string, string, string][] {
  const page = f.page;
  const total = page ? page.htmlGzip + page.cssGzip + page.jsGzip : 0;
  const largest = f.scale?.at(-1);
  const before = f.scale?.at(-2);
  const landed = f.landing ? Object.values(f.landing).reduce((sum, row) => ({ loads: sum.loads + row.loads, landed: sum.landed + row.landed }), { loads: 0, landed: 0 }) : undefined;
  return [
    ['build of the site, cold / warm', '', f.build ? `${f.build.cold.toFixed(1)} s / ${f.build.warm.toFixed(1)} s` : NOT_MEASURED],
    ['article page on load: HTML, CSS, JS', '', page ? `${kb(page.htmlGzip)} + ${kb(page.cssGzip)} + ${kb(page.jsGzip)} = ${kb(total)} KB gzip` : NOT_MEASURED],
    ['its total over its floor (words and addresses alone)', 'at most 1.6×; nearest honest target: total − floor ≤ 28 KB', page ? `${(total / page.contentGzip).toFixed(2)}×; total − floor ${kb(total - page.contentGzip)} KB` : NOT_MEASURED],
    ['JavaScript on load', 'at most 6 KB gzip', page ? `${kb(page.jsGzip)} KB gzip` : NOT_MEASURED],
    [`first search, one article: header box, typed at once (median of ${f.firstSearch?.runs ?? '–'})`, 'at most 120 KB, 300 ms', f.firstSearch ? search(f.firstSearch.header) : NOT_MEASURED],
    ['… on /search/', 'at most 120 KB, 300 ms', f.firstSearch ? search(f.firstSearch.page) : NOT_MEASURED],
    ['… header box, a key every 150 ms', 'at most 120 KB, 300 ms', f.firstSearch ? search(f.firstSearch.paced) : NOT_MEASURED],
    ['Lighthouse, mobile: performance, accessibility, best practices, SEO', '100 each', f.lighthouse ? ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => f.lighthouse![id] ?? '–').join(', ') : NOT_MEASURED],
    [
      'longest task while the article loads, 1440 px / 375 px (median)',
      'at most 200 ms at 1440 px',
      f.loadTasks ? Object.values(f.loadTasks).map((row) => `${row['longest task, median (ms)']} ms`).join(' / ') : NOT_MEASURED,
    ],
    ['shared links that land and stay', 'every load', landed ? `${landed.landed} of ${landed.loads}` : NOT_MEASURED],
    ['margin marks from their claim’s line, 1440 / 1100 px (largest)', 'at most 40 px', f.drift ? Object.values(f.drift).map((row) => `${row.max} px`).join(' / ') : NOT_MEASURED],
    ...(largest
      ? ([
          [`full build, ${largest.articles.toLocaleString('en-GB')} articles (${Math.round(largest.claims / largest.articles)} claims each)`, '2 minutes at 1,000 articles', `${largest.seconds.toFixed(0)} s`],
          ['… rebuild after one note', 'under 20% of the full build', `${largest.rebuild.seconds.toFixed(0)} s (${((largest.rebuild.seconds / largest.seconds) * 100).toFixed(0)}%)`],
          [
            '… peak memory, all processes (Astro; Pagefind)',
            'under 3 GB',
            `${gb(largest.peakBytes)} GB (${gb(largest.peakByProgram.node ?? 0)}; ${gb(largest.peakByProgram.pagefind ?? 0)})`,
          ],
          ['… search index', '', `${(largest.indexBytes / 1024 / 1024).toFixed(1)} MB`],
          [`… first search for “${largest.query}”: header box / /search/ / a key every 150 ms`, 'at most 300 KB, 300 ms', `${search(largest.search)} / ${search(largest.page)} / ${search(largest.paced)}`],
          ...(before && before.query === largest.query && !Number.isNaN(before.search.gzipBytes)
            ? [[`… its growth from ${before.articles.toLocaleString('en-GB')} articles (header box)`, 'at most 10%', growth(before.search.gzipBytes, largest.search.gzipBytes)] as [string, string, string]]
            : []),
        ] as [string, string, string][])
      : [['generated corpora', '', NOT_MEASURED] as [string, string, string]]),
    ['loads tried again after a crash', '', String(f.retries)],
  ];
}

/** The table, in Markdown, with the command and the machine it was measured with. */
export function figuresTable(f: BenchFigures): string {
  const lines = rows(f).map(([what, budget, measured]) => `| ${what} | ${budget} | ${measured} |`);
  return [
    `Measured with \`${f.command}\` on ${f.cores} cores (load average ${f.load.toFixed(1)} as it started).`,
    '',
    '| | budget | measured |',
    '|---|---|---|',
    ...lines,
    '',
  ].join('\n');
}

const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';

/** Puts the table in place of the one between the markers of a Markdown file. */
export function writeFiguresInto(file: string, table: string): void {
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${file} has no ${START} … ${END} to write the figures between`);
  writeFileSync(file, `${text.slice(0, from + START.length)}\n${table}${text.slice(to)}`);
}
