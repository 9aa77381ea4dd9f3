/**
 * The sub-path the site is served under, from `BASE_PATH` ("/" by default; "/repo/" for a GitHub Pages
 * project site): the same value astro.config.mjs gives Astro's `base`. Read from the environment, not
 * from Vite, because the content loader's worker threads build addresses too. Browser scripts use
 * `import.meta.env.BASE_URL`, which Astro sets from the same value.
 */
export const BASE_PATH = normalizeBase(process.env.BASE_PATH);

export function normalizeBase(given: string | undefined): string {
  const trimmed = (given ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** An address of this site, under its base: `sitePath('method/')` is "/method/" or "/repo/method/". */
export const sitePath = (path: string): string => `${BASE_PATH}${path.replace(/^\/+/, '')}`;
