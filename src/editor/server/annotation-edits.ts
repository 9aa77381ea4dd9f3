import type { DraftRequest, SaveClaimRequest } from '../toolbar/editor-api.ts';
import { anchorQuote, type TextBlock } from '../../lib/placing/anchor-quotes.ts';
import { quoteForPassage } from '../../lib/placing/quote-for-passage.ts';
import { MIN_STATEMENT_WORDS } from '../../lib/problems/claim-statement.ts';
import { type ClaimInput, claimSchema } from '../../lib/schema/annotation-schema.ts';
import type { CompiledArticle } from '../../render/compile-article.ts';
import { readClaimsSequence } from '../annotation-file/claims-sequence.ts';
import { claimYaml, draftYaml, notClaimYaml } from '../annotation-file/entry-yaml.ts';
import { type Anchor, type NewEntry, spliceClaims } from '../annotation-file/splice-claims.ts';
import { Refusal } from './content-files.ts';

/*
 * The panel's edits of annotations.yaml, each from the file's text and the article as compiled from
 * it: what to remove from `claims:` and what to add where, spliced so that every other byte stays.
 * Whether the result is right is not judged here: the save compiles it as the check does
 * (validated-save.ts).
 */

interface Article {
  text: string;
  compiled: CompiledArticle;
}

/** The list's entries with where each stands in the text (a claim's or a draft's, found by its line). */
function entriesOf({ text, compiled }: Article) {
  const list = readClaimsSequence(text);
  if ('refused' in list) throw new Refusal(422, list.refused);
  if (!compiled.placed) throw new Refusal(422, 'the article cannot be read as it stands: fix the problems the panel lists first');
  const paragraphs = compiled.placed.paragraphs;
  const blocks: TextBlock[] = paragraphs.map(({ text: t }) => ({ text: t }));
  const claims = compiled.placed.claims.filter((c) => c.blockIndex >= 0);
  const drafts = compiled.drafts ?? [];
  const anchors = list.entries.map((entry): Anchor | undefined => {
    const id = (entry.value as { id?: unknown } | null)?.id;
    const found = typeof id === 'string' ? claims.find((c) => c.id === id) : drafts.find((d) => d.line === entry.line);
    return found && { blockIndex: found.blockIndex, start: found.start, end: found.end };
  });
  const isDraft = (index: number) => Object.hasOwn((list.entries[index]!.value ?? {}) as object, 'draft');
  return { list, anchors, blocks, paragraphs, isDraft };
}

const overlaps = (a: Anchor, b: Anchor) => a.blockIndex === b.blockIndex && a.start < b.end && b.start < a.end;
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A passage's span without the spaces and the joining punctuation at its edges (", and Russia…" → "and Russia…"). */
function trimmed(text: string, start: number, end: number): Anchor & { blockIndex: -1 } {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:–—-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:–—-]/.test(text[e - 1]!)) e--;
  return { blockIndex: -1, start: s, end: e };
}

/** A draft entry for a span of a paragraph, when it names one passage and is long enough to be a statement. */
function draftEntry(blocks: readonly TextBlock[], blockIndex: number, start: number, end: number, replaces: number, always = false): NewEntry[] {
  const span = trimmed(blocks[blockIndex]!.text, start, end);
  if (span.end <= span.start || (!always && words(blocks[blockIndex]!.text.slice(span.start, span.end)) < MIN_STATEMENT_WORDS)) return [];
  const quote = quoteForPassage(blocks, blockIndex, span.start, span.end);
  return quote ? [{ yaml: (indent) => draftYaml(quote, indent), anchor: { blockIndex, start: span.start, end: span.end }, replaces }] : [];
}

/**
 * A claim saved from the panel: written in reading order, or in the place of the claim it edits. The
 * draft entries it overlaps give way: what is left of one before or after it stays a draft, when that
 * is long enough to be a statement (a leftover "In 2022," is not).
 */
export function saveClaimText(article: Article, request: SaveClaimRequest): string {
  const parsed = claimSchema.safeParse(request.claim);
  if (!parsed.success) throw new Refusal(422, `the claim is not complete: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'claim'}: ${i.message}`).join('; ')}`);
  const claim: ClaimInput = parsed.data;
  const { list, anchors, blocks, isDraft } = entriesOf(article);
  const found = anchorQuote(blocks, claim.quote);
  if (found.found !== 'once') throw new Refusal(422, found.found === 'none' ? `the words "${claim.quote.exact}" are not in the article (was article.md edited?): select them again` : `the words "${claim.quote.exact}" occur ${found.count} times: select them again, so that the panel adds the words around them`);
  const anchor = found.anchor;
  const removed = new Set<number>();
  const added: NewEntry[] = [];
  let place: number | undefined;
  if (request.replaces !== undefined) {
    place = list.entries.findIndex((e) => (e.value as { id?: unknown } | null)?.id === request.replaces);
    if (place < 0) throw new Refusal(409, `the claim "${request.replaces}" is no longer in annotations.yaml; the panel has read the file again`);
    removed.add(place);
  }
  anchors.forEach((draft, index) => {
    if (!draft || !isDraft(index) || !overlaps(draft, anchor)) return;
    removed.add(index);
    place ??= index;
    added.push(...draftEntry(blocks, draft.blockIndex, draft.start, anchor.start, index), ...draftEntry(blocks, draft.blockIndex, anchor.end, draft.end, index));
  });
  added.push({ yaml: (indent) => claimYaml(claim, indent), anchor, ...(place !== undefined ? { replaces: place } : {}) });
  return spliceClaims(article.text, list, anchors, removed, added);
}

/**
 * A claim deleted from the panel. Its words become a draft entry in its place, back to classify (and the
 * article's coverage stays complete), unless another claim holds them all (an opinion on a word inside
 * a factual claim), where nothing is left unclassified.
 */
export function deleteClaimText(article: Article, id: string): string {
  const { list, anchors, blocks, isDraft } = entriesOf(article);
  const index = list.entries.findIndex((e) => (e.value as { id?: unknown } | null)?.id === id);
  if (index < 0) throw new Refusal(409, `the claim "${id}" is no longer in annotations.yaml; the panel has read the file again`);
  const gone = anchors[index];
  const inside = (outer: Anchor, inner: Anchor) => outer.blockIndex === inner.blockIndex && outer.start <= inner.start && inner.end <= outer.end;
  const held = gone !== undefined && anchors.some((a, i) => a && i !== index && !isDraft(i) && inside(a, gone));
  const added = gone && !held ? draftEntry(blocks, gone.blockIndex, gone.start, gone.end, index, true) : [];
  return spliceClaims(article.text, list, anchors, new Set([index]), added);
}

/** The draft entry a request names, by its paragraph and span as the panel was given them. */
function findDraft(article: Article, request: DraftRequest) {
  const entries = entriesOf(article);
  const blockIndex = entries.paragraphs.findIndex((p) => p.id === request.draft.paragraphId);
  const index = entries.anchors.findIndex((a, i) => a && entries.isDraft(i) && a.blockIndex === blockIndex && a.start === request.draft.start && a.end === request.draft.end);
  if (index < 0) throw new Refusal(409, 'that draft entry is no longer in annotations.yaml as the panel showed it; the panel has read the file again');
  return { ...entries, index, draft: entries.anchors[index]! };
}

/** A draft entry split in two at the space nearest `at`: two passages to classify apart. */
export function splitDraftText(article: Article, request: DraftRequest): string {
  const { list, anchors, blocks, index, draft } = findDraft(article, request);
  const text = blocks[draft.blockIndex]!.text;
  const at = request.at ?? -1;
  const space = [...text.slice(draft.start, draft.end).matchAll(/\s+/g)].map((m) => draft.start + m.index).sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
  if (at <= draft.start || at >= draft.end || space === undefined) throw new Refusal(422, 'split a draft entry between two of its words');
  const parts = [...draftEntry(blocks, draft.blockIndex, draft.start, space, index, true), ...draftEntry(blocks, draft.blockIndex, space, draft.end, index, true)];
  if (parts.length !== 2) throw new Refusal(422, 'each part of a split draft entry needs words of its own, named once in the article');
  return spliceClaims(article.text, list, anchors, new Set([index]), parts);
}

/** A draft entry widened over the next one in its paragraph (a sentence the splitter cut in two, say). */
export function joinDraftText(article: Article, request: DraftRequest): string {
  const { list, anchors, blocks, index, draft, isDraft } = findDraft(article, request);
  const next = anchors
    .map((a, i) => ({ a, i }))
    .filter(({ a, i }) => a && isDraft(i) && a.blockIndex === draft.blockIndex && a.start >= draft.end)
    .sort((x, y) => x.a!.start - y.a!.start)[0];
  if (!next) throw new Refusal(422, 'this draft entry is the last of its paragraph: there is no next one to widen it over (a claim may not cross paragraphs)');
  const joined = draftEntry(blocks, draft.blockIndex, draft.start, next.a!.end, index, true);
  return spliceClaims(article.text, list, anchors, new Set([index, next.i]), joined);
}

/**
 * A draft entry marked as asserting nothing (a transition such as "Let us mention them:"): it leaves
 * `claims:` and joins `notClaims:`, in reading order there, with the editor's reason.
 */
export function notAClaimText(article: Article, request: DraftRequest): string {
  const reason = String(request.reason ?? '').trim();
  if (reason === '') throw new Refusal(422, 'say why these words assert nothing (e.g. "A transition introducing the list of risks")');
  const { list, anchors, blocks, index, draft } = findDraft(article, request);
  const quote = quoteForPassage(blocks, draft.blockIndex, draft.start, draft.end);
  if (!quote) throw new Refusal(422, 'these words occur twice with the same words around them: split or widen the draft entry first');
  const without = spliceClaims(article.text, list, anchors, new Set([index]), []);
  const passages = readClaimsSequence(without, 'notClaims');
  if ('refused' in passages) throw new Refusal(422, passages.refused);
  // Where each passage already marked stands, found as the check finds it: by its quote.
  const placed = passages.entries.map((entry): Anchor | undefined => {
    const found = anchorQuote(blocks, ((entry.value ?? {}) as { quote?: { exact: string } }).quote ?? { exact: '' });
    return found.found === 'once' ? found.anchor : undefined;
  });
  return spliceClaims(without, passages, placed, new Set(), [{ yaml: (indent) => notClaimYaml(quote, reason, indent), anchor: draft }]);
}
