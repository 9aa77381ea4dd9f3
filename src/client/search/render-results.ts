import { findingInWords } from '../../lib/kinds/kinds.ts';
import { escapeHtml } from '../../lib/format/escape-html.ts';
import type { ClaimHit, ResultData } from './claim-hits.ts';
import { claimInSentence } from './claim-in-sentence.ts';
import { highlight, markLocated } from './mark-words.ts';
import { matchedPassage } from './matched-passage.ts';
import { textLocations } from './article-texts.ts';
import { queryTerms } from './word-match.ts';

export { highlight } from './mark-words.ts';

/** A claim's address in its article: the article's slug from its record's address, the id from its mark. */
export const claimAddress = (hit: Pick<ClaimHit, 'slug' | 'id'>, base: string) => `${base}articles/${hit.slug}/#${hit.id}`;

/** A list item that links inside the site only; empty, and so never shown as a link, otherwise. */
function linkedItem(address: string, fill: (item: HTMLLIElement, href: string) => void): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const url = new URL(address, document.baseURI);
  if (url.origin === location.origin) fill(item, url.pathname + url.hash);
  return item;
}

/**
 * A claim as a result that reads on its own: its sentence, the claim's words set apart (underlined as
 * its kind is in the article) and the query's words marked; its finding in words ("Unsourced — the
 * record contradicts it"); where the query matched its note, that part of the note; and the article
 * and the claim's number. Every field is escaped before any word is marked.
 */
export function claimItem(hit: ClaimHit, query: string): HTMLLIElement {
  return linkedItem(claimAddress(hit, import.meta.env.BASE_URL), (item, href) => {
    const { before, after } = claimInSentence(hit.sentence, hit.text);
    const note = query ? matchedPassage(hit.note, hit.inNote) : null;
    const finding = findingInWords({ kind: hit.kind, record: hit.record ?? undefined, basis: hit.basis ?? undefined });
    item.dataset.kind = hit.kind;
    if (hit.record) item.dataset.record = hit.record;
    item.innerHTML = `
    <a class="result-link" href="${escapeHtml(href)}">${highlight(before, query)}<strong class="result-claim claim-sample" data-kind="${hit.kind}">${markLocated(hit.text, hit.inText)}</strong>${highlight(after, query)}</a>
    <p class="result-finding"><span class="kind-label" data-kind="${hit.kind}">${escapeHtml(finding)}</span></p>
    ${note ? `<p class="result-note"><span class="result-note-label">In the note:</span> ${note.cutStart ? '… ' : ''}${markLocated(note.text, note.located)}${note.cutEnd ? ' …' : ''}</p>` : ''}
    <p class="result-source">${escapeHtml(hit.article)} · claim ${hit.number}</p>`;
  });
}

/**
 * An article whose own text holds the words: its title and the words around the first that holds a
 * query word, marked by the search's rule (Pagefind's own excerpt would also mark a word it fell back to).
 */
export function textItem(data: ResultData, query: string): HTMLLIElement {
  return linkedItem(data.url, (item, href) => {
    const excerpt = matchedPassage(data.content, textLocations(data, queryTerms(query)));
    item.dataset.kind = 'text';
    item.innerHTML = `
    <a class="result-link" href="${escapeHtml(href)}"><span class="result-title">${escapeHtml(data.meta.title ?? '')}</span></a>
    ${excerpt ? `<p class="result-note">${excerpt.cutStart ? '… ' : ''}${markLocated(excerpt.text, excerpt.located)}${excerpt.cutEnd ? ' …' : ''}</p>` : ''}`;
  });
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
