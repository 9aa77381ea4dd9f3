import { countClaims } from '../../src/lib/kinds/count-claims.ts';
import { type ContentProblem, formatProblem, printable } from '../../src/lib/problems/content-problem.ts';
import { describeCoverage, type ParagraphCoverage } from '../../src/lib/placing/coverage.ts';
import { buildProblems, type CompiledArticle } from '../../src/render/compile-article.ts';

export interface CheckOptions {
  /** Each paragraph's coverage, naming the sentences no claim covers. */
  coverage: boolean;
  /** The bookkeeping entry by entry, with file:line, instead of one line an article. */
  all: boolean;
  /** Each draft's tasks, with file:line, instead of one line a draft (when articles were named). */
  tasks: boolean;
}

interface Content {
  sourceProblems: ContentProblem[];
  articles(): AsyncGenerator<CompiledArticle>;
}

/** The most ids a line of bookkeeping names before it says how many more. */
const IDS_NAMED = 6;

/**
 * An article's bookkeeping as one line: what is not yet recorded is not a mistake, and 45 entries of it
 * once buried the 3 problems that were. Each entry names its id in quotes (check-registry.ts).
 */
export function bookkeepingLine(slug: string, unrecorded: readonly ContentProblem[]): string {
  const ids = [...new Set(unrecorded.map((p) => /"([^"]+)"/.exec(p.problem)?.[1]).filter((id) => id !== undefined))];
  const named = ids.length > IDS_NAMED ? `${ids.slice(0, IDS_NAMED).join(', ')} and ${ids.length - IDS_NAMED} more` : ids.join(', ');
  const count = unrecorded.length === 1 ? '1 id or change' : `${unrecorded.length} ids and changes`;
  return `${slug}: ${count} not yet recorded as published (${named}); \`npm run registry\` records them (\`npm run check -- ${slug} --all\` lists each)`;
}

/** Coverage paragraph by paragraph, and under a paragraph with a gap, the words of each sentence in it. */
export function coverageLines(coverage: readonly ParagraphCoverage[]): string[] {
  const rows = describeCoverage(coverage);
  return coverage.flatMap((paragraph, index) => [
    `  ${rows[index]}`,
    ...paragraph.sentences.filter((s) => s.coveredBy === null).map((s) => `        not covered: "${printable(s.text.replace(/\s+/g, ' '))}"`),
  ]);
}

/**
 * What `npm run check` prints: `err` holds the real problems, then the bookkeeping; `out` each
 * article's counts (and coverage on request). `failed` when there is either: a published id must be
 * recorded before the content is ready, so the bookkeeping fails the check too (never the build).
 */
export async function reportCheck(content: Content, options: CheckOptions): Promise<{ out: string; err: string; failed: boolean }> {
  const problems: ContentProblem[] = [...content.sourceProblems];
  const bookkeeping: string[] = [];
  const unrecorded: ContentProblem[] = [];
  const summaries: string[] = [];
  const toDo: string[] = [];
  for await (const compiled of content.articles()) {
    problems.push(...buildProblems(compiled));
    if (compiled.draft && compiled.leftToDo.length > 0) toDo.push(...leftToDoLines(compiled, options.tasks));
    if (compiled.registry.unrecorded.length > 0) {
      unrecorded.push(...compiled.registry.unrecorded);
      bookkeeping.push(bookkeepingLine(compiled.slug, compiled.registry.unrecorded));
    }
    const { placed, coverage } = compiled;
    if (!placed || !coverage) continue;
    const { total, byKind } = countClaims(placed.claims);
    const left = compiled.drafts?.length ? `; ${compiled.drafts.length} passage(s) left to classify` : '';
    summaries.push(`${compiled.slug}${compiled.draft ? ' (draft)' : ''}: ${total} claims (${byKind.map(({ kind, count }) => `${count} ${kind}`).join(', ')}) in ${placed.paragraphs.length} paragraphs${left}`);
    if (options.coverage) summaries.push(...coverageLines(coverage));
  }

  const err: string[] = [];
  if (problems.length > 0) err.push(`${problems.map(formatProblem).join('\n\n')}\n\n${problems.length} problem(s) found.`);
  if (unrecorded.length > 0) {
    err.push(options.all ? `Not yet recorded as published:\n\n${unrecorded.map(formatProblem).join('\n\n')}` : `Not yet recorded as published (bookkeeping):\n${bookkeeping.map((line) => `  ${line}`).join('\n')}`);
  }
  const valid = problems.length === 0 && unrecorded.length === 0;
  if (toDo.length > 0) summaries.push(`Left to do in drafts (not mistakes; \`npm run publish -- <slug>\` refuses while any remain):\n${toDo.join('\n')}`);
  if (valid) summaries.push(`Content is valid: every sentence is covered and every published id resolves${toDo.length ? ', and the drafts have work left in them' : ''}.`);
  return { out: summaries.join('\n'), err: err.join('\n\n'), failed: !valid };
}

/** A draft's tasks: each with file:line, or one line saying how many and how to list them. */
function leftToDoLines(compiled: CompiledArticle, each: boolean): string[] {
  const { slug, leftToDo } = compiled;
  if (each) return leftToDo.map(({ file, line, task }) => `  ${printable(file)}:${line}: ${printable(task)}`);
  const passages = compiled.drafts?.length ?? 0;
  const placeholders = leftToDo.length - passages;
  const parts = [passages ? `${passages} passage(s) to classify` : '', placeholders ? `${placeholders} placeholder(s) to fill` : ''].filter(Boolean);
  return [`  ${slug}: ${parts.join(', ')} (\`npm run check -- ${slug}\` lists them)`];
}
