import type { LocatedClaim, LocatedParagraph } from './read-annotations.ts';
import type { PlacedClaim } from './place-annotations.ts';
import type { Source } from './source-schema.ts';

/** What the Markdown pipeline receives, beside the article text, to annotate one article. */
export interface AnnotationInput {
  /** The annotation file, as the path problems should name. */
  file: string;
  paragraphs: LocatedParagraph[];
  claims: LocatedClaim[];
  /** Only the sources this article cites, by id. */
  sources: Record<string, Source>;
  /** Reference markers such as "[2]" that stand in the article text, with the id they link to. */
  references: { marker: string; id: string }[];
}

/** What the Markdown pipeline hands back: the claims placed in the text, in reading order. */
export interface PlacedArticle {
  paragraphIds: string[];
  claims: PlacedClaim[];
}

/** The frontmatter keys the pipeline reads and writes; the one contract between loader and plugin. */
export const INPUT_KEY = 'annotationInput';
export const OUTPUT_KEY = 'placedArticle';
