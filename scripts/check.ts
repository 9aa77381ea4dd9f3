/**
 * `npm run check [-- <slug>…] [--coverage] [--all]`: validates the content without building the site,
 * through the build's own compile path, and exits non-zero if anything is wrong.
 *
 * What it prints is ordered for the editor who has to act on it (scripts/check/report.ts): the
 * problems that are real mistakes first, each with file:line and its fix, all at once; then, one line
 * an article, the bookkeeping (ids not yet recorded as published, which `npm run registry` records);
 * then each article's count of claims by kind, and what is left to do in drafts (not a mistake: a
 * count a draft, or, for the articles named, each task with file:line). A slug checks that article
 * alone (the sources are always checked). `--coverage` adds each paragraph's coverage, naming the sentences no claim covers;
 * `--all` lists the bookkeeping entry by entry, with file:line.
 */
import { listArticles } from '../src/lib/reading/content-layout.ts';
import { readContent } from './placed-articles.ts';
import { reportCheck } from './check/report.ts';
import { siteFromEnvironment } from '../src/site.ts';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const unknownFlags = [...flags].filter((f) => !['--coverage', '--all'].includes(f));
const site = siteFromEnvironment();
const { contentDir } = site;
const slugs = args.filter((a) => !a.startsWith('--'));

if (unknownFlags.length > 0) {
  console.error(`npm run check: unknown option ${unknownFlags.join(', ')}; use npm run check -- [<slug>…] [--coverage] [--all]`);
  process.exit(2);
}
const known = await listArticles(contentDir);
const unknown = slugs.filter((s) => !known.includes(s));
if (unknown.length > 0) {
  console.error(`npm run check: no article ${unknown.map((s) => JSON.stringify(s)).join(', ')} in ${contentDir}/articles/; the articles are: ${known.join(', ') || 'none'}`);
  process.exit(2);
}

const content = await readContent(site, slugs.length > 0 ? slugs : undefined);
const { out, err, failed } = await reportCheck(content, { coverage: flags.has('--coverage'), all: flags.has('--all'), tasks: slugs.length > 0 || flags.has('--all') });
if (out) console.log(out);
if (err) console.error(err);
process.exit(failed ? 1 : 0);
