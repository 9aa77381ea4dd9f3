import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCorpus } from './content-helpers.ts';
import { runCheck, runScript } from './site-commands.ts';
import { servedProblems } from '../src/render/compile-article.ts';

const TEXT = 'test/fixtures/texts/fuel-subsidy-reform.txt';

describe('npm run new, from a text file', () => {
  it('makes a draft whose every paragraph is named and every sentence is a draft entry, so coverage starts complete', async () => {
    const corpus = sampleCorpus();
    const made = runScript('new-article', corpus.root, ['fuel-subsidy-reform', TEXT, '--author', 'A. Writer']);
    expect(made.err).toBe('');
    expect(made.status).toBe(0);
    expect(made.out).toContain('9 paragraph id(s), 40 sentence(s) to classify');
    const article = corpus.read('article.md', 'fuel-subsidy-reform');
    expect(article).toMatch(/^---\n# A draft until[^\n]*\nstatus: draft\ntitle: "The Fuel Subsidy Reform and Its Critics"\nauthors: \["A\. Writer"\]\n/);
    expect(article).toContain('\n\nWhen the government of Norland announced on 3 March');
    const annotations = corpus.read('annotations.yaml', 'fuel-subsidy-reform');
    expect(annotations).toContain('  - { id: p-when-government-norland, starts: "When the government of" }');
    expect(annotations).toContain('  - draft: { exact: "Officials described the decision as overdue." }');

    const { articles } = await corpus.compile();
    const draft = articles.find((a) => a.slug === 'fuel-subsidy-reform')!;
    expect(draft.draft).toBe(true);
    expect(servedProblems(draft)).toEqual([]);
    expect(draft.coverage!.flatMap((p) => p.sentences).every((s) => s.coveredBy === 'draft')).toBe(true);
    expect(draft.leftToDo.map((t) => t.task)).toEqual([
      'write original.publisher: (to do: who first published it, or null if not known)',
      ...draft.drafts!.map((d) => expect.stringContaining(`(paragraph "${d.paragraphId}")`)),
    ]);
    // The check passes a draft, and says what is left to do in it.
    const check = runCheck(corpus.root);
    expect(check.status).toBe(0);
    expect(check.out).toContain('fuel-subsidy-reform: 40 passage(s) to classify, 1 placeholder(s) to fill');
  });

  it('keeps the text as typed: what Markdown would read as markup is escaped, not lost', async () => {
    const corpus = sampleCorpus();
    const file = join(corpus.root, 'typed.txt');
    writeFileSync(file, '1. Not a list, and *not emphasis*, <not a tag> & [not a link](x).\n\n# Not a heading, and 2 < 3.\n');
    expect(runScript('new-article', corpus.root, ['typed', file]).status).toBe(0);
    const { articles } = await corpus.compile();
    const typed = articles.find((a) => a.slug === 'typed')!;
    expect(servedProblems(typed)).toEqual([]);
    expect(typed.placed!.paragraphs.map((p) => p.text)).toEqual(['1. Not a list, and *not emphasis*, <not a tag> & [not a link](x).', '# Not a heading, and 2 < 3.']);
  });

  it.each([
    ['no file', ['no-file', 'missing.txt'], 'there is no file missing.txt'],
    ['a file of another kind', ['other-kind', 'package.json'], 'package.json is not a .txt or .md file'],
    ['a slug the site refuses', ['Fuel Reform', TEXT], 'the folder name "Fuel Reform" cannot be the article\'s address; choose lower-case letters, digits and single hyphens, e.g. "fuel-reform"'],
    ['an existing slug', ['sample', TEXT], 'articles/sample already exists; choose another slug'],
    ['no slug', [TEXT], 'give the article\'s slug (its address) and the text file'],
  ])('refuses %s with what to do, and writes nothing', (_what, args, message) => {
    const corpus = sampleCorpus();
    const before = readdirSync(join(corpus.root, 'articles'));
    const run = runScript('new-article', corpus.root, args);
    expect(run.status).toBe(1);
    expect(run.err).toContain(message);
    expect(run.err).toContain('Nothing was written.');
    expect(readdirSync(join(corpus.root, 'articles'))).toEqual(before);
  });

  it('refuses an empty file', () => {
    const corpus = sampleCorpus();
    const file = join(corpus.root, 'empty.txt');
    writeFileSync(file, ' \n\n');
    const run = runScript('new-article', corpus.root, ['empty', file]);
    expect(run.status).toBe(1);
    expect(run.err).toContain('has no text in it');
    expect(existsSync(join(corpus.root, 'articles', 'empty'))).toBe(false);
  });
});
