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
