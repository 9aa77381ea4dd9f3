// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/plugins/markdown-pipeline.ts';

export default defineConfig({
  site: 'https://annotated.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownPipeline),
  },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
