import { readsTheArticleAsChromiumDoes } from './engines/the-article-as-chromium-reads-it.ts';
import { launchWebKit } from './engines/webkit.ts';

/**
 * WebKit, Safari's engine: WebKitGTK's MiniBrowser through WebKitWebDriver, on a display of its own.
 * WebKit scrolls to a link's target at `load`, after the margin is placed; the links are opened in one
 * window, since WebKitWebDriver's scripts in a second window timed out.
 */
readsTheArticleAsChromiumDoes({
  launch: launchWebKit,
  landingPages: 1,
});
