// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { markdownPipeline } from './src/plugins/markdown-pipeline.ts';

/** `CONTENT_DIR` lets tests and the benchmark build the site from another corpus (see src/content.config.ts). */
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig({
  // The address the site is published at; exports (annotations.jsonld) use it for absolute ids.
  site: process.env.SITE_URL ?? 'https://annotated.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownPipeline),
  },
  server: { host: '127.0.0.1' },
  // Astro hashes its own scripts and styles into a <meta> CSP on every page. `frame-ancestors` cannot be
  // set from a <meta>; the static host's headers file (public/_headers) sends it.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // Pagefind searches in a web worker of this origin; should the worker fail, it falls back to
        // running its WebAssembly on the page, which 'wasm-unsafe-eval' (below) permits. No 'unsafe-eval'.
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  integrations: [pagefindIndex({ contentDir })],
});
