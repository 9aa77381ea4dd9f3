import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../src/lib/reading/load-sources.ts';
import { prepareArticle } from '../src/lib/reading/prepare-article.ts';
import { markdownPipeline } from '../src/render/markdown-pipeline.ts';
import { renderPreparedArticle } from '../src/render/render-article.ts';

/** The article through Astro's own processor, configured as astro.config.mjs configures it. */
async function renderWithAstro(content: string, slug: string) {
  const sources = await loadSources(content);
  const { article } = await prepareArticle(content, slug, sources, '/');
  // Astro's `render` makes the file itself and fills its data with frontmatter alone: a first plugin,
  // which leaves the tree as it is, hands the input in on the file's data and keeps the file, whose data
  // holds the placed article when the render is done.
  let file: VFile | undefined;
  const handInput = () => (_tree: unknown, given: VFile) => {
    given.data.annotationInput = article!.input;
    file = given;
  };
  const processor = await createMarkdownProcessor({ ...markdownPipeline, remarkPlugins: [handInput, ...markdownPipeline.remarkPlugins], syntaxHighlight: false });
  const { code } = await processor.render(article!.body, { fileURL: pathToFileURL(article!.articlePath) });
  return { article: article!, html: code, placed: file!.data.placedArticle };
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
