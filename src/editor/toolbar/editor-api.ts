/*
 * What the editor's panel and its server endpoint say to each other (src/editor/server): plain data,
 * no code, so that the panel, which runs in the page, imports nothing of the server's.
 */

/** Where the endpoint answers, on the development server only. */
export const EDITOR_PATH = '/_editor/';
/** The message the server sends the panel (the toolbar's channel) when a file under content/ changes. */
export const CONTENT_CHANGED = 'annotated-reading:content-changed';

export interface ProblemView {
  file: string;
  line: number;
  problem: string;
  fix: string;
}

/** A passage of a paragraph: offsets into the paragraph's text as readers see it. */
export interface PassageView {
  paragraphId: string;
  start: number;
  end: number;
  text: string;
}

export interface QuoteView {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface ClaimView extends PassageView, ClaimFields {
  number: number;
}

export interface DraftView extends PassageView {
  line: number;
}

export interface SourceView {
  id: string;
  title: string | null;
  publisher: string;
  url: string;
  type: string;
}

/** Everything the panel shows of an article, read from its files now. */
export interface ArticleState {
  slug: string;
  draft: boolean;
  /** Digests of the files as read: a write names the one it was made from, and is refused if it changed. */
  files: { annotations: string; sources: string };
  /** The paragraphs as readers see them; absent while the files cannot be read at all. */
  paragraphs?: { id: string; text: string }[];
  claims: ClaimView[];
  drafts: DraftView[];
  problems: ProblemView[];
  /** Work left before publication: each with file:line. */
  leftToDo: { file: string; line: number; task: string }[];
  sources: SourceView[];
  sourceTypes: string[];
  nextSourceId: string;
}

export interface QuoteRequest {
  slug: string;
  paragraphId: string;
  start: number;
  end: number;
}

export interface QuoteAnswer extends PassageView {
  quote: QuoteView;
  suggestedId: string;
}

export interface ClaimFields {
  id: string;
  kind: string;
  quote: QuoteView;
  record?: string;
  basis?: string;
  sources: string[];
  note: string;
  fragment?: string;
}

export interface SaveClaimRequest {
  slug: string;
  /** The digest of annotations.yaml the panel read (ArticleState.files). */
  annotations: string;
  claim: ClaimFields;
  /** The id of the claim this one edits. */
  replaces?: string;
}

export interface DeleteClaimRequest {
  slug: string;
  annotations: string;
  id: string;
}

/**
 * A draft entry to split at `at` (an offset in its paragraph), or, without `at`, to join with the next
 * one in its paragraph; or, with `reason`, to mark as asserting nothing (a notClaims entry).
 */
export interface DraftRequest {
  slug: string;
  annotations: string;
  draft: { paragraphId: string; start: number; end: number };
  at?: number;
  reason?: string;
}

export interface SourceFields {
  url: string;
  title: string | null;
  publisher: string;
  type: string;
  copyOf?: string | null;
  date: string | null;
  says: string[];
}

export interface AddSourceRequest {
  /** The digest of sources.json the panel read. */
  sources: string;
  source: SourceFields;
  /** The editor says they opened the address: a source nobody has seen is never cited. */
  seen: boolean;
}

/** A write done: what it did, and the id of a source it added. */
export interface Saved {
  saved: true;
  message: string;
  id?: string;
}
export type WriteAnswer = Saved | { saved: false; error: string; problems?: ProblemView[] };
