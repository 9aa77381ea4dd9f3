import { h } from './dom.ts';
import type { DraftView } from './editor-api.ts';

export interface DraftHooks {
  /** Selects the passage in the page and opens the claim form on it. */
  classify(draft: DraftView): void;
  split(draft: DraftView, at: number): void;
  join(draft: DraftView): void;
  /** Marks the passage as asserting nothing, with the editor's reason. */
  notAClaim(draft: DraftView, reason: string): void;
}

/**
 * The passages left to classify (draft entries), in reading order, highlighted in the page: each can be
 * made a claim, split in two (a sentence that holds two claims), widened over the next one in its
 * paragraph (a sentence the sentence splitter cut in two), or marked as asserting nothing.
 */
export function draftList(drafts: readonly DraftView[], hooks: DraftHooks): HTMLElement {
  if (drafts.length === 0) return h('p', {}, 'Nothing is left to classify: every sentence belongs to a claim or is marked as not a claim.');
  const items = drafts.map((draft, index) => {
    const next = drafts[index + 1];
    const words = h('div', { class: 'split-words', hidden: true, 'aria-label': 'Split before the word you choose' });
    for (const match of draft.text.matchAll(/\S+/g)) {
      if (match.index === 0) continue;
      words.append(h('button', { type: 'button', onclick: () => hooks.split(draft, draft.start + match.index) }, `| ${match[0]}`));
    }
    const reason = h('input', { type: 'text', id: `reason-${index}`, 'aria-label': 'Why these words assert nothing', placeholder: 'why they assert nothing, e.g. “A transition to the list of risks”' });
    const notAClaim = h(
      'form',
      { class: 'actions', hidden: true, onsubmit: (e) => (e.preventDefault(), hooks.notAClaim(draft, reason.value)) },
      reason,
      h('button', { type: 'submit', class: 'secondary' }, 'Mark'),
    );
    return h(
      'li',
      {},
      h('span', {}, draft.text),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => hooks.classify(draft) }, 'Classify…'),
        h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', onclick: (e) => ((words.hidden = !words.hidden), (e.target as HTMLElement).setAttribute('aria-expanded', String(!words.hidden))) }, 'Split…'),
        next && next.paragraphId === draft.paragraphId ? h('button', { type: 'button', class: 'secondary', onclick: () => hooks.join(draft) }, 'Widen over the next') : undefined,
        h('button', { type: 'button', class: 'secondary', onclick: () => ((notAClaim.hidden = !notAClaim.hidden), notAClaim.hidden || reason.focus()) }, 'Not a claim…'),
      ),
      words,
      notAClaim,
    );
  });
  return h('div', {}, h('p', {}, `${drafts.length} passage(s) left to classify, highlighted in the text. Select words in the text to make a claim of them, or choose one here.`), h('ul', { class: 'drafts' }, ...items));
}
