import type { Kind } from '../../lib/annotation-schema.ts';
import { handleResultKeys, resultItem } from './render-results.ts';
import { preloadClaims, searchClaims } from './pagefind-client.ts';

const DEBOUNCE_MS = 200;
const PAGE = 20;
const KINDS: readonly Kind[] = ['sourced', 'unsourced', 'opinion'];

/**
 * The /search/ page: reads and writes ?q=, ?kind= (and ?article=) so that a search is a link,
 * shows the claims per kind for the query beside each filter, and lists the results.
 */
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const articleNote = document.querySelector<HTMLElement>('#search-article')!;
const kindInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];

let latest = 0;
let timer = 0;
let pending: Awaited<ReturnType<typeof searchClaims>> = null;
let shownCount = 0;

const params = new URLSearchParams(location.search);
let article = params.get('article');
input.value = params.get('q') ?? '';
const initialKind = params.get('kind');
for (const radio of kindInputs) radio.checked = radio.value === (KINDS.includes(initialKind as Kind) ? initialKind : '');

const selectedKind = (): Kind | null => (kindInputs.find((r) => r.checked)?.value as Kind | '') || null;

function writeAddress(): void {
  const next = new URLSearchParams();
  if (input.value.trim()) next.set('q', input.value.trim());
  const kind = selectedKind();
  if (kind) next.set('kind', kind);
  if (article) next.set('article', article);
  const query = next.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function showCounts(counts: Record<string, number>): void {
  const total = KINDS.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  for (const radio of kindInputs) {
    const count = radio.value ? (counts[radio.value] ?? 0) : total;
    radio.closest('label')!.querySelector('.filter-count')!.textContent = String(count);
  }
}

async function showMore(query: string): Promise<void> {
  if (!pending) return;
  const id = latest;
  const batch = await Promise.all(pending.results.slice(shownCount, shownCount + PAGE).map((r) => r.data()));
  if (id !== latest) return;
  list.append(...batch.map((data) => resultItem(data, query)));
  shownCount += batch.length;
  more.hidden = shownCount >= pending.results.length;
}

async function run(): Promise<void> {
  const id = ++latest;
  writeAddress();
  const query = input.value.trim();
  const kind = selectedKind();
  articleNote.hidden = !article;
  articleNote.querySelector('.article-name')!.textContent = article ?? '';
  const found = await searchClaims({ query, kind, article });
  if (id !== latest) return; // a newer search has started: this answer is stale
  pending = found;
  shownCount = 0;
  list.replaceChildren();
  more.hidden = true;
  if (!found) {
    showCounts({});
    status.textContent = 'Type a word, or choose a kind to list every claim of that kind.';
    return;
  }
  await showMore(query);
  const counts = await found.countKinds();
  if (id !== latest) return;
  showCounts(counts);
  if (id !== latest) return;
  const n = found.results.length;
  const what = kind ? `${kind} claim${n === 1 ? '' : 's'}` : `result${n === 1 ? '' : 's'}`;
  status.textContent =
    n === 0
      ? query
        ? `No ${kind ? `${kind} claim` : 'claim'} matches “${query}”. Try fewer or other words${kind ? ', or another kind' : ''}.`
        : `There are no ${kind ?? ''} claims here.`
      : query
        ? `${n} ${what} for “${query}”.`
        : `${n} ${what}, in reading order.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});
input.addEventListener('input', () => {
  preloadClaims(input.value);
  clearTimeout(timer);
  timer = window.setTimeout(run, DEBOUNCE_MS);
});
for (const radio of kindInputs) radio.addEventListener('change', () => void run());
more.addEventListener('click', () => void showMore(input.value.trim()));
articleNote.querySelector('button')!.addEventListener('click', () => {
  article = null;
  void run();
});
const clearQuery = () => {
  input.value = '';
  void run();
};
form.addEventListener('keydown', (event) => {
  if (event.target === input) handleResultKeys(event, input, list, clearQuery);
});
list.addEventListener('keydown', (event) => handleResultKeys(event, input, list, clearQuery));

document.documentElement.dataset.searchReady = '';
void run();
