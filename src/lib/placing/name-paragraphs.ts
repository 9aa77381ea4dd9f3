import { startsWithWords, type TextBlock } from './anchor-quotes.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { AnnotationSet } from '../schema/annotation-set.ts';

const opening = (text: string) => text.trim().split(/\s+/).slice(0, 6).join(' ');

/**
 * Each block's paragraph id, from the entry whose opening words it starts with; a block no entry names, or
 * an entry that names none or several, is reported (and the block gets a stand-in id).
 */
export function nameParagraphs(blocks: readonly TextBlock[], set: AnnotationSet, problems: ContentProblem[]): string[] {
  const { file } = set;
  const ids: (string | undefined)[] = blocks.map(() => undefined);

  for (const entry of set.paragraphs) {
    const matches = blocks.flatMap((block, i) => (startsWithWords(block.text, entry.starts) ? [i] : []));
    if (matches.length === 0) {
      problems.push({
        file,
        line: entry.line,
        problem: `no paragraph of the article starts with "${entry.starts}" (paragraph id "${entry.id}")`,
        fix: 'make `starts` the opening words of the paragraph exactly as in article.md',
      });
    } else if (matches.length > 1) {
      problems.push({
        file,
        line: entry.line,
        problem: `${matches.length} paragraphs start with "${entry.starts}" (paragraph id "${entry.id}")`,
        fix: 'quote more of the opening words, so that they name one paragraph',
      });
    } else {
      const index = matches[0]!;
      const taken = ids[index];
      if (taken !== undefined) {
        problems.push({
          file,
          line: entry.line,
          problem: `the paragraph starting "${opening(blocks[index]!.text)}" already has the id "${taken}"`,
          fix: 'give each paragraph one id: remove this entry or point it at another paragraph',
        });
      } else ids[index] = entry.id;
    }
  }

  const firstLine = set.paragraphs[0]?.line ?? 1;
  blocks.forEach((block, index) => {
    if (ids[index] !== undefined) return;
    problems.push({
      file,
      line: firstLine,
      problem: `paragraph ${index + 1} of the article, starting "${opening(block.text)}", has no id`,
      fix: `add an entry under paragraphs, in article order: - { id: p-<a-few-words>, starts: "${opening(block.text)}" }`,
    });
  });
  return ids.map((id, index) => id ?? `p-unnamed-${index + 1}`);
}
