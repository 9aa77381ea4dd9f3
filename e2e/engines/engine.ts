/**
 * One way to drive any of the three engines a reader may have: Chromium (Playwright, the suite's own),
 * Firefox (puppeteer-core over WebDriver BiDi) and WebKit (selenium-webdriver over WebKitWebDriver, in
 * WebKitGTK's MiniBrowser). Only what the cross-engine tests need, so that each engine's file stays a
 * thin adapter: load, run a script, click, type, look.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Viewport {
  width: number;
  height: number;
}

export interface EnginePage {
  /**
   * Opens `url` as a new document. Resolves at its `load` event, or (`parsed`) once its HTML is parsed,
   * for a test that wants to read the page at `load` itself (see `loaded` in landing.ts).
   */
  goto(url: string, until?: 'load' | 'parsed'): Promise<void>;
  /** The size of the layout viewport, exactly. */
  setViewport(viewport: Viewport): Promise<void>;
  /**
   * Runs `fn` in the page with `args` (JSON), as the driver's script, which the page's Content Security
   * Policy does not govern; waits for a promise it returns.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A pointer's click at a point of the viewport: moves, presses and releases, with no scrolling. */
  click(x: number, y: number): Promise<void>;
  /** Types `text` key by key into what has the focus. */
  type(text: string): Promise<void>;
  /** The viewport as a PNG, at one image pixel per CSS pixel. */
  screenshot(): Promise<Buffer>;
  /**
   * The page's errors since the last `goto`: console errors and uncaught exceptions, CSP violations
   * included. WebKitWebDriver reports no console, so WebKit's list starts when `goto` returns.
   */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** The browser and its version, as the driver reports them. */
  readonly version: string;
  newPage(viewport: Viewport): Promise<EnginePage>;
  close(): Promise<void>;
}

/**
 * Records, from now on, what the page reports as going wrong; `errors()` reads it back. For WebKit, whose
 * driver shows no console: run in the page as soon as it has loaded.
 */
export function listenForErrors(): void {
  const seen: string[] = [];
  (window as unknown as { engineErrors: string[] }).engineErrors = seen;
  addEventListener('error', (event) => seen.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`));
}

export const readErrors = (): string[] => (window as unknown as { engineErrors?: string[] }).engineErrors ?? [];
