import { h } from './dom.ts';

/**
 * Each note of the page gets "Edit the claim" and "Delete the claim" buttons (under `npm run dev` only:
 * this module is part of the editor's toolbar app), so that a claim is changed from its note, where the
 * editor reads it.
 */
export function addNoteActions(edit: (id: string) => void, remove: (id: string) => void): void {
  for (const note of document.querySelectorAll<HTMLElement>('.article-body details.note[data-claim]')) {
    const id = note.dataset.claim!;
    const body = note.querySelector('.note-body');
    if (!body || body.querySelector('.editor-note-actions')) continue;
    body.append(
      h(
        'p',
        { class: 'editor-note-actions' },
        h('button', { type: 'button', onclick: () => edit(id) }, 'Edit the claim'),
        h('button', { type: 'button', onclick: () => remove(id) }, 'Delete the claim'),
      ),
    );
  }
}
