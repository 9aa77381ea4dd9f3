import type { ResultData } from './pagefind-client.ts';
import { escapeHtml } from '../../lib/format/escape-html.ts';
import { claimInSentence } from './claim-in-sentence.ts';
import { highlight, markLocated } from './mark-words.ts';
import { noteMatch } from './note-match.ts';

export { highlight } from './mark-words.ts';

/** The claim's words within the content: Pagefind's matches among them, by word index. */
function locatedInClaim(data: ResultData, claim: string): Set<number> {
  const claimWords = claim.trim().split(/\s+/).length;
  return new Set(data.locations.filter((at) => at < claimWords));
}

/**
 * A claim as a result that reads on its own: its sentence, the claim's words set apart (underlined as
 * its kind is in the article) and the query's words marked; its finding in words ("Unsourced — the
 * record contradicts it"); where the query matched its note, that part of the note; and the article
 * and the claim's number. Every field is escaped before any word is marked.
 */
function claimResult(item: HTMLLIElement, data: ResultData, href: string, query: string): void {
  const kind = data.filters.kind?.[0] ?? '';
  const record = data.filters.record?.[0];
  const claim = data.meta.claim ?? data.meta.title ?? '';
  const { before, after } = claimInSentence(data.meta.sentence, claim);
  const note = query ? noteMatch(data.content, data.meta.note ?? '', data.locations) : null;
  item.dataset.kind = kind;
  if (record) item.dataset.record = record;
  item.innerHTML = `
    <a class="result-link" href="${escapeHtml(href)}">${highlight(before, query)}<strong class="result-claim claim-sample" data-kind="${escapeHtml(kind)}">${markLocated(claim, locatedInClaim(data, claim))}</strong>${highlight(after, query)}</a>
    <p class="result-finding"><span class="kind-label" data-kind="${escapeHtml(kind)}">${escapeHtml(data.filters.finding?.[0] ?? kind)}</span></p>
    ${note ? `<p class="result-note"><span class="result-note-label">In the note:</span> ${note.cutStart ? '… ' : ''}${markLocated(note.text, note.located)}${note.cutEnd ? ' …' : ''}</p>` : ''}
    <p class="result-source">${escapeHtml(data.filters.article?.[0] ?? '')} · claim ${escapeHtml(data.meta.number ?? '')}</p>`;
}

/** An article whose own text holds the words: its title and Pagefind's excerpt, which Pagefind escapes. */
function textResult(item: HTMLLIElement, data: ResultData, href: string): void {
  item.dataset.kind = 'text';
  item.innerHTML = `
    <a class="result-link" href="${escapeHtml(href)}"><span class="result-title">${escapeHtml(data.meta.title ?? '')}</span></a>
    <p class="result-note">${data.excerpt}</p>`;
}

/**
 * A claim's address in its article, from its record's, `<slug>/<claim id>.html` (claim-record.ts): an
 * address given as meta would make the words of the article's slug match every one of its claims.
 */
export function claimAddress(recordUrl: string, base: string): string | null {
  const [, slug, id] = recordUrl.match(/([a-z0-9-]+)\/([a-z0-9-]+)\.html$/) ?? [];
  return slug && id ? `${base}articles/${slug}/#${id}` : null;
}

/** One result as a list item; empty if its address would leave the site. */
export function resultItem(data: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const isClaim = Boolean(data.filters.kind);
  const address = isClaim ? claimAddress(data.url, import.meta.env.BASE_URL) : data.url;
  if (!address) return item;
  const url = new URL(address, document.baseURI);
  if (url.origin !== location.origin) return item; // results only ever point inside the site
  if (isClaim) claimResult(item, data, url.pathname + url.hash, query);
  else textResult(item, data, url.pathname + url.hash);
  return item;
}

/** Arrow keys move between the result links and back to the box; Escape clears and returns to the box. */
export function handleResultKeys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement, onEscape: () => void): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && links.length > 0) {
    event.preventDefault();
    links[Math.min(at + 1, links.length - 1)]!.focus();
  } else if (event.key === 'ArrowUp' && at >= 0) {
    event.preventDefault();
    if (at === 0) input.focus();
    else links[at - 1]!.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    onEscape();
    input.focus();
  }
}
