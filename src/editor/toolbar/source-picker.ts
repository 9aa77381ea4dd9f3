import { h } from './dom.ts';
import type { SourceView, SourceFields } from './editor-api.ts';

const describe = (s: SourceView) => `${s.id} — ${s.title ?? '(no title)'} — ${s.publisher}`;

/** The sources whose id, title, publisher or address hold every word typed, first twelve. */
export function matchingSources(sources: readonly SourceView[], typed: string): SourceView[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return sources.filter((s) => words.every((w) => `${s.id} ${s.title ?? ''} ${s.publisher} ${s.url}`.toLowerCase().includes(w))).slice(0, 12);
}

/**
 * The claim's sources: the ones picked, each removable, and a search that finds a source by typing
 * part of its title, publisher, address or id; "New source…" adds one the list does not have.
 */
export function sourcePicker(sources: readonly SourceView[], picked: string[], changed: (ids: string[]) => void, newSource: () => void): HTMLElement {
  const chips = h('ul', { class: 'chips', 'aria-label': 'Sources cited, strongest first' });
  const matches = h('ul', { class: 'matches', 'aria-label': 'Sources found' });
  const search = h('input', { id: 'claim-sources', type: 'search', placeholder: 'type a title, publisher or id (S012)', autocomplete: 'off', oninput: () => showMatches() });
  const showChips = () =>
    chips.replaceChildren(
      ...picked.map((id) => {
        const source = sources.find((s) => s.id === id);
        return h('li', { title: source ? describe(source) : id }, id, h('button', { type: 'button', 'aria-label': `Remove ${id}`, onclick: () => (picked.splice(picked.indexOf(id), 1), changed(picked), showChips()) }, '×'));
      }),
    );
  const showMatches = () =>
    matches.replaceChildren(
      ...matchingSources(sources, search.value)
        .filter((s) => !picked.includes(s.id))
        .map((s) =>
          h('li', {}, h('button', { type: 'button', onclick: () => (picked.push(s.id), changed(picked), (search.value = ''), showMatches(), showChips(), search.focus()) }, describe(s))),
        ),
    );
  showChips();
  return h(
    'div',
    { class: 'column' },
    h('label', { for: 'claim-sources' }, 'Sources ', h('span', { class: 'hint' }, '(a factual claim cites the record it rests on)')),
    chips,
    search,
    matches,
    h('div', {}, h('button', { type: 'button', class: 'secondary', onclick: newSource }, 'New source…')),
  );
}

/** What the editor has typed into the source form: kept while the panel is open, whatever it refuses. */
export interface SourceEntry extends SourceFields {
  seen: boolean;
}

export const emptySource = (): SourceEntry => ({ url: '', title: '', publisher: '', type: '', copyOf: '', date: '', says: [], seen: false });

/** The form for a source the list does not have yet: held to the check's schema by the endpoint. */
export function sourceForm(types: readonly string[], nextId: string, entry: SourceEntry, save: (entry: SourceEntry) => void, cancel: () => void): HTMLFormElement {
  const field = (id: string, label: string, input: HTMLElement, hint?: string) => h('div', { class: 'column' }, h('label', { for: id }, label, hint ? h('span', { class: 'hint' }, ` ${hint}`) : undefined), input);
  const text = (id: string, key: 'url' | 'title' | 'publisher' | 'copyOf' | 'date', extra: Record<string, string | boolean> = {}) =>
    h('input', { id, type: 'text', value: entry[key] ?? '', oninput: (e) => (entry[key] = (e.target as HTMLInputElement).value), ...extra });
  const type = h('select', { id: 'source-type', required: true }, h('option', { value: '' }, 'choose…'), ...types.map((t) => h('option', { value: t, selected: entry.type === t }, t)));
  const copyField = field('source-copy-of', 'What it copies', text('source-copy-of', 'copyOf'), '(the outlet or work, e.g. Reuters; empty if it does not say)');
  copyField.hidden = entry.type !== 'copy';
  type.addEventListener('change', () => {
    entry.type = type.value;
    copyField.hidden = type.value !== 'copy';
  });
  const says = h('textarea', { id: 'source-says', required: true, oninput: (e) => (entry.says = (e.target as HTMLTextAreaElement).value.split('\n')) }, entry.says.join('\n'));
  const seen = h('input', { id: 'source-seen', type: 'checkbox', required: true, checked: entry.seen, onchange: (e) => (entry.seen = (e.target as HTMLInputElement).checked) });
  return h(
    'form',
    {
      class: 'claim',
      'aria-label': 'New source',
      onsubmit: (event) => {
        event.preventDefault();
        save(entry);
      },
    },
    h(
      'div',
      { class: 'column' },
      h('p', { class: 'hint' }, `It will be ${nextId} in content/sources.json, seen today. Cite only a source you have opened: never invent an address, a title, a date or a quotation.`),
      field('source-url', 'Address', text('source-url', 'url', { type: 'url', required: true, placeholder: 'https://…' }), '(copied from the browser)'),
      field('source-title', 'Title', text('source-title', 'title'), '(as the page gives it; empty if it has none)'),
      field('source-publisher', 'Publisher', text('source-publisher', 'publisher', { required: true })),
      field('source-type', 'What it is', type, '(primary, reporting, research, reference, copy or commentary)'),
      copyField,
    ),
    h(
      'div',
      { class: 'column' },
      field('source-date', 'Date', text('source-date', 'date', { placeholder: 'YYYY-MM-DD, or empty if not known' })),
      field('source-says', 'What it says', says, '(one statement a line, in its own words or closely paraphrased)'),
      h('label', { class: 'kind' }, seen, h('span', {}, 'I have opened this address and read what it says')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Add source'), h('button', { type: 'button', class: 'secondary', onclick: cancel }, 'Cancel')),
    ),
  );
}

/** The source as sources.json takes it: empty fields are null (not known), a copy says what it copies. */
export function sourceFields({ seen: _, ...entry }: SourceEntry): SourceFields {
  return {
    url: entry.url.trim(),
    title: entry.title?.trim() || null,
    publisher: entry.publisher.trim(),
    type: entry.type,
    ...(entry.type === 'copy' ? { copyOf: entry.copyOf?.trim() || null } : {}),
    date: entry.date?.trim() || null,
    says: entry.says.map((s) => s.trim()).filter(Boolean),
  };
}
