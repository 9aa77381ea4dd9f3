import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INPUT_KEY, OUTPUT_KEY } from '../src/lib/placing/annotation-input.ts';
import { loadSources, prepareArticle } from '../src/lib/reading/prepare-article.ts';
import { markdownPipeline } from '../src/plugins/markdown-pipeline.ts';
import { renderPreparedArticle } from '../src/plugins/render-article.ts';

/** The article through Astro's own processor, configured as astro.config.mjs configures it. */
async function renderWithAstro(content: string, slug: string) {
  const sources = await loadSources(content);
  const { article } = await prepareArticle(content, slug, sources);
  const processor = await createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight: false });
  const { code, metadata } = await processor.render(article!.body, {
    frontmatter: { [INPUT_KEY]: article!.input },
    fileURL: pathToFileURL(article!.articlePath),
  });
  return { article: article!, html: code, placed: metadata.frontmatter[OUTPUT_KEY] };
}

describe('the article pipeline', () => {
  for (const [content, slug] of [
    ['content', 'color-revolution-in-kazakhstan-2022'],
    ['test/fixtures/small', 'sample'],
  ] as const) {
    it(`renders ${slug} to the very HTML, and places the very claims, that Astro’s Markdown processor does`, async () => {
      const astro = await renderWithAstro(content, slug);
      const ours = await renderPreparedArticle(astro.article);
      expect(ours.html).toBe(astro.html);
      expect(ours.placed).toEqual(astro.placed);
    });
  }
});
