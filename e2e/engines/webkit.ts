/**
 * WebKit, Safari's engine, as Debian ships it: WebKitGTK's MiniBrowser, driven by selenium-webdriver
 * through WebKitWebDriver (webkit2gtk-driver), on a virtual display of its own (xvfb.ts). MiniBrowser
 * runs full-screen, which hides its toolbar: a window's size is then its viewport's, down to a phone's
 * 390 px (its toolbar would keep a window 447 px wide at least). A page is a window; each stands beside
 * the others on the display, never over one, so that none is hidden and throttled.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, Capabilities, Origin, type WebDriver } from 'selenium-webdriver';
import { type Engine, type EnginePage, listenForErrors, readErrors, type Viewport } from './engine.ts';
import { endWithThisProcess, startXvfb } from './xvfb.ts';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** Room on the display for this many pages side by side, each up to 1440 × 900. */
const WINDOWS = 2;
const WINDOW = { width: 1440, height: 900 };

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(ready: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > end) throw new Error(`${what} was not ready within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * `fn` with `args`, as a script WebDriver runs to completion: its promise awaited, its error carried
 * back as an error (WebDriver's own would say only "script error").
 */
function asyncScript(fn: (...args: never[]) => unknown): string {
  return `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${fn.toString()})(...arguments[0]))
  .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
}

export async function launchWebKit(): Promise<Engine> {
  for (const [file, install] of [
    [WEBKIT_DRIVER, 'webkit2gtk-driver'],
    [MINIBROWSER, 'webkit2gtk-driver (it brings libwebkit2gtk-4.1-0, which has MiniBrowser)'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: install Debian's ${install} (apt-get install webkit2gtk-driver xvfb; .ci/run does).`);
  }
  const display = await startXvfb(WINDOWS * (WINDOW.width + 16), WINDOW.height + 16);
  const port = await freePort();
  const server = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display.name }, stdio: 'ignore' });
  const stopServer = endWithThisProcess(server);
  let driver: WebDriver;
  try {
    await until(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      // `get` returns once the HTML is parsed; `goto` waits for `load` in the page, where it can see it.
      pageLoadStrategy: 'eager',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
    });
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
  } catch (error) {
    stopServer();
    display.close();
    throw error;
  }
  const version = `MiniBrowser/WebKitGTK ${(await driver.getCapabilities()).get('browserVersion')}`;

  // One session, one window at a time: each page's commands wait their turn, then switch to its window.
  let turn: Promise<unknown> = Promise.resolve();
  let current = await driver.getWindowHandle();
  /** A window no page has, kept when the last page closed: the session ends with its last window. */
  let spare: string | undefined = current;
  let opened = 0;
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const done = turn.then(work);
    turn = done.catch(() => undefined);
    return done;
  };
  const switchTo = async (handle: string) => {
    if (current !== handle) await driver.switchTo().window(handle);
    current = handle;
  };
  const inWindow = <T>(handle: string, work: () => Promise<T>): Promise<T> => queued(() => switchTo(handle).then(work));
  const run = async <T>(script: (...args: never[]) => unknown, args: unknown[]): Promise<T> => {
    const result = (await driver.executeAsyncScript(asyncScript(script), args).catch((error: Error) => {
      throw new Error(`WebKit ran no script ${script.name || String(script).slice(0, 80)}: ${error.name} ${error.message}`);
    })) as { value?: T; error?: string };
    if (result.error !== undefined) throw new Error(`In WebKit's page: ${result.error}`);
    return result.value as T;
  };

  async function newPage(viewport: Viewport): Promise<EnginePage> {
    const slot = opened++;
    const handle = await queued(async () => {
      if (spare) return spare;
      await driver.switchTo().newWindow('window');
      return driver.getWindowHandle();
    });
    spare = undefined;
    current = handle;
    const place = { x: (slot % WINDOWS) * (WINDOW.width + 16), y: 0 };
    const page: EnginePage = {
      goto: (url, until = 'load') =>
        inWindow(handle, async () => {
          await driver.get(url);
          // WebKitWebDriver can answer while the last document is still the window's, and a script left
          // waiting in a document that goes never returns: so ask, in scripts that return at once.
          const href = new URL(url).href;
          await driver.wait(
            async () => {
              const [at, state] = (await driver.executeScript('return [location.href, document.readyState]')) as string[];
              return at === href && (until === 'load' ? state === 'complete' : state !== 'loading');
            },
            60_000,
            `WebKit did not load ${url} within a minute`,
            20,
          );
          await driver.executeScript(listenForErrors);
        }),
      setViewport: (size) =>
        inWindow(handle, async () => {
          // A window opened later has MiniBrowser's toolbar (38 px): the window is made that much taller.
          let seen = { width: 0, height: 0 };
          for (let round = 0; round < 2 && (seen.width !== size.width || seen.height !== size.height); round++) {
            const frame = await run<Viewport>(() => ({ width: outerWidth - innerWidth, height: outerHeight - innerHeight }), []);
            await driver.manage().window().setRect({ ...place, width: size.width + frame.width, height: size.height + frame.height });
            seen = await run<Viewport>(() => ({ width: innerWidth, height: innerHeight }), []);
          }
          if (seen.width !== size.width || seen.height !== size.height) throw new Error(`WebKit's viewport is ${seen.width} × ${seen.height}, not ${size.width} × ${size.height}`);
        }),
      evaluate: (fn, ...args) => inWindow(handle, () => run(fn as never, args)),
      click: (x, y) => inWindow(handle, () => driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).press().release().perform()),
      type: (text) => inWindow(handle, () => driver.actions({ async: true }).sendKeys(text).perform()),
      screenshot: () => inWindow(handle, async () => Buffer.from(await driver.takeScreenshot(), 'base64')),
      errors: () => inWindow(handle, () => run<string[]>(readErrors, [])),
      close: () =>
        inWindow(handle, async () => {
          const others = (await driver.getAllWindowHandles()).filter((other) => other !== handle);
          if (others.length === 0) return void (spare = handle);
          await driver.close();
          await switchTo(others[0]!);
        }),
    };
    await page.setViewport(viewport);
    return page;
  }

  return {
    name: 'webkit',
    version,
    newPage,
    async close() {
      await driver.quit().catch(() => undefined);
      stopServer();
      display.close();
    },
  };
}
