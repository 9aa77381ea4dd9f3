/**
 * A mistake an editor can make in content, stated so that they can fix it without reading code:
 * where (`file:line`), what is wrong, and what to do.
 */
export interface ContentProblem {
  file: string;
  line: number;
  problem: string;
  fix: string;
}

export function formatProblem({ file, line, problem, fix }: ContentProblem): string {
  return `${file}:${line}: ${problem}\n    Fix: ${fix}`;
}

/** Thrown once with every problem found, so an editor sees all of them in one run. */
export class ContentProblems extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentProblems';
    this.problems = problems;
  }
}

export function throwIfAny(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentProblems(problems);
}

/**
 * True for a `ContentProblems` error. Checked by shape, not `instanceof`: the Markdown plugins and the
 * content loader can load this module as two separate instances (Astro's config bundle and its SSR graph).
 */
export function isContentProblems(error: unknown): error is ContentProblems {
  return error instanceof Error && error.name === 'ContentProblems' && Array.isArray((error as ContentProblems).problems);
}
