import type { Root } from 'hast';
import { relative } from 'node:path';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { PlacedArticle } from '../lib/placing/annotation-input.ts';
import { noteToHast } from '../lib/markdown/note-markdown.ts';
import { noteHastToText } from '../lib/markdown/note-text.ts';
import { type PlacedClaim, placeAnnotations, TITLE_PARAGRAPH } from '../lib/placing/place-annotations.ts';
import { registeredClaim } from '../lib/schema/registry-schema.ts';
import { wrapClaims } from './tree/claim-wrapping.ts';
import { elementIdProblems, textElementIds } from './tree/element-ids.ts';
import { reportProblems } from './tree/content-problems-data.ts';
import { linkHeadings } from './tree/heading-links.ts';
import { noteTree } from './tree/note-tree.ts';
import { collectBlocks } from './tree/paragraph-blocks.ts';
import { frameParagraph } from './tree/paragraph-frames.ts';
import { linkReferenceMarkers } from './tree/reference-markers.ts';
import { titleMarkup } from './tree/title-markup.ts';
import { tombstonesLandingIn } from './tree/tombstones.ts';

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

    const textIds = textElementIds(tree);
    const blocks = collectBlocks(tree);
    const texts = blocks.map((block) => toString(block.element));
    const placement = placeAnnotations(
      texts.map((text) => ({ text })),
      input,
      input.titleText,
    );
    const [titleClaim] = placement.claims.filter((c) => c.paragraphId === TITLE_PARAGRAPH);
    const bodyClaims = placement.claims.filter((c) => c.paragraphId !== TITLE_PARAGRAPH);
    reportProblems(file, [...placement.problems, ...wrapClaims(blocks, bodyClaims, input.file)]);

    // Each note is parsed once: its HTML for the page, its text for search and the exports.
    const noteHast = new Map(placement.claims.map((c) => [c.id, noteToHast(c.note)]));
    const note = (c: PlacedClaim) => noteTree(c, noteHast.get(c.id)!, input, registeredClaim(input.registry, c.id));
    blocks.forEach((block, index) => {
      linkReferenceMarkers(block.element, input.references);
      const notes = bodyClaims.filter((c) => c.blockIndex === index).map(note);
      const id = placement.paragraphIds[index]!;
      frameParagraph(block, id, index + 1, notes, tombstonesLandingIn(id, input.tombstones, placement.claims, input.registry));
    });
    const headingIds = linkHeadings(tree);
    const annotated = [...input.paragraphs, ...input.claims, ...(input.title ? [input.title] : []), ...input.tombstones];
    reportProblems(
      file,
      elementIdProblems(tree, {
        textIds,
        annotationLines: new Map(annotated.map((entry) => [entry.id, entry.line])),
        outside: new Set(titleClaim ? [titleClaim.id, `note-${titleClaim.id}`] : []),
        annotationsFile: input.file,
        articleFile: file.path ? relative(process.cwd(), file.path) : 'article.md',
      }),
    );

    const placed: PlacedArticle = {
      paragraphs: placement.paragraphIds.map((id, index) => ({ id, text: texts[index]! })),
      claims: placement.claims.map((c) => ({ ...c, noteText: noteHastToText(noteHast.get(c.id)!) })),
      notClaims: placement.notClaims,
      headingIds,
      titleMarkup: titleClaim && titleMarkup(titleClaim, note(titleClaim)),
    };
    file.data.placedArticle = placed;
  };
}
