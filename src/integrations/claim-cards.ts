import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CardSite, type CardSpec, articleCardSpec, claimCardSpecs, layoutOf, siteCardSpec } from '../lib/cards/article-cards.ts';
import { claimCardsFolder } from '../lib/cards/card-paths.ts';
import { cardSetting } from '../lib/cards/card-setting.ts';
import { SITE_NAME } from '../site.ts';
import { drawCard } from '../lib/cards/draw-card.ts';
import type { ClaimsExport } from '../lib/exports/claims-export.ts';
import { articleFilesFolder, listExportFiles } from '../lib/build-cache/article-files.ts';
import { cardStoreFolder, hasCard, keepOnlyCards, placeCard, saveCard } from '../lib/build-cache/card-store.ts';
import { keepLastOutput, placeOutput } from '../lib/build-cache/kept-output.ts';
import { type DrawnCards, drawCards } from './draw-cards.ts';
import { DEV_CARD_LINKS } from './card-routes/dev-card-links.ts';


/** What the last build did with the cards, for the benchmark: `<cache>/cards-last-build.json`. */
export interface CardsReport {
  drawn: number;
  reused: number;
  /** Milliseconds of a drawing thread for each card drawn (a busy machine stretches it; `npm run bench` measures CPU alone). */
  msPerCard: number;
  threads: number;
  setting: string;
}
export const cardsReportFile = (cacheDir: string) => join(cacheDir, 'cards-last-build.json');

const readExport = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ClaimsExport;

/** Every card of a site, from its articles' `claims.json`: the site's, each article's and (unless `CARDS=articles`) each claim's. */
function siteCards(articles: readonly ClaimsExport[], site: CardSite, setting: ReturnType<typeof cardSetting>) {
  return {
    site: siteCardSpec(articles, site),
    articles: articles.map((exported) => ({
      slug: exported.article.slug,
      card: articleCardSpec(exported, site),
      claims: setting === 'all' ? [...claimCardSpecs(exported, site, setting).values()] : [],
    })),
  };
}
type SiteCards = ReturnType<typeof siteCards>;
const allSpecs = (cards: SiteCards): CardSpec[] => [cards.site, ...cards.articles.flatMap(({ card, claims }) => [card, ...claims])];

/** The site path of a card (under the base path), as a path in the built site's folder. */
const fileIn = (out: string, base: string, path: string) => join(out, path.slice(base.length));

/**
 * Draws the link previews' cards (src/lib/cards/): each claim's, each article's and the site's, as PNGs
 * at the addresses of card-paths.ts. When the build starts, the cards the store does not hold yet are
 * drawn on worker threads (draw-cards.ts) while Astro builds the pages; when it is done, each card is
 * linked into the site from the store, and an article whose claim cards are all unchanged gets its
 * last build's folder of them back in one move (kept-output.ts), as its share pages do. Whatever the
 * threads did not draw (they failed, or an article changed between the two) is drawn then.
 * In `astro dev`, the same addresses are routes that draw the card on request (card-routes/), and each
 * note links to its claim's card (dev-card-links.ts), so that an editor sees it before it is published.
 */
export function claimCards({ contentDir, cards }: { contentDir: string; cards: string | undefined }): AstroIntegration {
  const setting = cardSetting(cards);
  let cacheDir = '';
  let outDir = '';
  let store = '';
  let kept = '';
  let site: CardSite = { name: SITE_NAME, base: '/' };
  let ahead: Promise<DrawnCards | Error> = Promise.resolve({ drawn: 0, msPerCard: 0, threads: 0 });
  return {
    name: 'claim-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, injectScript }) => {
        if (command !== 'dev') return;
        injectScript('page', DEV_CARD_LINKS);
        injectRoute({ pattern: '/card.png', entrypoint: new URL('./card-routes/site-card.png.ts', import.meta.url), prerender: true });
        injectRoute({ pattern: '/articles/[slug]/card.png', entrypoint: new URL('./card-routes/article-card.png.ts', import.meta.url), prerender: true });
        injectRoute({ pattern: '/articles/[slug]/cards/[id].png', entrypoint: new URL('./card-routes/claim-card.png.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        store = cardStoreFolder(cacheDir);
        kept = join(cacheDir, 'claim-cards');
        site = { name: SITE_NAME, base: config.base.endsWith('/') ? config.base : `${config.base}/` };
      },
      'astro:build:start': async () => {
        keepLastOutput(kept, outDir);
        const files = await listExportFiles(articleFilesFolder(cacheDir, resolve(contentDir)), 'claims.json');
        const unique = new Map<string, CardSpec>();
        for (const spec of allSpecs(siteCards(files.map(({ file }) => readExport(file)), site, setting))) if (!hasCard(store, spec.key)) unique.set(spec.key, spec);
        ahead = drawCards([...unique.values()], store).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const threads = await ahead;
        if (threads instanceof Error) logger.warn(`drew the cards after the build instead: ${threads.message}`);
        const drawnAhead = threads instanceof Error ? { drawn: 0, msPerCard: 0, threads: 0 } : threads;
        const slugs = existsSync(join(out, 'articles')) ? readdirSync(join(out, 'articles')).filter((slug) => existsSync(join(out, 'articles', slug, 'claims.json'))) : [];
        const cards = siteCards(slugs.map((slug) => readExport(join(out, 'articles', slug, 'claims.json'))), site, setting);
        // What the threads did not draw is drawn here, one card after another.
        let drawnAfter = 0;
        const start = performance.now();
        const used = new Set<string>();
        for (const spec of allSpecs(cards)) {
          if (!used.has(spec.key) && !hasCard(store, spec.key)) {
            saveCard(store, spec.key, await drawCard(layoutOf(spec.drawing)));
            drawnAfter++;
          }
          used.add(spec.key);
        }
        const afterMs = performance.now() - start;
        placeCard(store, cards.site.key, fileIn(out, site.base, cards.site.path));
        for (const { card } of cards.articles) placeCard(store, card.key, fileIn(out, site.base, card.path));
        const folders = cards.articles
          .filter(({ claims }) => claims.length > 0)
          .map(({ slug, claims }) => ({ slug, claims, path: claimCardsFolder(slug), key: createHash('sha256').update(claims.map(({ path, key }) => `${path} ${key}`).join('\n')).digest('hex').slice(0, 16) }));
        const bySlug = new Map(folders.map((folder) => [folder.path, folder]));
        placeOutput(kept, out, folders, (path, target) => {
          mkdirSync(target, { recursive: true });
          for (const spec of bySlug.get(path)!.claims) placeCard(store, spec.key, fileIn(out, site.base, spec.path));
        });
        keepOnlyCards(store, used);
        const drawn = drawnAhead.drawn + drawnAfter;
        const report: CardsReport = {
          drawn,
          reused: Math.max(0, used.size - drawn),
          msPerCard: drawn ? (drawnAhead.msPerCard * drawnAhead.drawn + afterMs) / drawn : 0,
          threads: drawnAhead.threads,
          setting,
        };
        writeFileSync(cardsReportFile(cacheDir), `${JSON.stringify(report)}\n`);
        logger.info(`cards (${setting}): drew ${report.drawn} (${report.msPerCard.toFixed(0)} ms of a thread each, on ${report.threads} thread(s) beside the pages), reused ${report.reused}`);
      },
    },
  };
}
