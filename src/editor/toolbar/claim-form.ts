import { BASES, CONFIRMING_RECORDS, KIND_LABEL, KIND_MEANING, KINDS, RECORD_MEANING, RECORD_STATUSES } from '../../lib/kinds/kinds.ts';
import { h, problemItem } from './dom.ts';
import type { ArticleState, ClaimFields, PassageView, ProblemView, QuoteView } from './editor-api.ts';
import { sourcePicker } from './source-picker.ts';

/** What the editor has typed into the claim form: kept in the tab's session storage until it is saved. */
export interface ClaimEntry {
  passage: PassageView;
  quote: QuoteView;
  id: string;
  kind: string;
  record: string;
  basis: string;
  sources: string[];
  note: string;
  fragment: string;
  /** The id of the claim this entry edits. */
  replaces?: string;
}

const BASIS_WORDS: Record<(typeof BASES)[number], string> = {
  record: 'the public record confirms it (the article gives no source)',
  article: 'the article itself cites or attributes its source',
};

/** The claim's fields as annotations.yaml holds them: a record only for a factual claim, a basis only for a sourced one. */
export function claimFields(entry: ClaimEntry): ClaimFields {
  return {
    id: entry.id.trim(),
    kind: entry.kind,
    quote: entry.quote,
    ...(entry.kind !== 'opinion' && entry.record ? { record: entry.record } : {}),
    ...(entry.kind === 'sourced' && entry.basis === 'article' ? { basis: 'article' } : {}),
    sources: entry.sources,
    note: entry.note.trim(),
    ...(entry.fragment.trim() ? { fragment: entry.fragment.trim() } : {}),
  };
}

/** The records a kind may have (kinds.ts): a sourced claim's confirm it, an unsourced claim's do not. */
const recordsFor = (kind: string) => (kind === 'sourced' ? CONFIRMING_RECORDS : RECORD_STATUSES.filter((r) => !CONFIRMING_RECORDS.includes(r)));

export interface ClaimFormHooks {
  state: ArticleState;
  /** Called on every change, so that nothing typed is lost (a reload, a refused save). */
  changed(entry: ClaimEntry): void;
  save(entry: ClaimEntry): void;
  cancel(): void;
  /** Opens the source form; the new source's id is added to this claim. */
  newSource(): void;
}

/**
 * The claim form, prefilled from a selection (its exact words, and the words around them when they
 * occur twice; a suggested id) or from the claim being edited: the three kinds with their rule in a
 * line each, the record status the kind allows, the sources picked by typing, and the note.
 */
export function claimForm(entry: ClaimEntry, hooks: ClaimFormHooks, problems: ProblemView[] = []): HTMLFormElement {
  const update = (change: Partial<ClaimEntry>) => {
    Object.assign(entry, change);
    hooks.changed(entry);
  };
  const context = [entry.quote.prefix ? `after “${entry.quote.prefix.trim()}”` : '', entry.quote.suffix ? `before “${entry.quote.suffix.trim()}”` : ''].filter(Boolean).join(', ');

  const records = h('select', { id: 'claim-record', name: 'record', onchange: (e) => update({ record: (e.target as HTMLSelectElement).value }) });
  const basis = h('fieldset', { class: 'basis' }, h('legend', {}, 'Why it is sourced'));
  for (const b of BASES) {
    basis.append(h('label', { class: 'kind' }, h('input', { type: 'radio', name: 'basis', value: b, checked: (entry.basis || 'record') === b, onchange: () => update({ basis: b }) }), h('span', {}, BASIS_WORDS[b])));
  }
  const recordField = h('div', { class: 'column' }, h('label', { for: 'claim-record' }, 'What the public record says ', h('span', { class: 'hint' }, '(factual claims only)')), records);
  const showKind = () => {
    const allowed = recordsFor(entry.kind);
    records.replaceChildren(h('option', { value: '' }, 'choose…'), ...allowed.map((r) => h('option', { value: r, selected: entry.record === r, title: RECORD_MEANING[r] }, `${r} — ${RECORD_MEANING[r]}`)));
    if (!allowed.includes(entry.record as never)) update({ record: '' });
    recordField.hidden = entry.kind === 'opinion';
    basis.hidden = entry.kind !== 'sourced';
  };
  const kinds = h('fieldset', {}, h('legend', {}, 'Kind'));
  for (const kind of KINDS) {
    kinds.append(
      h('label', { class: 'kind' }, h('input', { type: 'radio', name: 'kind', value: kind, checked: entry.kind === kind, required: true, onchange: () => (update({ kind }), showKind()) }), h('span', {}, h('b', {}, KIND_LABEL[kind]), ` — ${KIND_MEANING[kind]}`)),
    );
  }
  showKind();

  const form = h(
    'form',
    {
      class: 'claim',
      'aria-label': entry.replaces ? `Edit the claim ${entry.replaces}` : 'New claim',
      onsubmit: (event) => {
        event.preventDefault();
        hooks.save(entry);
      },
    },
    h(
      'div',
      { class: 'column' },
      h('label', {}, entry.replaces ? `Editing “${entry.replaces}”: its words` : 'The words'),
      h('blockquote', {}, entry.quote.exact),
      context ? h('p', { class: 'quote-context' }, `They occur more than once: this quote names them ${context}.`) : undefined,
      h('label', { for: 'claim-id' }, 'Id ', h('span', { class: 'hint' }, '(its permanent address once published: lower-case words joined by hyphens)')),
      h('input', { id: 'claim-id', name: 'id', type: 'text', value: entry.id, required: true, pattern: '[a-z][a-z0-9]*(-[a-z0-9]+)*', oninput: (e) => update({ id: (e.target as HTMLInputElement).value }) }),
      kinds,
      recordField,
      basis,
    ),
    h(
      'div',
      { class: 'column' },
      sourcePicker(hooks.state.sources, entry.sources, (sources) => update({ sources }), hooks.newSource),
      h('label', { for: 'claim-note' }, 'Note ', h('span', { class: 'hint' }, '(short and neutral: what the record says; Markdown, links http(s) only)')),
      h('textarea', { id: 'claim-note', name: 'note', required: true, oninput: (e) => update({ note: (e.target as HTMLTextAreaElement).value }) }, entry.note),
      h(
        'details',
        { open: entry.fragment !== '' },
        h('summary', {}, 'The words cannot read as a statement on their own'),
        h('label', { for: 'claim-fragment', class: 'hint' }, 'Why (e.g. “A list item without a verb”); few claims may say so'),
        h('input', { id: 'claim-fragment', name: 'fragment', type: 'text', value: entry.fragment, oninput: (e) => update({ fragment: (e.target as HTMLInputElement).value }) }),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, entry.replaces ? 'Save the claim' : 'Save claim'), h('button', { type: 'button', class: 'secondary', onclick: hooks.cancel }, 'Cancel')),
    ),
    problems.length > 0 ? h('div', { class: 'form-problems' }, h('p', {}, 'Not saved. Saving it would give the article these problems:'), h('ul', { class: 'problems' }, ...problems.map(problemItem))) : undefined,
  );
  return form;
}
