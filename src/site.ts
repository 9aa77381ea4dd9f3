/*
 * The site's settings: its name, its public address, the sub-path it is served under and the folder its
 * content is read from. The environment is read here and nowhere else in src/: astro.config.mjs and
 * src/content.config.ts (the two entry points Astro loads) and the scripts call `siteFromEnvironment`,
 * and hand what they need on, as arguments, to the integrations, the loader and its worker threads.
 * Imports nothing, so every layer may use the name and the types.
 */

/** The name every page, preview, feed and share page gives the site. */
export const SITE_NAME = 'Annotated Reading';

/** Where `astro dev`, `npm start` and the tests say the site is: this machine. Never a production address. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321/';

/** Where the site is published, in the plain strings that cross to worker threads as they are. */
export interface SiteAddress {
  /** The public address, e.g. "https://annotated.example.org/". */
  url: string;
  /** The sub-path the site is served under: "/" or "/repo/", always with both slashes. */
  base: string;
}

export interface SiteSettings {
  name: string;
  /** `SITE_URL` as given: a build refuses to start without it (src/integrations/site-address.ts). */
  url: string | undefined;
  /** `BASE_PATH`, normalized: "/" by default, "/repo/" for a GitHub Pages project site. */
  base: string;
  /** `CONTENT_DIR`: "content" by default; the tests and the benchmark build other corpora. */
  contentDir: string;
  /** `CARDS`, as given: which link-preview cards are drawn (checked by src/lib/cards/card-setting.ts). */
  cards: string | undefined;
}

/** A sub-path as Astro's `base` takes it: "/" or "/some/path/". */
export function normalizeBase(given: string | undefined): string {
  const trimmed = (given ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The settings as the environment gives them: `SITE_URL`, `BASE_PATH`, `CONTENT_DIR` and `CARDS`. */
export function siteFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): SiteSettings {
  return { name: SITE_NAME, url: env.SITE_URL || undefined, base: normalizeBase(env.BASE_PATH), contentDir: env.CONTENT_DIR ?? 'content', cards: env.CARDS };
}
