import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { ARTICLE } from './browser.ts';

/*
 * What a link preview service sees: open-graph-scraper (what many unfurlers are built on) reads each
 * page a reader shares, from the served site, and finds a title, a description and a picture, which
 * is a PNG of the site, 1200×630 and at most 100 KB, and a large card.
 */

const fetched = async (path: string) => {
  const response = await fetch(new URL(path, inject('baseURL')));
  expect(response.status, path).toBe(200);
  return response;
};

interface Claim {
  id: string;
  text: string;
  kindLabel: string;
  share: string;
}

async function unfurl(path: string) {
  const html = await (await fetched(path)).text();
  const { result, error } = await ogs({ html });
  expect(error, path).toBe(false);
  const [image] = result.ogImage ?? [];
  return { result, image: image! };
}

/** The picture a page names, from the served site: its address names the site's, not the server's, host. */
async function picture(url: string) {
  const response = await fetched(new URL(url).pathname);
  expect(response.headers.get('content-type')).toMatch(/^image\/png/);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { bytes: bytes.length, ...(await sharp(bytes).metadata()) };
}

describe('every page a reader shares', () => {
  it.each(['/', ARTICLE, `${ARTICLE}changes/`, '/method/', '/search/'])('%s unfurls with a title, a description and a large card of the site', async (path) => {
    const { result, image } = await unfurl(path);
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription).toBeTruthy();
    expect(result.twitterCard).toBe('summary_large_image');
    expect(image.url).toMatch(/^https?:\/\//);
    expect(image).toMatchObject({ width: '1200', height: '630', type: 'image/png' });
    expect(image.alt).toBeTruthy();
    expect(await picture(image.url)).toMatchObject({ width: 1200, height: 630, format: 'png' });
    if (path.startsWith('/articles/')) expect(image.alt).toMatch(/\d+ opinion · \d+ sourced · \d+ unsourced/);
  });

  it('and every claim’s share page unfurls with its own card, whose words say its kind and its first words', async () => {
    const { claims } = (await (await fetched(`${ARTICLE}claims.json`)).json()) as { claims: Claim[] };
    expect(claims).toHaveLength(200);
    const images = new Set<string>();
    const largest = { bytes: 0, id: '' };
    for (const claim of claims) {
      const { result, image } = await unfurl(claim.share);
      expect(result.ogTitle, claim.id).toContain(claim.text.slice(0, 20));
      expect(result.ogDescription, claim.id).toBeTruthy();
      expect(result.twitterCard, claim.id).toBe('summary_large_image');
      expect(new URL(image.url).pathname, claim.id).toBe(`${ARTICLE}cards/${claim.id}.png`);
      expect(image.alt, claim.id).toContain(claim.kindLabel);
      expect(image.alt, claim.id).toContain(claim.text.split(/\s+/).slice(0, 4).join(' '));
      const drawn = await picture(image.url);
      expect(drawn, claim.id).toMatchObject({ width: 1200, height: 630, format: 'png' });
      expect(drawn.bytes, claim.id).toBeLessThanOrEqual(100 * 1024);
      if (drawn.bytes > largest.bytes) Object.assign(largest, { bytes: drawn.bytes, id: claim.id });
      images.add(image.url);
    }
    expect(images.size).toBe(claims.length);
  });
});

describe('the feed', () => {
  it('names its own address (atom:link rel="self"), as feed validators ask', async () => {
    const xml = await (await fetched('/feed.xml')).text();
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    const self = xml.match(/<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>/);
    expect(new URL(self![1]!).pathname).toBe('/feed.xml');
  });
});
