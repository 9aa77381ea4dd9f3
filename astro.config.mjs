import { normalizeBase } from './src/lib/site/base-path.ts';
// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import postcssCustomMedia from 'postcss-custom-media';
import { PAGE_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/site/content-security-policy.ts';
import { articleExports } from './src/integrations/article-exports.ts';
import { articleSitemap } from './src/integrations/article-sitemap.ts';
import { claimSharePages } from './src/integrations/claim-share-pages.ts';
import { claimCards } from './src/integrations/claim-cards.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { LOCAL_SITE, siteAddress } from './src/integrations/site-address.ts';
import { markdownPipeline } from './src/render/markdown-pipeline.ts';
import { siteCacheDir } from './src/lib/build-cache/site-cache.ts';

/** `CONTENT_DIR` lets tests and the benchmark build the site from another corpus (see src/content.config.ts). */
const contentDir = process.env.CONTENT_DIR ?? 'content';
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  // The address the site is published at (src/integrations/site-address.ts: a build requires it).
  site: process.env.SITE_URL ?? LOCAL_SITE,
  // The sub-path the site is served under (BASE_PATH, e.g. /repo/ on GitHub Pages); '/' by default.
  base,
  // One cache folder per content folder and base path (src/lib/build-cache/site-cache.ts).
  cacheDir: `./${siteCacheDir(contentDir, base)}/`,
  trailingSlash: 'always',
  // Four pages at a time: each article page waits on reading its files (src/lib/build-cache/article-files.ts),
  // and one at a time left the main thread idle 40% of the pages' time at 1,000 articles (README, "Build at scale").
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownPipeline),
  },
  server: { host: '127.0.0.1' },
  // Astro hashes its own scripts and styles into a <meta> CSP on every page; the static host's headers
  // (public/_headers) send the same policy, without the hashes, plus `frame-ancestors`.
  security: {
    csp: { directives: [...PAGE_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } },
  },
  devToolbar: { enabled: false },
  // An article's pages are rendered again only when its digest changes (src/pages/articles/[slug]/_article-paths.ts)
  // or the code they are made from does; Astro copies the others from the last build.
  experimental: { incrementalBuild: true },
  // The stylesheets name their one breakpoint with `@custom-media` (tokens.css), which browsers do not
  // read yet; PostCSS writes the query in its place once Vite has joined the imported files.
  vite: { css: { postcss: { plugins: [postcssCustomMedia()] } } },
  integrations: [siteAddress(), articleSitemap({ contentDir }), articleExports({ contentDir }), claimSharePages({ contentDir }), claimCards({ contentDir }), pagefindIndex({ contentDir })],
});
