import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { SiteSettings } from '../site.ts';

/**
 * The site's public address comes from `SITE_URL` (src/site.ts); every absolute address (canonical
 * links, previews, feeds, sitemaps, exports) is built from it. A production build without it would
 * publish addresses that lead nowhere, so `astro build` refuses to start; the development server uses
 * `LOCAL_SITE_URL`.
 */
function userError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = ''; // the place to fix is the command line, not this file
  return error;
}

export function siteAddress({ url }: Pick<SiteSettings, 'url'>): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const given = url;
        if (!given) {
          throw userError(
            'SITE_URL is not set: a build needs the address the site will be published at.',
            'Build with SITE_URL=https://your.domain/ npm run build. `npm start` and `npm test` set a local address themselves.',
          );
        }
        if (!URL.canParse(given) || !/^https?:$/.test(new URL(given).protocol)) {
          throw userError(`SITE_URL is not an http(s) address: ${JSON.stringify(given)}`, 'Write it in full, e.g. SITE_URL=https://annotated.example.org/');
        }
      },
    },
  };
}
