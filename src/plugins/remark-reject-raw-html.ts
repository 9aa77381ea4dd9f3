import type { Root } from 'mdast';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { type ContentProblem, throwIfAny } from '../lib/content-problem.ts';

/**
 * The article is text: raw HTML in it would reach the page unescaped (Astro's pipeline lets it
 * through), so the build refuses it and says where it is.
 */
export default function remarkRejectRawHtml() {
  return (tree: Root, file: VFile) => {
    const problems: ContentProblem[] = [];
    visit(tree, 'html', (node) => {
      problems.push({
        file: file.path ? relative(process.cwd(), file.path) : 'article.md',
        line: node.position?.start.line ?? 1,
        problem: `the article contains raw HTML: ${JSON.stringify(node.value.slice(0, 60))}`,
        fix: 'write it as text; to show a literal "<", write \\<',
      });
    });
    throwIfAny(problems);
  };
}
