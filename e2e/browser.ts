import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

export const ARTICLE = '/articles/color-revolution-in-kazakhstan-2022/';
export const WIDE = { width: 1440, height: 900 };
export const NARROW = { width: 375, height: 800 };
/** The two widths most layouts are tested at, named, for `describe.each` and `it.each`. */
export const BOTH_WIDTHS = [
  ['1440 px', WIDE],
  ['375 px', NARROW],
] as const;

/**
 * The suite's one Chromium (serve-dist.ts starts it): a file connects in a few milliseconds where a
 * launch took seconds. Its `browser.close()` closes that file's contexts and the connection only,
 * leaving the browser to the next file.
 */
export function launch(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/**
 * Which site a page is opened from (e2e/serve-dist.ts serves them): the built site (dist/), the fixture
 * site (test/fixtures/small), or the fixture built and served under a sub-path (`path` relative to it).
 */
const SITES = { main: 'baseURL', fixture: 'fixtureURL', base: 'basePathURL' } as const;
export type Site = keyof typeof SITES;

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far (CSP violations included). */
  errors: string[];
  close(): Promise<void>;
}

interface Tab {
  page: Page;
  errors: string[];
}

/**
 * Tabs that a test has finished with, by the options they were opened with. A fresh context costs
 * this two-core machine about a second of CPU (a new renderer process) where a load in a used tab
 * costs the page's own work only; the browser suite opens pages some three hundred times.
 */
const spare = new Map<string, Tab[]>();

async function newTab(browser: Browser, options: BrowserContextOptions): Promise<Tab> {
  const context = await browser.newContext({ viewport: WIDE, ...options });
  const page = await context.newPage();
  return { page, errors: [] };
}

/** Records every error the page reports from now on (CSP violations included), and nothing the last test set. */
async function listen(tab: Tab): Promise<void> {
  const { page } = tab;
  page.removeAllListeners();
  await page.unrouteAll();
  page.on('console', (message) => {
    if (message.type() === 'error') tab.errors.push(message.text());
  });
  page.on('pageerror', (error) => tab.errors.push(String(error)));
}

/**
 * A used tab, as a fresh one would be: a new document (`goto` to the same address with another
 * fragment would only scroll), the context's viewport and media, and no stored settings.
 */
async function reset(tab: Tab, options: BrowserContextOptions): Promise<void> {
  const { page } = tab;
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  }).catch(() => undefined);
  await page.goto('about:blank');
  await page.setViewportSize(options.viewport ?? WIDE);
  await page.emulateMedia({
    media: null,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    forcedColors: options.forcedColors ?? 'none',
  });
  await page.context().clearCookies();
  tab.errors = [];
}

/**
 * Opens `path` of the built site (or, with `site: 'fixture'`, of the fixture site), recording every
 * error the page reports. The tab is a used one when an earlier test of the file closed one opened
 * with the same options, reset first (see `reset`); a test that adds init scripts or context
 * permissions makes its own context instead.
 */
export async function open(browser: Browser, path: string, options: BrowserContextOptions = {}, site: Site = 'main'): Promise<OpenedPage> {
  const key = JSON.stringify(options);
  const reused = spare.get(key)?.pop();
  const tab = reused ?? (await newTab(browser, options));
  if (reused) await reset(tab, options);
  await listen(tab);
  const { page } = tab;
  await page.goto(new URL(path, inject(SITES[site])).href, { waitUntil: 'load' });
  let closed = false;
  return {
    page,
    errors: tab.errors,
    close: async () => {
      if (closed) return;
      closed = true;
      if (page.isClosed() || !browser.isConnected()) return;
      spare.set(key, [...(spare.get(key) ?? []), tab]);
    },
  };
}

/** The suite's browser as one test file uses it: what a test opens is closed after it, whatever it did. */
export interface FileBrowser {
  /** Opens `path` of the built site or of a fixture site (see `open`), in a tab closed after the test. */
  open(path: string, options?: BrowserContextOptions, site?: Site): Promise<OpenedPage>;
  /** A page every test of the file reads (opened in `beforeAll`), closed after the file. */
  openForFile(path: string, options?: BrowserContextOptions, site?: Site): Promise<OpenedPage>;
  /** A browser context of its own (for init scripts, or to see every request from the first), closed after the test. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** The connection itself, for a helper that takes a Browser. */
  readonly connection: Browser;
}

/**
 * Connects a test file to the suite's browser: `const browser = useBrowser();` at the top of the file.
 * Every page it `open`s and every context it makes is closed after each test (`afterEach`), so that a
 * test that fails midway leaves nothing open for the next; pages the file's tests share, and the
 * connection, are closed after the file.
 */
export function useBrowser(): FileBrowser {
  let connection: Browser | undefined;
  const opened: { close(): Promise<void> }[] = [];
  const openedForFile: { close(): Promise<void> }[] = [];
  const closeAll = (things: { close(): Promise<void> }[]) => Promise.all(things.splice(0).map((thing) => thing.close().catch(() => undefined)));
  beforeAll(async () => {
    connection = await launch();
  });
  afterEach(() => closeAll(opened));
  afterAll(async () => {
    await closeAll(openedForFile);
    await connection?.close();
  });
  const track = async <T extends { close(): Promise<void> }>(list: { close(): Promise<void> }[], opening: Promise<T>): Promise<T> => {
    const thing = await opening;
    list.push(thing);
    return thing;
  };
  const connected = () => {
    if (!connection) throw new Error('useBrowser: the browser is connected in beforeAll; open pages inside a test or a hook');
    return connection;
  };
  return {
    open: (path, options = {}, site = 'main') => track(opened, open(connected(), path, options, site)),
    openForFile: (path, options = {}, site = 'main') => track(openedForFile, open(connected(), path, options, site)),
    context: (options = {}) => track(opened, connected().newContext({ viewport: WIDE, ...options })),
    get connection() {
      return connected();
    },
  };
}

/** Whether an element's box lies at least partly in the window (for `expect.poll`, which waits for it). */
export const inView = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });

/** Waits until the margin notes have been placed by the page's script. */
export async function notesPlaced(page: Page): Promise<void> {
  await page.waitForSelector('.article-body[data-placed]', { state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export interface Box {
  id: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The page-relative boxes of every note of the article's body, with the id of its claim. */
export function noteBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.article-body details.note', (notes) =>
    notes.map((note) => {
      const r = note.getBoundingClientRect();
      return { id: (note as HTMLElement).dataset.claim ?? '', top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    }),
  );
}

export function claimBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.claim', (claims) =>
    claims.map((claim) => {
      const r = claim.getClientRects()[0]!;
      return { id: claim.id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    }),
  );
}

/** Each pair of boxes that overlap (by more than half a pixel each way), named by their ids. */
export function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.top < sorted[i]!.bottom - 0.5; j++) {
      const [a, b] = [sorted[i]!, sorted[j]!];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5) found.push(`${a.id} / ${b.id}`);
    }
  }
  return found;
}
