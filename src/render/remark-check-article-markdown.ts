import type { Root } from 'mdast';
import type { Node } from 'unist';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { findUnsafeMarkdown, isSafeLink, visitWithinNesting } from '../lib/markdown/markdown-safety.ts';
import { reportProblems } from './tree/content-problems-data.ts';

/**
 * The article's Markdown keeps the rules of notes (markdown-safety.ts): no raw HTML (Astro's pipeline
 * would print it unescaped), no images, links only to http(s) addresses or `#id`s. Each breach is
 * reported with its line, and made harmless so that the rest of the text is still checked: raw HTML
 * becomes text, images and unsafe links are dropped, and a passage nested too deep becomes its own
 * source text, so that turning the tree into HTML (which recurses once per level) cannot exhaust the
 * stack. Hand-written rather than `rehype-sanitize`,
 * which drops what it refuses silently: an editor needs each breach named with its line.
 */
export default function remarkCheckArticleMarkdown() {
  return (tree: Root, file: VFile) => {
    const issues = findUnsafeMarkdown(tree, 'the article');
    if (issues.length === 0) return;
    const path = file.path ? relative(process.cwd(), file.path) : 'article.md';
    reportProblems(file, issues.map(({ line, problem, fix }) => ({ file: path, line, problem, fix })));
    const source = String(file.value);
    const asText = (node: Node) => ({ type: 'text' as const, value: source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0) });
    visitWithinNesting(tree, (node, index, parent) => {
      if (parent && index !== undefined) (parent.children as Node[])[index] = asText(node);
    }, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'html') parent.children[index] = { type: 'text', value: node.value };
      else if (node.type === 'image' || node.type === 'imageReference') parent.children.splice(index, 1);
      else if (node.type === 'link' && !isSafeLink(node.url)) node.url = '#';
      else if (node.type === 'footnoteReference') parent.children[index] = { type: 'text', value: `[^${node.label ?? node.identifier}]` };
      else if (node.type === 'footnoteDefinition') (parent.children as Node[])[index] = { type: 'paragraph', children: [asText(node)] } as Node;
    });
  };
}
