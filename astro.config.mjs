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
import { siteAddress } from './src/integrations/site-address.ts';
import { markdownPipeline } from './src/render/markdown-pipeline.ts';
import { siteCacheDir } from './src/lib/build-cache/site-cache.ts';
import { articleEditor } from './src/editor/editor-integration.ts';
import { LOCAL_SITE_URL, siteFromEnvironment } from './src/site.ts';

/** The site's address, base path and content folder (SITE_URL, BASE_PATH, CONTENT_DIR), read once here. */
const site = siteFromEnvironment();
const { contentDir, base } = site;

export default defineConfig({
  // The address the site is published at (src/integrations/site-address.ts: a build requires it).
  site: site.url ?? LOCAL_SITE_URL,
  // The sub-path the site is served under (e.g. /repo/ on GitHub Pages); '/' by default. The pages and
  // the loader take it from here, as Astro's `base`.
  base,
  // One cache folder per content folder and base path (src/lib/build-cache/site-cache.ts).
  cacheDir: `./${siteCacheDir(contentDir, base)}/`,
  trailingSlash: 'always',
  // Four pages at a time: each article page waits on reading its files (src/lib/build-cache/article-files.ts),
  // and one at a time leaves the main thread idle while it waits (docs/performance.md).
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
  // Off, but for the editor's panel, which turns it on under `npm run dev` (src/editor/editor-integration.ts).
  devToolbar: { enabled: false },
  // An article's pages are rendered again only when its digest changes (src/pages/articles/[slug]/_article-paths.ts)
  // or the code they are made from does; Astro copies the others from the last build.
  experimental: { incrementalBuild: true },
  // The stylesheets name their one breakpoint with `@custom-media` (tokens.css), which browsers do not
  // read yet; PostCSS writes the query in its place once Vite has joined the imported files.
  vite: { css: { postcss: { plugins: [postcssCustomMedia()] } } },
  integrations: [siteAddress(site), articleSitemap({ contentDir }), articleExports({ contentDir }), claimSharePages({ contentDir, cards: site.cards }), claimCards({ contentDir, cards: site.cards }), pagefindIndex({ contentDir }), articleEditor({ contentDir })],
});
