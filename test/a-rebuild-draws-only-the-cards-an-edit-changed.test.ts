import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CardsReport, cardsReportFile, claimCards } from '../src/integrations/claim-cards.ts';
import { articleFilesFolder, keepOnlyArticleFiles } from '../src/lib/build-cache/article-files.ts';
import { runArticleJob } from '../src/loaders/article-job.ts';
import { sampleCorpus } from './content-helpers.ts';

const SITE = 'http://127.0.0.1:4321/';
const scratch = mkdtempSync(join(tmpdir(), 'cards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const corpus = sampleCorpus();
const cacheDir = join(scratch, 'cache');
const out = join(scratch, 'dist');
const files = articleFilesFolder(cacheDir, corpus.root);

/**
 * What a build does with the cards, hook by hook, over the last build's cache and output (as on an
 * editor's machine or a host that keeps the build cache): the loader writes the sample article's files,
 * the site gets its claims.json, and the cards' integration runs from the build's start to its end.
 */
async function build(cards = 'all'): Promise<CardsReport> {
  // The loader's part: the article's files, named by its digest, the last build's removed.
  const result = await runArticleJob({ slug: 'sample', index: 0, compile: { ownFiles: corpus.read('annotations.yaml') } }, { root: corpus.root, site: { url: SITE, base: '/' }, pipeline: 'test', files });
  expect(result.problems).toEqual([]);
  const entry = result.entry!.data;
  await keepOnlyArticleFiles(files, [entry]);
  // Astro empties the output folder before each build; the integration has moved out what it keeps.
  const logger = { info: () => undefined, warn: (message: string) => { throw new Error(message); } } as unknown as AstroIntegrationLogger;
  const hooks = claimCards({ contentDir: corpus.root, cards }).hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { site: SITE, base: '/', outDir: pathToFileURL(`${out}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
  await hooks['astro:build:start']!({ logger });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'articles', 'sample'), { recursive: true });
  writeFileSync(join(out, 'articles', 'sample', 'claims.json'), readFileSync(entry.claimsJsonFile));
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
  return JSON.parse(readFileSync(cardsReportFile(cacheDir), 'utf8')) as CardsReport;
}

const claimIds = () => (JSON.parse(readFileSync(join(out, 'articles', 'sample', 'claims.json'), 'utf8')) as { claims: { id: string }[] }).claims.map(({ id }) => id);

let cold: CardsReport;
let warm: CardsReport;
let edited: CardsReport;
let articlesOnly: CardsReport;
let cardsAfterEdit: Map<string, Buffer>;
let claimsAfterEdit: string[];
beforeAll(async () => {
  cold = await build();
  warm = await build();
  // An editor changes what the record says of one claim (its note's finding, which its card shows).
  corpus.edit('annotations.yaml', (text) => text.replace('    record: confirmed\n', '    record: qualified\n').replace('the price rose *from 60 to 120* tenge.', 'the price rose *from 60 to 120* tenge in one region.'));
  edited = await build();
  const cards = readdirSync(join(out, 'articles', 'sample', 'cards')).map((name) => join('articles', 'sample', 'cards', name));
  cardsAfterEdit = new Map([...cards, 'card.png', join('articles', 'sample', 'card.png')].map((file) => [file, readFileSync(join(out, file))]));
  claimsAfterEdit = claimIds();
  articlesOnly = await build('articles');
}, 120_000);

describe('the cards of a build', () => {
  it('are all drawn the first time: each claim’s, the article’s and the site’s', () => {
    expect(cold).toMatchObject({ drawn: 5 + 1 + 1, reused: 0, setting: 'all' });
  });

  it('are all reused when nothing changed', () => {
    expect(warm).toMatchObject({ drawn: 0, reused: 7 });
  });

  it('after one note’s finding is edited, draw exactly one card, that claim’s', () => {
    expect(edited).toMatchObject({ drawn: 1, reused: 6 });
  });

  it('stand in the site, one per claim, each a 1200×630 PNG of at most 100 KB', async () => {
    const claimCards = [...cardsAfterEdit.keys()].filter((file) => file.includes('/cards/'));
    expect(claimCards.sort()).toEqual(claimsAfterEdit.map((id) => join('articles', 'sample', 'cards', `${id}.png`)).sort());
    for (const [file, png] of cardsAfterEdit) {
      expect(png.length, file).toBeLessThanOrEqual(100 * 1024);
      expect(await sharp(png).metadata(), file).toMatchObject({ width: 1200, height: 630, format: 'png' });
    }
  });

  it('with CARDS=articles, are only the articles’ and the site’s', () => {
    expect(articlesOnly).toMatchObject({ drawn: 0, reused: 2, setting: 'articles' });
    expect(existsSync(join(out, 'articles', 'sample', 'cards'))).toBe(false);
    expect(existsSync(join(out, 'articles', 'sample', 'card.png'))).toBe(true);
  });
});
