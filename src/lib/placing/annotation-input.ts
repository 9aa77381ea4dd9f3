import type { PlacedClaim, PlacedNotClaim } from './place-annotations.ts';
import type { AnnotationSet } from '../schema/annotation-set.ts';
import type { Registry } from '../schema/registry-schema.ts';
import type { Source } from '../schema/source-schema.ts';

/** What the Markdown pipeline receives, beside the article text, to annotate one article. */
export interface AnnotationInput extends AnnotationSet {
  /** The article's title, as published: the text a title claim marks. */
  titleText: string;
  /** Every id published so far: the notes show when each claim was reviewed, and its earlier versions. */
  registry: Registry;
  /** Only the sources this article cites, by id. */
  sources: Record<string, Source>;
  /** Reference markers such as "[2]" that stand in the article text, with the id they link to. */
  references: { marker: string; id: string }[];
  /**
   * The address of the article's page of changes, from the site's root (under its base path): a note
   * that changed links there. Never relative, so that the link holds at the article's address with or
   * without its trailing slash (a host that does not redirect serves both).
   */
  changesPath: string;
}

/** What the Markdown pipeline hands back: the claims placed in the text, in reading order. */
export interface PlacedArticle {
  /** Every paragraph and list item in order, with its id and its text as readers see it. */
  paragraphs: { id: string; text: string }[];
  /** The title claim first (when there is one), then the body's claims in reading order, each with its note as plain text. */
  claims: (PlacedClaim & { noteText: string })[];
  notClaims: PlacedNotClaim[];
  /** The ids `rehype-slug` gave the section headings, which no annotation id may take. */
  headingIds: string[];
  /**
   * The title's HTML with its claim marked, the claim's marker (kept out of the heading, so that the
   * heading's name is the title alone) and its note; absent without a title claim.
   */
  titleMarkup?: { html: string; markerHtml: string; noteHtml: string } | undefined;
}

/**
 * The one contract between the callers of the Markdown pipeline and its plugin (rehype-annotate): the
 * input rides in, and the placed article out, on the file's own data, so the frontmatter stays the
 * article's and nothing else reaches the page through it.
 */
declare module 'vfile' {
  interface DataMap {
    /** Set by the caller; a file without it (any Markdown but an article) passes through untouched. */
    annotationInput: AnnotationInput;
    /** Set by the plugin on the file it annotated. */
    placedArticle: PlacedArticle;
  }
}
