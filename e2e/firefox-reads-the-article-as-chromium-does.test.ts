import { launchFirefox } from './engines/firefox.ts';
import { readsTheArticleAsChromiumDoes } from './engines/the-article-as-chromium-reads-it.ts';

/**
 * Debian's Firefox ESR, over WebDriver BiDi. Firefox scrolls to a link's target while the page is still
 * loading, before the margin is placed: whatever placing does to the page, the claim must be in view at
 * `load` and stay there. Three pages take turns, so that each one's 0.6 s hold overlaps the next loads.
 */
readsTheArticleAsChromiumDoes({
  launch: launchFirefox,
  landingPages: 3,
});
