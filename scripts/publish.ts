/**
 * `npm run publish -- <slug>`: publishes a draft in one explicit step. It checks the article as a
 * published one (every problem, and anything left to do: passages not yet classified, placeholders
 * not yet filled) and refuses, writing nothing, while any remain; otherwise it turns `status: draft`
 * into `status: published` in article.md and records every id in registry.json and published-ids.txt,
 * dated today (what `npm run registry` does). From then on the article's ids are permanent, and an edit
 * to a claim is kept in its history when `npm run registry` records it.
 *
 * Given an article that is already published, it records its reviewed changes, as `npm run registry`.
 */
import { siteFromEnvironment } from '../src/site.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withStatusPublished } from '../src/lib/drafts/publish-status.ts';
import { formatProblem } from '../src/lib/problems/content-problem.ts';
import { ARTICLE_FILE, listArticles } from '../src/lib/reading/content-layout.ts';
import { writeFileAtomically } from '../src/lib/writing/write-atomically.ts';
import { buildProblems, type CompiledArticle } from '../src/render/compile-article.ts';
import { readContent } from './placed-articles.ts';
import { recordArticle } from './publishing/record-article.ts';

const site = siteFromEnvironment();
const { contentDir } = site;
const today = process.env.REGISTRY_DATE ?? new Date().toISOString().slice(0, 10);
const [slug, ...rest] = process.argv.slice(2);

const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};

if (!slug || rest.length > 0) fail('npm run publish: name one article: npm run publish -- <slug>', 2);
const articles = await listArticles(contentDir);
if (!articles.includes(slug!)) fail(`npm run publish: no article "${slug}" in ${contentDir}/articles/; the articles are: ${articles.join(', ') || 'none'}`, 2);

const compile = async (): Promise<CompiledArticle> => {
  const content = await readContent(site, [slug!]);
  if (content.sourceProblems.length > 0) fail(`${slug}: not published; content/sources.json has problems:\n\n${content.sourceProblems.map(formatProblem).join('\n\n')}`);
  return (await content.articles().next()).value!;
};

const compiled = await compile();
if (!compiled.draft) {
  const { recorded, message } = await recordArticle(compiled, today);
  if (!recorded) fail(message);
  console.log(`${slug} was already published; its changes are recorded: ${message.slice(slug!.length + 2)}`);
  process.exit(0);
}

// Checked as it will be once published: what is left to do is now a problem too. The mistakes are
// listed in full; the work left, when there is much of it, in a count and its first few.
const mistakes = buildProblems(compiled);
const left = compiled.leftToDo;
if (mistakes.length > 0 || left.length > 0) {
  const shown = left.length > 5 ? [...left.slice(0, 5).map((t) => t.problem), undefined] : left.map((t) => t.problem);
  fail(
    [
      `${slug}: not published (nothing was written): ${[mistakes.length ? `${mistakes.length} problem(s)` : '', left.length ? `${left.length} thing(s) left to do` : ''].filter(Boolean).join(' and ')}.`,
      ...mistakes.map(formatProblem),
      ...shown.map((p) => (p ? formatProblem(p) : `… and ${left.length - 5} more left to do: \`npm run check -- ${slug}\` lists them all.`)),
    ].join('\n\n'),
  );
}

const articlePath = join(contentDir, 'articles', slug!, ARTICLE_FILE);
const draftText = await readFile(articlePath, 'utf8');
const publishedText = withStatusPublished(draftText);
if (publishedText === undefined) fail(`${slug}: not published; ${articlePath} has no line "status: draft" in its frontmatter to change`);
await writeFileAtomically(articlePath, publishedText!);
const { recorded, message } = await recordArticle(await compile(), today);
if (!recorded) {
  await writeFileAtomically(articlePath, draftText);
  fail(`${slug}: not published (article.md is a draft again); ${message}`);
}
console.log(`${slug} is published: status: published in ${articlePath}; ${message.slice(slug!.length + 2)}. Commit the article's folder.`);
