import { quoteForPassage } from '../../lib/placing/quote-for-passage.ts';
import { idFromWords } from '../../lib/drafts/suggest-id.ts';
import type { QuoteAnswer, QuoteRequest } from '../toolbar/editor-api.ts';
import { compileForEdit } from './article-state.ts';
import { Refusal } from './content-files.ts';

/**
 * The claim form's start, for words selected in the page: their quote (a W3C TextQuoteSelector with a
 * prefix or suffix only when the words occur more than once, quote-for-passage.ts) and an id made
 * from them that no claim, paragraph or published id of the article has.
 */
export async function quoteForSelection(contentDir: string, request: QuoteRequest): Promise<QuoteAnswer> {
  const { compiled } = await compileForEdit(contentDir, request.slug);
  const paragraphs = compiled.placed?.paragraphs;
  if (!paragraphs) throw new Refusal(422, 'the article cannot be read as it stands: fix the problems the panel lists first');
  const blockIndex = paragraphs.findIndex((p) => p.id === request.paragraphId);
  const text = paragraphs[blockIndex]?.text;
  const { start, end } = request;
  if (text === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new Refusal(422, 'select words within one paragraph of the article');
  }
  // The selection without the spaces at its edges: a double-click takes the space after a word too.
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  const blocks = paragraphs.map((p) => ({ text: p.text }));
  const quote = quoteForPassage(blocks, blockIndex, from, to);
  if (!quote) throw new Refusal(422, 'these words occur twice in their paragraph, with the same words around them: select a little more');
  const registry = compiled.article?.input.registry;
  const taken = new Set([...(compiled.article?.declaredIds ?? []), ...Object.keys(registry?.claims ?? {}), ...Object.keys(registry?.paragraphs ?? {}), ...(compiled.article?.input.tombstones.map((t) => t.id) ?? [])]);
  return { paragraphId: request.paragraphId, start: from, end: to, text: text.slice(from, to), quote, suggestedId: idFromWords(quote.exact, taken) };
}
