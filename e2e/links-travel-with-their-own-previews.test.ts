import jsonld from 'jsonld';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTICLE, BOTH_WIDTHS, inView, useBrowser, WIDE } from './browser.ts';

const browser = useBrowser();

const fetchText = async (path: string) => {
  const response = await fetch(new URL(path, inject('baseURL')));
  expect(response.status, path).toBe(200);
  return response.text();
};
const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content');

/**
 * The schema.org terms the site uses, as schema.org defines them (https://schema.org/ClaimReview and
 * the pages it links). Tests run offline, so the context is stated here: with `safe` expansion, a term
 * outside this list fails instead of vanishing.
 */
const SCHEMA = 'https://schema.org/';
const SCHEMA_TERMS = [
  'Article', 'ClaimReview', 'Claim', 'Rating', 'Organization', 'Person',
  'url', 'headline', 'inLanguage', 'author', 'editor', 'description', 'sourceOrganization', 'isBasedOn', 'datePublished', 'name',
  'claimReviewed', 'itemReviewed', 'appearance', 'reviewRating', 'alternateName', 'ratingExplanation',
];
const documentLoader = async (url: string) => {
  if (url !== 'https://schema.org') throw new Error(`unexpected context ${url}`);
  const context = Object.fromEntries(SCHEMA_TERMS.map((term) => [term, `${SCHEMA}${term}`]));
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { ...context, url: { '@id': `${SCHEMA}url`, '@type': '@id' } } } };
};
const expand = async (doc: object) => JSON.stringify(await jsonld.expand(doc, { documentLoader, safe: true }));
const jsonLdOf = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);

describe.each([
  ['the home page', '/', 'website'],
  ['the article', ARTICLE, 'article'],
  ['the method page', '/method/', 'website'],
  ['the search page', '/search/', 'website'],
])('%s', (_name, path, type) => {
  it('has a canonical address from SITE_URL, a description, and Open Graph and card metadata', async () => {
    const { page } = await browser.open(path);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(new URL(canonical).pathname).toBe(path);
    expect(new URL(canonical).origin).not.toBe(new URL(inject('baseURL')).origin);
    expect(await meta(page, 'meta[name="description"]')).toBeTruthy();
    expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
    expect(await meta(page, 'meta[property="og:type"]')).toBe(type);
    expect(await meta(page, 'meta[property="og:title"]')).toBe(await page.title());
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(new URL((await meta(page, 'meta[property="og:image"]'))!).pathname).toBe(path.startsWith('/articles/') ? `${path}card.png` : '/card.png');
  });
});

describe('the article’s schema.org data', () => {
  it('describes it as an Article, and every term is schema.org’s (checked by a JSON-LD processor)', async () => {
    const { page } = await browser.open(ARTICLE);
    const doc = await jsonLdOf(page);
    const expanded = await expand(doc);
    expect(expanded).toContain(`"@type":["${SCHEMA}Article"]`);
    expect(expanded).toContain('Color Revolution In Kazakhstan 2022');
    expect(expanded).toContain(`${SCHEMA}author`);
  });
});

describe('a claim’s share link', () => {
  it('previews the claim: its words, its finding in words and the article’s title, with its own canonical address', async () => {
    const { claims } = JSON.parse(await fetchText(`${ARTICLE}claims.json`));
    const claim = claims.find((c: { id: string }) => c.id === 'gas-price-doubled');
    expect(claim.share).toBe(`${ARTICLE}claims/gas-price-doubled/`);
    const html = await fetchText(claim.share);
    for (const property of ['og:title', 'og:description', 'twitter:title']) {
      const content = html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))![1]!;
      expect(content, property).toContain(claim.text);
      expect(content, property).toContain('Sourced — public record, confirmed');
    }
    expect(html).toMatch(/<meta property="og:description" content="[^"]*Color Revolution In Kazakhstan 2022/);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${claim.share}">`));
  });

  it('carries a factual claim’s finding as a ClaimReview that a JSON-LD processor reads as schema.org', async () => {
    const { claims } = JSON.parse(await fetchText(`${ARTICLE}claims.json`));
    const claim = claims.find((c: { id: string }) => c.id === 'gas-price-doubled');
    const html = await fetchText(claim.share);
    const doc = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
    expect(doc).toMatchObject({ '@type': 'ClaimReview', claimReviewed: claim.text, reviewRating: { alternateName: 'Confirmed by the public record' } });
    expect(doc.itemReviewed.appearance.url).toMatch(new RegExp(`${ARTICLE}$`));
    expect(doc.reviewRating.ratingExplanation).toContain('/method/#record');
    // The basis in words, as the note's summary says it: the article's own source, or the public record.
    expect(doc.reviewRating.ratingExplanation).toMatch(new RegExp(`^${claim.finding}\\. `));
    expect(claim.finding).toMatch(/^Sourced — (the article cites its source|public record)/);
    const expanded = await expand(doc);
    for (const term of ['ClaimReview', 'claimReviewed', 'itemReviewed', 'reviewRating', 'alternateName', 'ratingExplanation']) expect(expanded, term).toContain(`${SCHEMA}${term}`);
  });

  it('gives an opinion no ClaimReview: it has no record to rate', async () => {
    const { claims } = JSON.parse(await fetchText(`${ARTICLE}claims.json`));
    const opinion = claims.find((c: { kind: string }) => c.kind === 'opinion');
    expect(await fetchText(opinion.share)).not.toContain('application/ld+json');
  });

  it.each(BOTH_WIDTHS)('opened by a person at %s, lands on the claim in the article at once, with or without JavaScript', async (_w, viewport) => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, close } = await browser.open(`${ARTICLE}claims/tokayev-20000-almaty/`, { viewport, javaScriptEnabled });
      await page.waitForURL(`**${ARTICLE}#tokayev-20000-almaty**`);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => location.hash)).toBe('#tokayev-20000-almaty');
      await expect.poll(() => page.$eval('#tokayev-20000-almaty', (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
      await close();
    }
  });
});

describe('a note’s “Copy link”', () => {
  const CLIPBOARD = { viewport: WIDE, permissions: ['clipboard-read', 'clipboard-write'] };

  it('copies the claim’s share link, which previews the claim and lands on its words', async () => {
    const { page } = await browser.open(`${ARTICLE}#gas-price-doubled`, CLIPBOARD);
    const button = page.locator('details.note[data-claim="gas-price-doubled"] .copy-link');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`${ARTICLE}claims/gas-price-doubled/`);
    await page.goto(copied, { waitUntil: 'load' });
    await page.waitForURL((url) => url.pathname === ARTICLE && url.hash.startsWith('#gas-price-doubled:~:text='));
    await expect.poll(() => inView(page, '#gas-price-doubled')).toBe(true);
    expect(await page.$eval('#gas-price-doubled', (el) => el.matches(':target'))).toBe(true);
  });

  it('copies, for every claim, the very share link the open data publishes', async () => {
    const { page } = await browser.open(ARTICLE, CLIPBOARD);
    const published = (await (await fetch(new URL(`${ARTICLE}claims.json`, inject('baseURL')))).json()) as { claims: { id: string; share: string }[] };
    for (const claim of [published.claims[1]!, published.claims[57]!, published.claims.at(-1)!]) {
      const note = page.locator(`details.note[data-claim="${claim.id}"]`);
      // From the claim's number in the text, as a reader opens it.
      await page.locator(`a.claim-ref[href="#${claim.id}"]`).click();
      await note.locator('.copy-link').click();
      await expect.poll(() => note.locator('.copy-link').textContent()).toBe('Link copied');
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.pathname).toBe(claim.share);
    }
  });
});

describe('the sitemap, the feed and robots.txt', () => {
  it('robots.txt points at the sitemap, which lists every article with the day it was last reviewed', async () => {
    const robots = await fetchText('/robots.txt');
    const sitemapUrl = robots.match(/^Sitemap: (.+)$/m)![1]!;
    const index = await fetchText(new URL(sitemapUrl).pathname);
    const part = index.match(/<loc>([^<]+)<\/loc>/)![1]!;
    const sitemap = await fetchText(new URL(part).pathname);
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ path: new URL(m[1]!).pathname, lastmod: m[2] }));
    expect(entries.map((e) => e.path)).toEqual(expect.arrayContaining(['/', ARTICLE, '/method/', '/search/']));
    expect(entries.find((e) => e.path === ARTICLE)!.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(entries.some((e) => e.path.startsWith('/404'))).toBe(false);
  });

  it('the feed has an item for each article, dated, saying how many claims of each kind it has', async () => {
    const feed = await fetchText('/feed.xml');
    const { claims } = JSON.parse(await fetchText(`${ARTICLE}claims.json`));
    const count = (kind: string) => claims.filter((c: { kind: string }) => c.kind === kind).length;
    const item = feed.match(/<item>(.*?)<\/item>/s)![1]!;
    expect(new URL(item.match(/<link>([^<]+)<\/link>/)![1]!).pathname).toBe(ARTICLE);
    expect(item).toMatch(/<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4}/);
    expect(item).toContain(`${claims.length} claims, ${count('sourced')} sourced, ${count('unsourced')} unsourced, ${count('opinion')} opinion`);
    const { page } = await browser.open('/');
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/feed.xml');
  });
});
