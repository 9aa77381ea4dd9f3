import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../../lib/problems/content-problem.ts';
import { pageIdUse } from '../../lib/site/page-ids.ts';

/** An element id the article's own Markdown gives (a heading's, from its words), and where. */
export interface TextId {
  id: string;
  line: number;
  what: string;
}

/** The ids in the tree as the Markdown made it, before any annotation is placed: headings' ids, above all. */
export function textElementIds(tree: Root): TextId[] {
  const found: TextId[] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id !== 'string') return;
    const what = /^h[1-6]$/.test(node.tagName) ? `the heading "${toString(node).slice(0, 60)}"` : `a <${node.tagName}> of the text`;
    found.push({ id: node.properties.id, line: node.position?.start.line ?? 1, what });
  });
  return found;
}

export interface ElementIdContext {
  /** The ids of the text, as `textElementIds` found them. */
  textIds: readonly TextId[];
  /** Every id the annotation file gives an element (paragraphs, claims, the title, tombstones), with its line. */
  annotationLines: ReadonlyMap<string, number>;
  /** Ids the page gives elements outside the article's text (the title claim and its note). */
  outside: ReadonlySet<string>;
  annotationsFile: string;
  articleFile: string;
}

/**
 * Holds the finished article tree to one element per id: every id in it is counted, with the ids the
 * page gives its own parts (page-ids.ts) and those it places outside the text. An id the text and an
 * annotation share is the annotation's to change, at its line; one the text shares with the page is
 * reported at the text's line. Ids only annotations share are their own rules' (read-annotations.ts,
 * check-registry.ts), and are not repeated here.
 */
export function elementIdProblems(tree: Root, context: ElementIdContext): ContentProblem[] {
  const count = new Map<string, number>();
  visit(tree, 'element', (node: Element) => {
    const { id } = node.properties;
    if (typeof id === 'string') count.set(id, (count.get(id) ?? 0) + 1);
  });
  for (const id of context.outside) count.set(id, (count.get(id) ?? 0) + 1);

  const problems: ContentProblem[] = [];
  const reported = new Set<string>();
  for (const { id, line, what } of context.textIds) {
    if (reported.has(id)) continue;
    const annotationLine = context.annotationLines.get(id);
    const use = pageIdUse(id);
    if (annotationLine !== undefined) {
      reported.add(id);
      problems.push({
        file: context.annotationsFile,
        line: annotationLine,
        problem: `the id "${id}" is also the id of a section heading of the article (${what}, line ${line} of article.md), so the page would have it twice`,
        fix: "choose another id (a heading's id is its words, in lower case, joined by hyphens); a tombstone's id is published, so there the heading is what must change",
      });
    } else if (use || (count.get(id) ?? 0) > 1) {
      reported.add(id);
      problems.push({
        file: context.articleFile,
        line,
        problem: `${what} gets the id "${id}", which is ${use ?? 'the id of another element of the page'}, so the page would have it twice`,
        fix: 'the text is published as written: if the words are right, ask for the page\'s own id to be renamed (src/lib/site/page-ids.ts); if not, correct them',
      });
    }
  }
  return problems;
}
