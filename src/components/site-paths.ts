import { base } from 'astro:config/client';
import { articlePath as articlePathUnder } from '../lib/site/article-paths.ts';
import { sitePath as sitePathUnder } from '../lib/site/base-path.ts';

/*
 * The pages' own addresses, under the base path Astro was configured with (astro.config.mjs, from
 * src/site.ts). Read from `astro:config/client` rather than `import.meta.env.BASE_URL`: in server code
 * Astro lets a variable of the build's environment override `import.meta.env` (Vitest sets `BASE_URL`
 * to "/" in its own), while the browser code's `BASE_URL` is fixed when it is bundled.
 */

/** An address of this site: `sitePath('method/')` is "/method/" or "/repo/method/". */
export const sitePath = (path: string): string => sitePathUnder(base, path);

/** An article's address: `/articles/<slug>/`. */
export const articlePath = (slug: string): string => articlePathUnder(base, slug);
