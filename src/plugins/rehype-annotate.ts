import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { PlacedArticle } from '../lib/placing/annotation-input.ts';
import type { ContentProblem } from '../lib/problems/content-problem.ts';
import { registeredClaim } from '../lib/schema/registry-schema.ts';
import { reportProblems } from './content-problems-data.ts';
import type { Tombstone } from '../lib/schema/annotation-schema.ts';
import { formatDate } from '../lib/format/format-date.ts';
import { noteToHast } from '../lib/markdown/note-markdown.ts';
import { noteHastToText } from '../lib/markdown/note-text.ts';
import { type PlacedClaim, placeAnnotations, TITLE_PARAGRAPH } from '../lib/placing/place-annotations.ts';
import { wrapTextRange } from './hast-wrap.ts';
import { claimMarker, claimSpan, MARKER_JOINER, noteTree } from './note-tree.ts';
import { linkReferenceMarkers } from './reference-markers.ts';

interface Block {
  element: Element;
  parent: Root | Element;
}

/** Paragraphs and list items, in reading order: the passages that get permanent ids and notes. */
function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName === 'li' || node.tagName === 'p') {
      blocks.push({ element: node, parent: parent as Root | Element });
      return SKIP; // a list item's own paragraphs belong to it
    }
  });
  return blocks;
}

function selfLink(id: string, label: string, text: string, className: string): Element {
  return h('a', { className: [className], href: `#${id}`, ariaLabel: label }, text);
}

/** Gives a paragraph its id, its self-link and its notes; a list item keeps its place in the list. */
function frame(block: Block, id: string, number: number, notes: Element[], tombstones: Element[]): void {
  const { element, parent } = block;
  const link = selfLink(id, `Paragraph ${number}: link to this paragraph`, `¶${number}`, 'para-link');
  const aside: ElementContent[] = notes.length > 0 ? [h('div', { className: ['notes'] }, notes)] : [];

  if (element.tagName === 'li') {
    const text = h('p', element.children);
    element.properties = { ...element.properties, id, className: ['para'] };
    element.children = [...tombstones, text, link, ...aside];
    return;
  }
  const wrapper = h('div', { className: ['para'], id }, [...tombstones, { ...element }, link, ...aside]);
  const index = parent.children.indexOf(element as RootContent & ElementContent);
  parent.children.splice(index, 1, wrapper);
}

/**
 * Anchors for the retired ids that now land in this paragraph: at the claim that replaced them, or where
 * a removed claim stood. Each holds a notice that CSS shows only when the anchor is the target.
 */
function tombstonesLandingIn(paragraphId: string, tombstones: readonly Tombstone[], claims: readonly PlacedClaim[]): Element[] {
  return tombstones.flatMap((tombstone) => {
    const replacement = 'replacedBy' in tombstone ? claims.find((c) => c.id === tombstone.replacedBy) : undefined;
    const lands = replacement ? replacement.paragraphId : 'replacedBy' in tombstone ? tombstone.replacedBy : tombstone.paragraph;
    if (lands !== paragraphId) return [];
    const what = replacement
      ? [`now part of claim ${replacement.number}, `, h('a', { href: `#${replacement.id}` }, 'here'), '.']
      : 'replacedBy' in tombstone
        ? ['now part of this paragraph.']
        : ['removed; it stood in this paragraph.'];
    return [
      h('div', { className: ['tombstone'], id: tombstone.id, dataReplacedBy: 'replacedBy' in tombstone ? tombstone.replacedBy : undefined }, [
        h('p', { className: ['tombstone-notice'], role: 'note' }, [
          `The link you followed (#${tombstone.id}) was changed on `,
          h('time', { dateTime: tombstone.date }, formatDate(tombstone.date)),
          `: ${tombstone.reason} It is `,
          ...what,
        ]),
      ]),
    ];
  });
}

/**
 * Section headings stand at the top level of the article: no need to search the notes for them.
 * Returns their ids, which no annotation id may take.
 */
function linkHeadings(tree: Root): string[] {
  const ids: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'h2' || typeof node.properties.id !== 'string') continue;
    ids.push(node.properties.id);
    node.children.push(
      h('a', { className: ['heading-link'], href: `#${node.properties.id}`, ariaLabel: `Section: ${toString(node)}: link to this section` }, '#'),
    );
  }
  return ids;
}

/**
 * Marks every claim of an annotated article: wraps its words, numbers it, puts its note after its
 * paragraph, and hands the placed claims back on the file's data (`placedArticle`, beside the
 * `annotationInput` it reads there: src/lib/placing/annotation-input.ts). What it finds wrong it
 * reports on the file (content-problems-data.ts) and places all it can. Files without annotations pass
 * through untouched.
 */
export default function rehypeAnnotate() {
  return (tree: Root, file: VFile) => {
    const input = file.data.annotationInput;
    if (!input) return;

    const blocks = collectBlocks(tree);
    const texts = blocks.map((block) => toString(block.element));
    const placement = placeAnnotations(
      texts.map((text) => ({ text })),
      input,
      input.titleText,
    );
    const problems: ContentProblem[] = [...placement.problems];
    const [titleClaim] = placement.claims.filter((c) => c.paragraphId === TITLE_PARAGRAPH);
    const bodyClaims = placement.claims.filter((c) => c.paragraphId !== TITLE_PARAGRAPH);

    // The claim that ends last first: a marker, once in, cannot shift the offsets of the claims still to
    // wrap, which all end at or before it. Of two that end together the outer one goes first, so that the
    // inner one is then wrapped inside it, its marker too.
    const byEnd = [...bodyClaims].sort((a, b) => b.blockIndex - a.blockIndex || b.end - a.end || a.start - b.start);
    for (const claim of byEnd) {
      const wrapped = wrapTextRange(blocks[claim.blockIndex]!.element, claim.start, claim.end, (children) => [
        claimSpan(claim, children),
        { type: 'text', value: MARKER_JOINER },
        claimMarker(claim),
      ]);
      if (!wrapped) {
        problems.push({
          file: input.file,
          line: claim.line,
          problem: `the quote of "${claim.id}" starts inside a link or emphasis and ends outside it (or the reverse)`,
          fix: 'make the quote begin and end on the same side of the formatting',
        });
      }
    }
    reportProblems(file, problems);

    // Each note is parsed once: its HTML for the page, its text for search and the exports.
    const noteHast = new Map(placement.claims.map((c) => [c.id, noteToHast(c.note)]));
    const note = (c: PlacedClaim) => noteTree(c, noteHast.get(c.id)!, input.sources, registeredClaim(input.registry, c.id));
    blocks.forEach((block, index) => {
      linkReferenceMarkers(block.element, input.references);
      const notes = bodyClaims.filter((c) => c.blockIndex === index).map(note);
      const id = placement.paragraphIds[index]!;
      frame(block, id, index + 1, notes, tombstonesLandingIn(id, input.tombstones, placement.claims));
    });
    const headingIds = linkHeadings(tree);

    const placed: PlacedArticle = {
      paragraphs: placement.paragraphIds.map((id, index) => ({ id, text: texts[index]! })),
      claims: placement.claims.map((c) => ({ ...c, noteText: noteHastToText(noteHast.get(c.id)!) })),
      notClaims: placement.notClaims,
      headingIds,
      titleMarkup: titleClaim && {
        html: toHtml(claimSpan(titleClaim, [{ type: 'text', value: titleClaim.text }])),
        markerHtml: toHtml(claimMarker(titleClaim)),
        noteHtml: toHtml(note(titleClaim)),
      },
    };
    file.data.placedArticle = placed;
  };
}
