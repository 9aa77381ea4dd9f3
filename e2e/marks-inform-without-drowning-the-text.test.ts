import { describe, expect, it } from 'vitest';
import { ARTICLE, notesPlaced, useBrowser } from './browser.ts';

/**
 * The densest paragraph reads calmly and still shows what each claim is: by default the words as
 * published, each claim followed by its number and its kind's shape; a claim's words shown when the
 * reader points at its number or its mark, reads its note or arrives at it; every claim underlined,
 * a claim inside another apart from it, in the view that asks for it; every number on the line of its
 * claim's last word, and a pointer target 24 × 24 px at least.
 */
const browser = useBrowser();

const WIDTHS = [1440, 1100, 375, 320];

describe.each(WIDTHS)('at %i px', (width) => {
  it('keeps every number on the line of its claim’s last word, nested ones in reading order', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: { width, height: 900 } });
    const wrapped = await page.$$eval('.article-body .claim', (claims) =>
      claims.flatMap((claim) => {
        const marker = document.querySelector(`a.claim-ref[href="#${CSS.escape(claim.id)}"]`);
        if (!marker) return [`${claim.id}: no number`];
        const lines = claim.getClientRects();
        const last = lines[lines.length - 1]!;
        const mark = marker.getClientRects()[0]!;
        // Superscript sits higher than the text: the same line means overlapping vertical extents.
        return mark.top < last.bottom && mark.bottom > last.top ? [] : [`${claim.id}: claim ends at ${Math.round(last.bottom)}, number at ${Math.round(mark.top)}`];
      }),
    );
    expect(wrapped).toEqual([]);
    // Numbers that follow one another stand in reading order: "●4 ●6 ●7", never "●7 ●6 ●4".
    const descending = await page.$$eval('.article-body .claim-ref', (refs) =>
      refs.flatMap((ref) => {
        // The number before it, with only the word joiner between.
        const before = ref.previousSibling?.previousSibling;
        return before instanceof Element && before.classList.contains('claim-ref') && Number(before.textContent) > Number(ref.textContent) ? [`${before.textContent} ${ref.textContent}`] : [];
      }),
    );
    expect(descending).toEqual([]);
  });
});

describe('the calm view', () => {
  const underlined = (ids: string[]) =>
    ids.filter((id) => getComputedStyle(document.getElementById(id)!).textDecorationLine !== 'none');

  it('shows the claims’ words plain, and the claim arrived at shown', async () => {
    const { page } = await browser.open(`${ARTICLE}#kyrgyz-border-1212-km`);
    const ids = await page.$$eval('.article-body .claim', (claims) => claims.map((c) => c.id));
    expect(await page.evaluate(underlined, ids)).toEqual(['kyrgyz-border-1212-km']);
  });

  it.each([1440, 375])('at %i px shows a claim’s words while its number is pointed at, and while its note is open', async (width) => {
    const { page } = await browser.open(ARTICLE, { viewport: { width, height: 900 } });
    if (width >= 1100) await notesPlaced(page);
    const id = 'southern-border-total';
    const number = page.locator(`a.claim-ref[href="#${id}"]`);
    await number.scrollIntoViewIfNeeded();
    await number.hover();
    await expect.poll(() => page.evaluate(underlined, [id, 'kyrgyz-border-1212-km'])).toEqual([id]);
    await page.mouse.move(1, 1);
    await expect.poll(() => page.evaluate(underlined, [id])).toEqual([]);
    await number.click();
    await page.mouse.move(1, 1);
    await expect.poll(() => page.evaluate(underlined, [id])).toEqual([id]);
    expect(await page.locator(`#${id}`).evaluate((claim) => getComputedStyle(claim).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('at 1440 px shows a claim’s words while its margin mark is pointed at', async () => {
    const { page } = await browser.open(ARTICLE);
    await notesPlaced(page);
    const id = 'fiercest-fighting-southern-cities';
    const mark = page.locator(`details.note[data-claim="${id}"] > summary`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => page.evaluate(underlined, [id])).toEqual([id]);
  });
});

describe('the view with every claim underlined', () => {
  it('underlines every claim, a claim inside another apart from it, so two claims of one kind never merge', async () => {
    const { page } = await browser.open(`${ARTICLE}?show=lines`);
    const plain = await page.$$eval('.article-body .claim', (claims) => claims.filter((c) => getComputedStyle(c).textDecorationLine === 'none').map((c) => c.id));
    expect(plain).toEqual([]);
    const merged = await page.$$eval('.article-body .claim .claim', (inner) =>
      inner.flatMap((claim) => {
        const outer = claim.parentElement!.closest('.claim')!;
        const offset = (el: Element) => parseFloat(getComputedStyle(el).textUnderlineOffset);
        return offset(claim) - offset(outer) >= 2 ? [] : [`${claim.id} inside ${outer.id}`];
      }),
    );
    expect(await page.locator('.article-body .claim .claim').count()).toBeGreaterThan(0);
    expect(merged).toEqual([]);
  });
});

describe('at 375 px', () => {
  it('makes every claim’s number and every control around the text a pointer target of 24 × 24 px at least', async () => {
    const { page } = await browser.open(ARTICLE, { viewport: { width: 375, height: 800 } });
    await page.locator('.edition-details > summary').click();
    await page.locator('.claims-map > summary').click();
    const small = await page.$$eval('.claim-ref, .claims-map .map-mark, .claims-map > summary, .edition-details > summary, details.note > summary, .view-choices a, .keys-button', (targets) =>
      targets.flatMap((target) => {
        const { width, height } = target.getBoundingClientRect();
        return width >= 24 && height >= 24 ? [] : [`${target.className || target.tagName} ${target.textContent?.trim().slice(0, 20)}: ${Math.round(width)}×${Math.round(height)}`];
      }),
    );
    expect(await page.locator('.claims-map .map-mark').count()).toBe(200);
    expect(await page.locator('.claim-ref').count()).toBe(200);
    expect(small).toEqual([]);
  });
});
