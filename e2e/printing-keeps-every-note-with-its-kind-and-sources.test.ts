import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, useBrowser } from './browser.ts';

const browser = useBrowser();
let text: string;
let firstPage: string;
const dir = mkdtempSync(join(tmpdir(), 'print-'));

beforeAll(async () => {
  const { page, close } = await browser.openForFile(ARTICLE);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  writeFileSync(join(dir, 'article.pdf'), pdf);
  // pdftotext is Poppler's (Debian's poppler-utils, which .ci/run installs).
  text = execFileSync('pdftotext', ['-layout', join(dir, 'article.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(dir, 'article.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  await close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the printed article', () => {
  it('starts the article’s text on page 1, after the title, the authors and where it was first published', () => {
    expect(firstPage).toContain('Events of the first decade of new 2022 year in Kazakhstan clearly showed');
    expect(firstPage).toContain('First published by');
    expect(firstPage).not.toContain('What the marks mean');
  });

  it('keeps the article’s text', () => {
    expect(text).toContain('Events of the first decade of new 2022 year in Kazakhstan');
    expect(text).toContain('By Konstantin Strigunov and Andrei Manoilo');
  });

  it('prints the notes, numbered, with their kind in words, though they are closed on screen', () => {
    expect(text).toMatch(/2 Opinion “Events of the first decade of new 2022 year in [^”]*” Interpretation: reads the January 2022 events/);
    expect(text).toMatch(/\d+ Unsourced — the record contradicts it/);
    expect(text).toContain('Tokayev put the mission at 2,030 troops and 250 pieces of hardware');
  });

  it('prints the sources’ addresses', () => {
    // A long address wraps onto the next lines of the page wherever a hyphen or slash allows, so
    // the line breaks pdftotext turns into spaces are taken out of each address before comparing.
    const addresses = text.replace(/<[^>]*>/g, (address) => address.replace(/ /g, ''));
    expect(addresses).toContain('<https://qazaqtv.com/amp/en/news/society/16550-csto-peacekeepers-to-leave-kazakhstan-today> — Qazaq TV, 2022-01-13');
  });

  it('leaves out what only works on screen: the search, the claims map and the view controls', () => {
    expect(text).not.toContain('Skip to the text');
    expect(text).not.toContain('Search the claims');
    expect(text).not.toContain('Claims map');
    expect(text).not.toMatch(/Show: Numbers/);
    expect(text).not.toContain('About this edition');
    expect(text).not.toContain('Keyboard:');
  });

  it('prints each claim’s number once in the text and once with its note, not again in a link back', () => {
    expect(text).not.toMatch(/Claim \d+ in the text/);
    expect(text).not.toMatch(/Claim \d+: (sourced|unsourced|opinion)/);
  });
});
