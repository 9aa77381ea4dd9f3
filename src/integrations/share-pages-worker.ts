import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { sharePagesKey, sharePagesPath, writeArticleSharePages } from '../lib/share-pages/article-share-pages.ts';
import { isKept } from '../lib/build-cache/kept-output.ts';
import type { SiteAddress } from '../site.ts';
import type { CardSetting } from '../lib/cards/card-setting.ts';

export interface SharePagesWork {
  /** Each article's `claims.json` as the content loader wrote it. */
  articles: { slug: string; file: string }[];
  version: string;
  site: SiteAddress;
  /** Which card each page names (src/lib/cards/card-setting.ts). */
  cards: CardSetting;
  /** Where the last build's folders are kept (kept-output.ts): a folder kept there is not made again. */
  kept: string;
  /** Where to make the others, each in `<slug>.<key>`. */
  made: string;
}

/** What the worker found for each article: its folder's key and, if it made the folder, where and how many pages. */
export type SharePagesDone = Record<string, { key: string; made?: { folder: string; pages: number } }>;

// Run on a worker thread by claim-share-pages.ts while Astro renders the pages: the share pages'
// files are most of their cost, and the page rendering leaves the other core to this and Pagefind.
if (parentPort) {
  const work = workerData as SharePagesWork;
  const done: SharePagesDone = {};
  for (const { slug, file } of work.articles) {
    const text = readFileSync(file, 'utf8');
    const key = sharePagesKey(work.version, text);
    if (isKept(work.kept, sharePagesPath(slug), key)) {
      done[slug] = { key };
      continue;
    }
    const folder = join(work.made, `${slug}.${key}`);
    rmSync(folder, { recursive: true, force: true });
    done[slug] = { key, made: { folder, pages: writeArticleSharePages(text, folder, work.site, work.cards) } };
  }
  parentPort.postMessage(done);
}
