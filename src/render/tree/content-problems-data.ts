import type { VFile } from 'vfile';
import type { ContentProblem } from '../../lib/problems/content-problem.ts';

declare module 'vfile' {
  interface DataMap {
    /** What the plugins found wrong with the content: data for the caller, never a thrown error. */
    contentProblems: ContentProblem[];
  }
}

/**
 * The plugins report problems on the file and go on, so that one problem never hides another; the
 * caller (src/render/compile-article.ts) decides what fails.
 */
export function reportProblems(file: VFile, problems: readonly ContentProblem[]): void {
  (file.data.contentProblems ??= []).push(...problems);
}
