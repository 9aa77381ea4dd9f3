import type { Locator, Page } from 'playwright-core';

/*
 * Steps an editor takes in the editor's panel under `npm run dev`, shared by the browser test of the
 * editor's path and scripts/docs/editing-screenshots.ts, which takes the guide's pictures of the same
 * steps. No Vitest here: the script runs under plain Node.
 */

/**
 * Selects words of a paragraph in the page, as a reader's drag of the mouse would, and lets go: the
 * editor's panel opens on the selection. The claim numbers the page adds after a claim are not text a
 * reader selects, so they are skipped.
 */
export async function selectWords(page: Page, paragraphId: string, words: string): Promise<void> {
  await page.evaluate(
    ([id, wanted]) => {
      const p = document.querySelector(`#${id} > p`)!;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('.claim-ref')) nodes.push(n as Text);
      const from = nodes.map((n) => n.data).join('').indexOf(wanted!);
      const at = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error(`no "${wanted}" in ${id}`);
      };
      const range = document.createRange();
      range.setStart(...at(from));
      range.setEnd(...at(from + wanted!.length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [paragraphId, words],
  );
}

/** A source as the panel's "New source" form asks for it. */
export interface NewSource {
  address: string;
  title: string;
  publisher: string;
  /** One of the form's "What it is" options: primary, reporting, research, reference, copy, commentary. */
  type: string;
  says: string;
}

/** The source docs/editing.md adds from the claim form: the budget outturn the sample text's ministry published. */
export const BUDGET_OUTTURN: NewSource = {
  address: 'https://example.org/norland/budget-outturn',
  title: 'Budget outturn',
  publisher: 'Norland Ministry of Finance',
  type: 'primary',
  says: 'The diesel subsidy cost the treasury 2.1 billion crowns last year.',
};

/** Opens the claim form's "New source…" and fills it in, the box that the editor opened the source ticked; returns the form, not yet sent. */
export async function fillNewSource(page: Page, source: NewSource): Promise<Locator> {
  await page.getByRole('button', { name: 'New source…' }).click();
  const form = page.getByRole('form', { name: 'New source' });
  await form.getByRole('textbox', { name: /^Address/ }).fill(source.address);
  await form.getByRole('textbox', { name: /^Title/ }).fill(source.title);
  await form.getByRole('textbox', { name: /^Publisher/ }).fill(source.publisher);
  await form.getByRole('combobox', { name: /^What it is/ }).selectOption(source.type);
  await form.getByRole('textbox', { name: /^What it says/ }).fill(source.says);
  await form.getByRole('checkbox', { name: /I have opened/ }).check();
  return form;
}
