import { describe, expect, it, vi } from 'vitest';
import { sampleCorpus } from './content-helpers.ts';

// Text that defeats every rule and makes the renderer throw, whatever it may be one day.
vi.mock('../src/render/render-article.ts', () => ({
  renderPreparedArticle: async () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('an article whose text makes the renderer throw', () => {
  it('is reported as a problem of its article.md, in the build and the check, not as a crash', async () => {
    const corpus = sampleCorpus();
    const { build, check } = await corpus.compile();
    const crash = expect.objectContaining({
      file: expect.stringContaining('sample/article.md'),
      line: 1,
      problem: 'the article could not be turned into a page (RangeError: Maximum call stack size exceeded)',
      fix: expect.stringMatching(/write it as plain text.*registry\.json/),
    });
    expect(build).toEqual([crash]);
    expect(check).toEqual([crash]);
  });
});
