/**
 * `npm run new -- <slug> <file.txt|file.md> [--title "…"] [--author "…"]…`: starts an article from a
 * text. It makes `content/articles/<slug>/` with article.md (the text, its paragraphs kept, under a
 * frontmatter to complete, `status: draft`) and annotations.yaml (every paragraph named by its opening
 * words, every sentence a draft entry to classify). What it writes is first compiled as the build
 * compiles it, in a scratch folder, so that the new article passes `npm run check` with only its work
 * left to do. Bad input (no file, an empty one, a slug the site refuses or already has) is refused
 * with what to do, and nothing is written.
 */
import { siteFromEnvironment } from '../src/site.ts';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { articleMarkdown, draftAnnotationsYaml, readTextFile } from '../src/lib/drafts/new-article-files.ts';
import { formatProblem } from '../src/lib/problems/content-problem.ts';
import { ANNOTATIONS_FILE, ARTICLE_FILE, slugProblems } from '../src/lib/reading/content-layout.ts';
import { loadSources } from '../src/lib/reading/load-sources.ts';
import { compileArticle, servedProblems } from '../src/render/compile-article.ts';

const site = siteFromEnvironment();
const { contentDir } = site;
const USAGE = 'npm run new -- <slug> <file.txt|file.md> [--title "The title"] [--author "A. Author"]…';

function refuse(message: string): never {
  console.error(`npm run new: ${message}\n  Nothing was written. Usage: ${USAGE}`);
  process.exit(1);
}

/** The words of the command line: the slug, the file, and the options with their values. */
function readArguments(args: readonly string[]) {
  const positional: string[] = [];
  const authors: string[] = [];
  let title: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--title' || arg === '--author') {
      const value = args[++i]?.trim();
      if (!value) refuse(`${arg} needs a value, in quotes`);
      if (arg === '--title') title = value;
      else authors.push(value!);
    } else if (arg.startsWith('--')) refuse(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) refuse(positional.length < 2 ? 'give the article\'s slug (its address) and the text file' : `too many arguments: ${positional.slice(2).join(' ')}`);
  return { slug: positional[0]!, file: positional[1]!, title, authors };
}

const { slug, file, title: givenTitle, authors } = readArguments(process.argv.slice(2));
const folder = join(contentDir, 'articles', slug);

// The slug is the article's address: the site's own rule (content-layout.ts) says which it refuses.
const slugProblem = slugProblems(slug, folder)[0];
if (slugProblem) refuse(`${slugProblem.problem}; ${slugProblem.fix.replace(/^rename the folder to/, 'choose')}`);
if (existsSync(folder)) refuse(`${folder} already exists; choose another slug, or edit that article`);
const kind = extname(file).toLowerCase() === '.md' ? 'md' : extname(file).toLowerCase() === '.txt' ? 'txt' : undefined;
if (!kind) refuse(`${file} is not a .txt or .md file; save the text as plain text (.txt) or Markdown (.md)`);
const fileStat = await stat(file).catch(() => undefined);
if (!fileStat?.isFile()) refuse(`there is no file ${file}`);
const text = await readFile(file, 'utf8');
if (!/\p{L}/u.test(text)) refuse(`${file} has no text in it`);

const read = readTextFile(text, kind!);
const title = givenTitle ?? read.title;
const sources = await loadSources(contentDir);

/** Compiles the two files in a scratch content folder, as the build would; the folder is removed. */
async function compileDraft(article: string, annotations: string) {
  const scratch = await mkdtemp(join(tmpdir(), 'new-article-'));
  try {
    await mkdir(join(scratch, 'articles', slug), { recursive: true });
    await writeFile(join(scratch, 'articles', slug, ARTICLE_FILE), article);
    await writeFile(join(scratch, 'articles', slug, ANNOTATIONS_FILE), annotations);
    return await compileArticle(scratch, slug, sources, site.base);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const article = articleMarkdown({ title, authors, body: read.body });
// The paragraphs as readers will see them come from the article's own compile (an entry that names no
// paragraph is reported there, and the text is placed all the same).
const first = await compileDraft(article, 'paragraphs:\n  - { id: p-first, starts: "-" }\n');
const textProblems = first.problems.filter((p) => p.file.endsWith(ARTICLE_FILE));
if (textProblems.length > 0 || !first.placed) refuse(`the text cannot be an article as it stands:\n\n${(textProblems.length ? textProblems : first.problems).map(formatProblem).join('\n\n')}`);
const paragraphs = first.placed!.paragraphs.map((p) => p.text);
if (paragraphs.length === 0) refuse(`${file} has no paragraph of text`);

const annotations = draftAnnotationsYaml(paragraphs);
const compiled = await compileDraft(article, annotations.yaml);
const problems = servedProblems(compiled);
if (problems.length > 0) refuse(`what would be written does not pass the check (please report this):\n\n${problems.map(formatProblem).join('\n\n')}`);

await mkdir(join(contentDir, 'articles'), { recursive: true });
await mkdir(folder); // not recursive: an article made meanwhile under this slug is not overwritten
await writeFile(join(folder, ARTICLE_FILE), article, { flag: 'wx' });
await writeFile(join(folder, ANNOTATIONS_FILE), annotations.yaml, { flag: 'wx' });

const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
const placeholders = compiled.leftToDo.length - annotations.drafts;
console.log(
  [
    `Made ${folder}/, a draft:`,
    `  ${ARTICLE_FILE}: ${paragraphs.length} paragraph(s), ${words} words${title ? `, titled "${title}"` : ''}; ${placeholders} frontmatter value(s) to fill in (marked "(to do: …)")`,
    `  ${ANNOTATIONS_FILE}: ${paragraphs.length} paragraph id(s), ${annotations.drafts} sentence(s) to classify`,
    ...(annotations.unnamed ? [`  ${annotations.unnamed} sentence(s) occur twice in one paragraph and have no draft entry: npm run check names them`] : []),
    'Next: npm run dev, open the article (http://127.0.0.1:4321/articles/' + slug + '/) and the editor\'s panel in the toolbar at the foot of the page (docs/editing.md).',
  ].join('\n'),
);
