import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCorpus } from './content-helpers.ts';
import { runCheck } from './site-commands.ts';

const outside = mkdtempSync(join(tmpdir(), 'outside-content-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const at = (file: string, problem: string) => expect.objectContaining({ file: expect.stringContaining(file), line: 1, problem: expect.stringContaining(problem) });

describe('a symbolic link in the content folder', () => {
  it('to an article folder elsewhere in the content folder is read as any article folder, not skipped without a word', async () => {
    const corpus = sampleCorpus();
    mkdirSync(join(corpus.root, 'drafts'));
    cpSync(join(corpus.root, 'articles', 'sample'), join(corpus.root, 'drafts', 'linked'), { recursive: true });
    symlinkSync(join('..', 'drafts', 'linked'), join(corpus.root, 'articles', 'linked'));
    const { articles, build } = await corpus.compile();
    expect(articles.map((a) => a.slug)).toEqual(['linked', 'sample']);
    expect(build).toEqual([]);
  });

  it('to an article folder outside the content folder is refused, saying which', async () => {
    const corpus = sampleCorpus();
    cpSync(join(corpus.root, 'articles', 'sample'), join(outside, 'elsewhere'), { recursive: true });
    symlinkSync(join(outside, 'elsewhere'), join(corpus.root, 'articles', 'elsewhere'));
    const { build } = await corpus.compile();
    expect(build).toEqual([at('articles/elsewhere', 'the article folder "elsewhere" is a link to a place outside the content folder')]);
  });

  it('to an article.md outside the content folder is refused without being read, so that nothing of it is printed', async () => {
    const corpus = sampleCorpus();
    const secret = join(outside, 'secret.md');
    writeFileSync(secret, '---\ntitle: SECRET-TOKEN-123\n---\nSECRET-TOKEN-123 <b>\n');
    rmSync(corpus.path('article.md'));
    symlinkSync(secret, corpus.path('article.md'));
    const { build } = await corpus.compile();
    expect(build).toEqual([at('sample/article.md', 'sample/article.md is a link to a place outside the content folder')]);
    const { status, out, err } = runCheck(corpus.root);
    expect(status).toBe(1);
    expect(out + err).not.toContain('SECRET-TOKEN');
  });

  it('to a sources.json outside the content folder is refused', async () => {
    const corpus = sampleCorpus();
    cpSync(corpus.path('sources.json'), join(outside, 'sources.json'));
    rmSync(corpus.path('sources.json'));
    symlinkSync(join(outside, 'sources.json'), corpus.path('sources.json'));
    const { build } = await corpus.compile();
    expect(build).toContainEqual(at('sources.json', 'sources.json is a link to a place outside the content folder'));
  });
});
