import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { listArticles } from '../src/lib/reading/content-layout.ts';
import { loadSources } from '../src/lib/reading/load-sources.ts';
import { buildProblems, checkProblems, compileArticle } from '../src/render/compile-article.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of test/fixtures/small to break, with small helpers to edit its files. */
export function sampleCorpus() {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  made.push(root);
  cpSync('test/fixtures/small', root, { recursive: true });
  const path = (file: string, slug = 'sample') => (file === 'sources.json' ? join(root, file) : join(root, 'articles', slug, file));
  return {
    root,
    path,
    read: (file: string, slug?: string) => readFileSync(path(file, slug), 'utf8'),
    /** The number (from 1) of the first line of `file` that holds `text`: where a problem with that line is reported. */
    lineWith: (file: string, text: string, slug?: string) => readFileSync(path(file, slug), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1,
    write: (file: string, text: string, slug?: string) => writeFileSync(path(file, slug), text),
    edit(file: string, change: (text: string) => string, slug?: string) {
      writeFileSync(path(file, slug), change(readFileSync(path(file, slug), 'utf8')));
    },
    rename: (from: string, to: string) => renameSync(join(root, 'articles', from), join(root, 'articles', to)),
    /** Every article compiled as the build compiles it, with the problems the build and the check would report. */
    async compile() {
      const sources = await loadSources(root);
      const articles = await Promise.all((await listArticles(root)).map((slug) => compileArticle(root, slug, sources, '/')));
      return {
        articles,
        build: [...sources.problems, ...articles.flatMap(buildProblems)],
        check: [...sources.problems, ...articles.flatMap(checkProblems)],
      };
    },
  };
}

/** A file of the sample article (or the project's sources.json), as `sampleCorpus` names them. */
type SampleFile = 'article.md' | 'annotations.yaml' | 'registry.json' | 'sources.json' | 'published-ids.txt';

/**
 * The sample corpus with each file given changed, in the order given, then compiled as the build compiles
 * it: what the build and the check report, the articles, and the corpus itself to read lines from.
 */
export async function compileSample(edits: Partial<Record<SampleFile, (text: string) => string>>) {
  const corpus = sampleCorpus();
  for (const [file, change] of Object.entries(edits)) corpus.edit(file, change);
  return { corpus, ...(await corpus.compile()) };
}

/** A problem reported in `file` (the end of its path) at `line`, whose words contain `problem`. */
export const problemAt = (file: string, line: number, problem: string) => expect.objectContaining({ file: expect.stringContaining(file), line, problem: expect.stringContaining(problem) });
