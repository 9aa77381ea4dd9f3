import { AstroError } from 'astro/errors';
import { type ContentProblem, formatProblem } from '../lib/problems/content-problem.ts';

/**
 * The build's error for bad content: every problem with `file:line` and its fix, as Astro shows a
 * user's mistake (message and hint), without a stack trace pointing into this project's code.
 */
export function contentError(problems: readonly ContentProblem[]): AstroError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const error = new AstroError(
    `The content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`,
    'Fix each problem where it points; `npm run check` lists them all without building.',
  );
  error.stack = ''; // Astro prints a stack when there is one; this error's place is in the message
  return error;
}
