import { defineToolbarApp } from 'astro/toolbar';
import { type ClaimEntry, claimFields, claimForm } from './claim-form.ts';
import { h, problemItem } from './dom.ts';
import { draftList } from './draft-list.ts';
import { type ArticleState, CONTENT_CHANGED, type DraftView, type ProblemView, type QuoteAnswer, type Saved } from './editor-api.ts';
import { articleSlug, askQuote, isRefused, post, readArticle, type Refused } from './editor-client.ts';
import { PAGE_CSS, PANEL_CSS } from './editor-styles.ts';
import { addNoteActions } from './note-actions.ts';
import { showProblemBanner } from './page-banner.ts';
import { passageRange, paragraphText, selectedPassage } from './page-text.ts';
import { emptySource, type SourceEntry, sourceFields, sourceForm } from './source-picker.ts';

/*
 * The editor's panel: an app of Astro's dev toolbar, loaded by `npm run dev` only
 * (src/editor/editor-integration.ts), never part of a built page. On an article's page it annotates
 * the article from a selection: select words, fill in the claim, save; the claim is written into
 * annotations.yaml by the endpoint, and the page, reloaded by the development server, shows it.
 */

type Tab = 'claim' | 'drafts' | 'problems' | 'source';
const OPEN_KEY = 'annotated-editor:open';
const SAID_KEY = 'annotated-editor:said';
const entryKey = (slug: string) => `annotated-editor:entry:${slug}`;

export default defineToolbarApp({
  init(canvas, app, server) {
    const slug = articleSlug();
    const style = h('style', {}, PAGE_CSS);
    style.dataset.editor = '';
    document.head.append(style);

    let state: ArticleState | undefined;
    let readError = '';
    let open = false;
    let tab: Tab = 'claim';
    let entry: ClaimEntry | undefined = restoreEntry();
    let formProblems: ProblemView[] = [];
    let message: { text: string; tone: 'error' | 'done' | 'info' } = { text: sessionStorage.getItem(SAID_KEY) ?? '', tone: 'done' };
    sessionStorage.removeItem(SAID_KEY);
    /** Where to put a source once it is added: the claim form asks for one. */
    let addSourceToEntry = false;
    let source: SourceEntry = emptySource();

    function restoreEntry(): ClaimEntry | undefined {
      if (!slug) return undefined;
      try {
        return JSON.parse(sessionStorage.getItem(entryKey(slug)) ?? 'null') ?? undefined;
      } catch {
        return undefined;
      }
    }
    const keepEntry = (e: ClaimEntry | undefined) => (e ? sessionStorage.setItem(entryKey(slug!), JSON.stringify(e)) : sessionStorage.removeItem(entryKey(slug!)));
    const say = (text: string, tone: 'error' | 'done' | 'info' = 'info') => {
      message = { text, tone };
      render();
    };

    async function refresh(): Promise<void> {
      if (!slug) return;
      const answer = await readArticle(slug).catch((error: Error) => ({ saved: false, error: error.message, status: 0 }) as Refused);
      if (isRefused(answer)) {
        readError = answer.error;
        state = undefined;
      } else {
        readError = '';
        state = answer;
      }
      showPage();
      render();
    }

    /** What the page itself shows: the passages left to classify, the problems banner, the notes' buttons. */
    function showPage(): void {
      const problems = state?.problems ?? [];
      showProblemBanner(problems, () => {
        tab = 'problems';
        if (!open) app.toggleState({ state: true });
        else render();
      });
      app.toggleNotification(problems.length > 0 ? { state: true, level: 'error' } : { state: false });
      if ('highlights' in CSS) {
        const ranges = (state?.drafts ?? []).flatMap((d) => passageRange(d.paragraphId, d.start, d.end) ?? []);
        CSS.highlights.set('annotated-editor-drafts', new Highlight(...ranges));
      }
      addNoteActions(editClaim, deleteClaim);
      checkParagraphs();
    }

    /** A paragraph whose text in the page is not the server's would put a selection in the wrong place. */
    function checkParagraphs(): void {
      for (const p of state?.paragraphs ?? []) {
        const element = document.getElementById(p.id);
        if (element && paragraphText(element) !== p.text) console.warn(`annotate: the text of ${p.id} in the page differs from the article's; reload the page`);
      }
    }

    // ---- claims ----

    /** The selection last made into a claim form: a click in the panel leaves it selected, and is no new selection. */
    let lastSelection = '';
    async function startFromSelection(event: Event): Promise<void> {
      if (!open || !slug) return;
      if (event.composedPath().some((node) => node instanceof Element && node.localName === 'astro-dev-toolbar')) return;
      // A selection made as the page comes back from a save waits for the article to be read.
      await firstRead;
      if (!state) return;
      const passage = selectedPassage(document.getSelection());
      if (!passage) return;
      if ('why' in passage) return say(passage.why, 'error');
      const key = `${passage.paragraphId}:${passage.start}:${passage.end}`;
      if (key === lastSelection) return;
      lastSelection = key;
      const answer = await askQuote(slug, passage.paragraphId, passage.start, passage.end);
      if (isRefused(answer)) return say(answer.error, 'error');
      fillFrom(answer);
    }

    function fillFrom(answer: QuoteAnswer): void {
      const { quote, suggestedId, ...passage } = answer;
      const keep = entry && entry.replaces ? entry : undefined;
      entry = keep
        ? { ...keep, passage, quote }
        : { passage, quote, id: suggestedId, kind: entry?.kind ?? '', record: '', basis: '', sources: [], note: '', fragment: '' };
      keepEntry(entry);
      formProblems = [];
      tab = 'claim';
      say(keep ? 'New words for the claim you are editing.' : 'A new claim of the words selected: choose its kind, cite its sources, write its note.');
      if ('highlights' in CSS) {
        const range = passageRange(passage.paragraphId, passage.start, passage.end);
        CSS.highlights.set('annotated-editor-selected', new Highlight(...(range ? [range] : [])));
      }
    }

    function editClaim(id: string): void {
      const claim = state?.claims.find((c) => c.id === id);
      if (!claim) return;
      const { paragraphId, start, end, text } = claim;
      entry = {
        passage: { paragraphId, start, end, text },
        quote: claim.quote,
        id: claim.id,
        kind: claim.kind,
        record: claim.record ?? '',
        basis: claim.basis ?? '',
        sources: [...claim.sources],
        note: claim.note,
        fragment: claim.fragment ?? '',
        replaces: claim.id,
      };
      keepEntry(entry);
      formProblems = [];
      tab = 'claim';
      if (!open) app.toggleState({ state: true });
      say(`Editing claim ${claim.number}. To change its words, select the new words in the text.`);
    }

    async function deleteClaim(id: string): Promise<void> {
      if (!state || !confirm(`Delete the claim "${id}"? Its sentences go back to the list left to classify.`)) return;
      await write('delete-claim', { slug, annotations: state.files.annotations, id });
    }

    async function saveEntry(e: ClaimEntry): Promise<void> {
      if (!state) return;
      const saved = await write('claim', { slug, annotations: state.files.annotations, claim: claimFields(e), ...(e.replaces ? { replaces: e.replaces } : {}) });
      if (saved) {
        entry = undefined;
        keepEntry(undefined);
        if ('highlights' in CSS) CSS.highlights.delete('annotated-editor-selected');
      }
    }

    /**
     * A write through the endpoint. Saved: the development server reloads the page once the content is
     * loaded again (the panel opens again with it). Refused: the reason, and what the editor typed stays.
     */
    async function write(route: string, body: object): Promise<boolean> {
      say('Saving…');
      const answer = await post<Saved>(route, body).catch((error: Error) => ({ saved: false, error: error.message, status: 0 }) as Refused);
      if (isRefused(answer)) {
        formProblems = answer.problems ?? [];
        if (answer.status === 409) await refresh();
        say(answer.error, 'error');
        return false;
      }
      formProblems = [];
      say(`${answer.message}. The page shows it in a moment.`, 'done');
      // The reload that shows it starts the panel afresh: it says again what was done.
      sessionStorage.setItem(SAID_KEY, `${answer.message}.`);
      // The development server reloads the page when its content is loaded again; should it not (the
      // content has another problem), the panel reads the article again itself.
      setTimeout(() => void refresh(), 4000);
      return true;
    }

    // ---- drafts and sources ----

    const draftHooks = {
      classify: (draft: DraftView) => {
        const range = passageRange(draft.paragraphId, draft.start, draft.end);
        if (range) {
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        }
        void askQuote(slug!, draft.paragraphId, draft.start, draft.end).then((answer) => (isRefused(answer) ? say(answer.error, 'error') : fillFrom(answer)));
      },
      split: (draft: DraftView, at: number) => void write('split-draft', { slug, annotations: state!.files.annotations, draft, at }),
      join: (draft: DraftView) => void write('join-draft', { slug, annotations: state!.files.annotations, draft }),
      notAClaim: (draft: DraftView, reason: string) => void write('not-a-claim', { slug, annotations: state!.files.annotations, draft, reason }),
    };

    async function saveSource(typed: SourceEntry): Promise<void> {
      if (!state) return;
      say('Adding the source…');
      const answer = await post<Saved>('source', { sources: state.files.sources, source: sourceFields(typed), seen: typed.seen });
      if (isRefused(answer)) {
        if (answer.status === 409) await refresh();
        return say(answer.error, 'error');
      }
      const id = answer.id;
      const cite = addSourceToEntry && entry !== undefined && id !== undefined;
      addSourceToEntry = false;
      source = emptySource();
      await refresh();
      if (cite) {
        entry!.sources.push(id!);
        keepEntry(entry);
        tab = 'claim';
      }
      say(`${answer.message}${cite ? ', cited by this claim' : ''}.`, 'done');
    }

    // ---- the panel ----

    function tabButton(name: Tab, label: string): HTMLButtonElement {
      return h('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-selected': String(tab === name), 'aria-controls': `panel-${name}`, onclick: () => ((tab = name), render()) }, label);
    }

    function render(): void {
      if (!open) {
        canvas.replaceChildren();
        return;
      }
      const problems = state?.problems ?? [];
      const drafts = state?.drafts ?? [];
      const status = !slug
        ? 'Open an article to annotate it.'
        : readError
          ? readError
          : state
            ? `${state.draft ? 'Draft' : 'Published'} · ${state.claims.length} claims · ${drafts.length} left to classify · ${problems.length} problem(s)`
            : 'Reading the article…';
      const claimPanel = !entry
        ? h('p', {}, 'Select words in the text to make a claim of them, choose a passage left to classify, or open a note and choose “Edit the claim”.')
        : state
          ? claimForm(entry, {
              state,
              changed: keepEntry,
              save: (e) => void saveEntry(e),
              cancel: () => {
                entry = undefined;
                keepEntry(undefined);
                formProblems = [];
                if ('highlights' in CSS) CSS.highlights.delete('annotated-editor-selected');
                say('');
              },
              newSource: () => {
                addSourceToEntry = true;
                tab = 'source';
                render();
              },
            }, formProblems)
          : h('p', {}, 'Reading the article…');
      const panels: Record<Tab, Node> = {
        claim: claimPanel,
        drafts: draftList(drafts, draftHooks),
        problems: problems.length
          ? h('div', {}, h('p', {}, 'The content’s problems, as npm run check states them. The page shows the last version without them until they are fixed.'), h('ul', { class: 'problems' }, ...problems.map(problemItem)))
          : h('p', {}, 'No problems: the page shows the files as they are.'),
        source: state
          ? sourceForm(state.sourceTypes, state.nextSourceId, source, (e) => void saveSource(e), () => ((source = emptySource()), (tab = entry ? 'claim' : 'drafts'), (addSourceToEntry = false), render()))
          : h('p', {}, ''),
      };
      // The panel is drawn again whenever the article is read again (a file changed): the editor keeps
      // typing where they were.
      const focused = canvas.activeElement instanceof HTMLElement && canvas.activeElement.id ? canvas.activeElement : undefined;
      const caret = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] : undefined;
      canvas.replaceChildren(
        h('style', {}, PANEL_CSS),
        h(
          'section',
          { class: 'dock', 'aria-label': 'Annotate this article' },
          h('header', {}, h('h2', {}, slug ? `Annotating ${slug}` : 'Annotate'), h('span', { class: 'status' }, status), h('button', { type: 'button', class: 'secondary', onclick: () => app.toggleState({ state: false }) }, 'Close')),
          h('div', { role: 'tablist', 'aria-label': 'Editor' }, tabButton('claim', entry?.replaces ? 'Edit claim' : 'Claim'), tabButton('drafts', `Left to classify (${drafts.length})`), tabButton('problems', `Problems (${problems.length})`), tabButton('source', 'New source')),
          ...(Object.keys(panels) as Tab[]).map((name) => h('div', { role: 'tabpanel', id: `panel-${name}`, 'aria-labelledby': `tab-${name}`, hidden: tab !== name }, panels[name])),
          h('p', { class: 'message', role: 'status', 'data-tone': message.tone }, message.text),
        ),
      );
      if (focused) {
        const again = canvas.getElementById(focused.id);
        if (again instanceof HTMLElement) {
          again.focus();
          if (caret && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement) && caret[0] !== null) again.setSelectionRange(caret[0], caret[1]);
        }
      }
    }

    app.onToggled(({ state: on }) => {
      open = on;
      sessionStorage.setItem(OPEN_KEY, on ? '1' : '');
      document.body.toggleAttribute('data-editor-open', on);
      render();
    });
    document.addEventListener('mouseup', (event) => setTimeout(() => void startFromSelection(event), 0));
    document.addEventListener('keyup', (event) => {
      if (event.shiftKey || event.key === 'Shift') void startFromSelection(event);
    });
    server.on(CONTENT_CHANGED, () => void refresh());
    if (sessionStorage.getItem(OPEN_KEY)) app.toggleState({ state: true });
    const firstRead = refresh();
  },
});
