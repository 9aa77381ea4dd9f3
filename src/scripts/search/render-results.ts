import type { ResultData } from './pagefind-client.ts';
import { escapeHtml } from '../../lib/escape-html.ts';

const LABEL: Record<string, string> = { sourced: 'Sourced', unsourced: 'Unsourced', opinion: 'Opinion' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escapes `text`, then marks the words that begin with a query term. */
export function highlight(text: string, query: string): string {
  const terms = query.split(/\s+/).filter((t) => t.length > 1).map(escapeRegExp);
  const safe = escapeHtml(text);
  if (terms.length === 0) return safe;
  // A lookbehind, not \b: \b knows only ASCII letters, and would never mark a word such as “Çakıcı”.
  return safe.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeHtml).join('|')})[\\p{L}\\p{N}]*`, 'giu'), '<mark>$&</mark>');
}

const EXCERPT_WORDS = 28;

/** About 28 words of a note: from its start, or around the first word that matches the query. */
export function noteExcerpt(note: string, query: string): string {
  const words = note.split(/\s+/);
  if (words.length <= EXCERPT_WORDS) return note;
  const terms = query.toLowerCase().split(/\s+/).filter((t) => t.length > 1);
  const hit = words.findIndex((w) => terms.some((t) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '').startsWith(t)));
  const start = hit < EXCERPT_WORDS - 8 ? 0 : hit - 8;
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  return `${start > 0 ? '… ' : ''}${words.slice(start, end).join(' ')}${end < words.length ? ' …' : ''}`;
}

/**
 * One result as a list item. Every field is escaped before the query's words are marked; only
 * Pagefind's excerpt of the article's text, which Pagefind escapes itself, is inserted as it comes.
 */
export function resultItem(data: ResultData, query: string, compact = false): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const kind = data.meta.kind;
  // A claim's record carries its address in the article as the `url` meta (Pagefind's override).
  const url = new URL(data.meta.url ?? data.url, document.baseURI);
  if (url.origin !== location.origin) return item; // results only ever point inside the site
  if (kind) {
    item.dataset.kind = kind;
    item.innerHTML = `
      <a class="result-link" href="${escapeHtml(url.pathname + url.hash)}">
        <span class="kind-label" data-kind="${escapeHtml(kind)}">${escapeHtml(LABEL[kind] ?? kind)}</span>
        <span class="result-claim">${highlight(data.meta.claim ?? data.meta.title ?? '', query)}</span>
      </a>
      ${compact ? '' : `<p class="result-note">${highlight(noteExcerpt(data.meta.note ?? '', query), query)}</p>`}
      <p class="result-source">${escapeHtml(data.meta.article ?? '')} · claim ${escapeHtml(data.meta.number ?? '')}</p>`;
  } else {
    item.dataset.kind = 'text';
    item.innerHTML = `
      <a class="result-link" href="${escapeHtml(url.pathname + url.hash)}">
        <span class="kind-label kind-text">In the article’s text</span>
        <span class="result-claim">${escapeHtml(data.meta.title ?? '')}</span>
      </a>
      ${compact ? '' : `<p class="result-note">${data.excerpt}</p>`}`;
  }
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
