import { KINDS, type Kind, RECORD_STATUSES, type RecordStatus } from '../../lib/kinds/kinds.ts';
import { claimItem, handleResultKeys, textItem } from './render-results.ts';
import { loadPagefind, searchClaims } from './pagefind-client.ts';
import { COUNT_AFTER_TYPING_MS, pause, searchAsTyped } from './search-as-typed.ts';
import { showCounts, statusText } from './search-page-text.ts';
import { SEARCH_UNAVAILABLE } from './search-unavailable.ts';

const PAGE = 20;

/**
 * The /search/ page: reads and writes ?q=, ?kind=, ?record= (and ?article=) so that a search is a link,
 * shows beside each filter how many claims choosing it would give, lists the claims found and, apart
 * from them, the articles whose own text holds the words.
 */
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const textSection = document.querySelector<HTMLDetailsElement>('#search-text')!;
const textList = document.querySelector<HTMLOListElement>('#search-text-results')!;
const results = document.querySelector<HTMLElement>('#search-found')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const articleNote = document.querySelector<HTMLElement>('#search-article')!;
const kindInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
const recordInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="record"]')];

let latest = 0;
let pending: Awaited<ReturnType<typeof searchClaims>> = null;

const params = new URLSearchParams(location.search);
let article = params.get('article');
input.value = params.get('q') ?? '';
const check = (inputs: HTMLInputElement[], value: string | null, allowed: readonly string[]) => {
  for (const radio of inputs) radio.checked = radio.value === (value !== null && allowed.includes(value) ? value : '');
};
check(kindInputs, params.get('kind'), KINDS);
check(recordInputs, params.get('record'), RECORD_STATUSES);

const chosen = (inputs: HTMLInputElement[]) => inputs.find((r) => r.checked)?.value || null;

function writeAddress(): void {
  const next = new URLSearchParams();
  if (input.value.trim()) next.set('q', input.value.trim());
  const kind = chosen(kindInputs);
  if (kind) next.set('kind', kind);
  const record = chosen(recordInputs);
  if (record) next.set('record', record);
  if (article) next.set('article', article);
  const query = next.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** Lists up to PAGE more claims, each as soon as the record holding it has been read. */
async function showMore(query: string): Promise<void> {
  if (!pending) return;
  const id = latest;
  more.hidden = true;
  for (let added = 0; added < PAGE && pending.hasMore(); ) {
    const batch = await pending.next(PAGE - added);
    if (id !== latest) return;
    if (batch.length === 0) break; // the next records held none: the reader may ask for more
    list.append(...batch.map((hit) => claimItem(hit, query)));
    added += batch.length;
  }
  more.hidden = !pending.hasMore();
}

/**
 * The articles whose own text holds the words: counted at once, listed once the reader opens the list,
 * for each result fetches its article's whole text (17 KB for the seed article; twenty of them would
 * outweigh the rest of the first search).
 */
async function showTexts(query: string): Promise<void> {
  const found = pending?.texts ?? [];
  const id = latest;
  const shown = textSection.open ? await Promise.all(found.slice(0, PAGE).map((r) => r.data())) : [];
  if (id !== latest) return;
  textList.replaceChildren(...shown.map((data) => textItem(data, query)));
  textSection.hidden = found.length === 0;
  textSection.querySelector('.text-count')!.textContent = String(found.length);
}

/** Search that cannot load says so in the status line, with nothing listed. */
function sayUnavailable(id: number): void {
  if (id !== latest) return;
  pending = null;
  results.hidden = true;
  textSection.hidden = true;
  more.hidden = true;
  status.textContent = SEARCH_UNAVAILABLE;
}

function run(options: { typing?: boolean } = {}): Promise<void> {
  const answer = search(options);
  const id = latest;
  return answer.catch(() => sayUnavailable(id));
}

async function search({ typing = false }): Promise<void> {
  const id = ++latest;
  writeAddress();
  const query = input.value.trim();
  const kind = chosen(kindInputs) as Kind | null;
  const record = chosen(recordInputs) as RecordStatus | null;
  articleNote.hidden = !article;
  articleNote.querySelector('.article-name')!.textContent = article ?? '';
  const found = await searchClaims({ query, kind, record, article });
  if (id !== latest) return; // a newer search has started: this answer is stale
  pending = found;
  list.replaceChildren();
  more.hidden = true;
  if (!found) {
    showCounts(form, { kind: {}, record: {}, anyRecord: 0 });
    textSection.hidden = true;
    results.hidden = true;
    status.textContent = 'Type a word, or choose a kind or what the record says to list every such claim.';
    return;
  }
  results.hidden = false;
  await showMore(query);
  await showTexts(query);
  // Counted once the reader has stopped typing (COUNT_AFTER_TYPING_MS); a choice of kind or record
  // status, or the page's first search, is counted at once.
  if (typing) await pause(COUNT_AFTER_TYPING_MS);
  if (id !== latest) return;
  const counts = await found.count();
  if (id !== latest) return;
  showCounts(form, counts);
  status.textContent = statusText({ query, kind, record, claims: counts.claims, texts: found.texts.length, complete: counts.complete, textsComplete: found.textsComplete });
}

const cancelTypedSearch = searchAsTyped(input, { stale: () => (latest += 1), search: () => void run({ typing: true }) });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  cancelTypedSearch();
  void run();
});
// A reader comes to this page to search: the engine loads with it, so that the first word typed waits
// only for its own part of the index. (Elsewhere the header's box loads it when the reader turns to it.)
void loadPagefind().catch(() => sayUnavailable(latest));
for (const radio of [...kindInputs, ...recordInputs]) radio.addEventListener('change', () => void run());
more.addEventListener('click', () => void showMore(input.value.trim()));
textSection.addEventListener('toggle', () => {
  if (textSection.open) void showTexts(input.value.trim());
});
articleNote.querySelector('button')!.addEventListener('click', () => {
  article = null;
  void run();
});
const clearQuery = () => {
  input.value = '';
  void run();
};
const lists = document.querySelector<HTMLElement>('#search-lists')!;
form.addEventListener('keydown', (event) => {
  if (event.target === input) handleResultKeys(event, input, lists, clearQuery);
});
lists.addEventListener('keydown', (event) => handleResultKeys(event, input, lists, clearQuery));

document.documentElement.dataset.searchReady = '';
void run();
