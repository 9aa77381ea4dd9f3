import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE, BOTH_WIDTHS, useBrowser } from './browser.ts';

/**
 * A screen reader hears each claim's number and kind as it reaches the claim's words, and no marker
 * link "to this claim" 200 times; a keyboard meets each claim once, at its note.
 */
const browser = useBrowser();

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The page's text as Chromium's accessibility tree gives it to a screen reader, in reading order. */
async function spokenText(page: Page): Promise<{ text: string; links: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const parts: string[] = [];
  const links: string[] = [];
  const walk = (node: AxNode) => {
    if (!node.ignored && node.role?.value === 'link') links.push(node.name?.value ?? '');
    // A heading is heard as its name, which folds in what CSS says before its words.
    if (!node.ignored && node.role?.value === 'heading') return void parts.push(node.name?.value ?? '');
    if (!node.ignored && node.role?.value === 'StaticText') parts.push(node.name?.value ?? '');
    for (const id of node.childIds ?? []) walk(byId.get(id)!);
  };
  walk(nodes[0]!);
  return { text: parts.join(''), links };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(BOTH_WIDTHS)('at %s', (_width, viewport) => {
  it('a screen reader hears “Claim N, kind:” just before each claim’s words, and no marker link', async () => {
    const { page } = await browser.open(ARTICLE, { viewport });
    const claims = await page.$$eval('.claim', (all) =>
      all.map((claim) => ({
        id: claim.id,
        kind: (claim as HTMLElement).dataset.kind!,
        number: document.querySelector(`.claim-ref[href="#${claim.id}"]`)?.textContent ?? '',
        opening: (claim.textContent ?? '').trim().split(/\s+/).slice(0, 3).join(' '),
      })),
    );
    const { text, links } = await spokenText(page);
    // A claim inside another is announced where it starts, which may be within the outer claim's opening.
    const label = '(?:Claim \\d+, \\w+: )*';
    const spoken = text.replace(/\s+/g, ' ');
    const unheard = claims.filter(
      ({ kind, number, opening }) => !new RegExp(`Claim ${number}, ${kind}: ${label}${opening.split(' ').map(escape).join(` ?${label}`)}`).test(spoken),
    );
    expect(claims.length).toBe(200);
    expect(unheard.map((c) => c.id)).toEqual([]);
    expect(links.filter((name) => /^\d+$|link to this claim/.test(name))).toEqual([]);
  });

  it('Tab meets each claim once, at its note’s summary, which names its number and kind', async () => {
    const { page } = await browser.open(ARTICLE, { viewport });
    await page.getByRole('link', { name: 'Skip to the text' }).focus();
    await page.keyboard.press('Enter');
    const stops: { what: string; claim?: string }[] = [];
    for (let i = 0; i < 1000; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement!;
        if (!active.closest('.article-body')) return null;
        const note = active.closest('details.note') as HTMLElement | null;
        return { what: active.className || active.tagName.toLowerCase(), claim: active.matches('summary') ? note?.dataset.claim : undefined };
      });
      if (!stop) break;
      stops.push(stop);
    }
    const claimsInBody = await page.locator('.article-body .claim').count();
    const paragraphs = await page.locator('.article-body .para-link').count();
    const headings = await page.locator('.article-body .heading-link').count();
    const references = await page.locator('.article-body a.ref-marker').count();
    // The first stop after "Skip to the text" is in the text itself, not 20 controls above it.
    expect(stops[0]?.what).toBe('para-link');
    expect(stops.filter((s) => s.what === 'claim-ref')).toEqual([]);
    expect(new Set(stops.flatMap((s) => (s.claim ? [s.claim] : []))).size).toBe(claimsInBody);
    expect(stops.length).toBeLessThanOrEqual(claimsInBody + paragraphs + headings + references);
  });
});

it('a note’s summary is heard as “Claim N Kind — basis”', async () => {
  const { page } = await browser.open(ARTICLE);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const names = nodes.filter((n) => !n.ignored && n.role?.value === 'DisclosureTriangle').map((n) => n.name?.value ?? '');
  expect(names).toContain('Claim 59 Sourced — public record, confirmed in part');
});
