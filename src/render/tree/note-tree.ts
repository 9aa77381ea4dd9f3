import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { EXTERNAL_REL } from '../../lib/site/external-rel.ts';
import { formatDate } from '../../lib/format/format-date.ts';
import { basisInWords, KIND_LABEL } from '../../lib/kinds/kinds.ts';
import { sourceTypeInWords } from '../../lib/kinds/source-types.ts';
import { findNoteIssues, noteToHast } from '../../lib/markdown/note-markdown.ts';
import type { PlacedClaim } from '../../lib/placing/place-annotations.ts';
import type { RegisteredClaim } from '../../lib/schema/registry-schema.ts';
import type { Source } from '../../lib/schema/source-schema.ts';

// Hand-written with hastscript: a note's markup is this site's HTML contract (docs/html-contract.md), which no plugin knows.
export const noteId = (claimId: string) => `note-${claimId}`;

const EXCERPT_WORDS = 12;
function excerpt(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= EXCERPT_WORDS ? words.join(' ') : `${words.slice(0, EXCERPT_WORDS).join(' ')} …`;
}

function sourceItem(source: Source): Element {
  return h('li', [
    h('a', { href: source.url, rel: EXTERNAL_REL }, source.title ?? source.publisher),
    h('span', { className: ['source-meta'] }, [
      source.title ? ` — ${source.publisher}` : '',
      `, ${source.date ?? 'date not shown'}; ${sourceTypeInWords(source)}`,
    ]),
  ]);
}

function dated(iso: string): Element {
  return h('time', { dateTime: iso }, formatDate(iso));
}


/**
 * When the claim was last reviewed and, when its note has changed, a link to its earlier versions on
 * the article's page of changes (changes/index.astro, at `changesPath`): kept there, not in every note, so that the page a reader loads
 * carries only what is true now.
 */
function reviewTree(claimId: string, entry: RegisteredClaim | undefined, changesPath: string): ElementContent[] {
  if (!entry) return [];
  const count = entry.history.length;
  return [
    h('p', { className: ['note-reviewed'] }, [
      'Reviewed ',
      dated(entry.reviewed),
      ...(count === 0 ? [] : ['. ', h('a', { href: `${changesPath}#${claimId}` }, `${count} earlier version${count === 1 ? '' : 's'}`)]),
    ]),
  ];
}

/** A claim's earlier versions, newest first: date, kind and record, the words it marked if they differ, the note. */
export function revisionList(entry: RegisteredClaim): Element {
  return h(
    'ol',
    { className: ['revisions'], reversed: true },
    [...entry.history].reverse().map((version) =>
      h('li', [
        h('p', [dated(version.date), ` — ${KIND_LABEL[version.kind]}${version.record ? `, record: ${version.record}` : ''}.`]),
        ...(version.text === entry.text ? [] : [h('p', { className: ['revision-words'] }, `It marked: “${version.text}”`)]),
        // A version the registry check refused is shown as plain text while the build reports it.
        ...(findNoteIssues(version.note).length > 0 ? [h('p', version.note)] : noteToHast(version.note)),
      ]),
    ),
  );
}

/**
 * One note as a disclosure; `note` is the claim's note already rendered (see `noteToHast`). Closed in
 * the HTML: a reader without JavaScript opens it from its summary, and following the claim's marker to
 * `#note-…` (inside the closed content) makes the browser open it.
 */
export function noteTree(
  claim: PlacedClaim,
  note: ElementContent[],
  { sources, changesPath }: { sources: Record<string, Source>; changesPath: string },
  registered?: RegisteredClaim,
): Element {
  const cited = claim.sources.map((id) => sources[id]).filter((s): s is Source => s !== undefined);
  const basis = basisInWords(claim);
  // data-record: what the margin's short finding says (notes.css).
  return h('details', { className: ['note'], dataKind: claim.kind, dataRecord: basis ? claim.record : undefined, dataClaim: claim.id }, [
    h('summary', [
      h('span', { className: ['note-number'] }, String(claim.number)),
      ' ',
      // Its colour comes from the note's data-kind.
      h('span', { className: ['kind-label'] }, KIND_LABEL[claim.kind]),
      basis ? h('span', { className: ['note-record'] }, ` — ${basis}`) : '',
    ]),
    h('div', { className: ['note-body'], id: noteId(claim.id) }, [
      // The claim's opening words, linked to the claim: where a note sits after its paragraph (narrow
      // screens), this is the way back to the words and the claim's address without JavaScript.
      h('p', { className: ['note-quote'] }, [h('a', { href: `#${claim.id}` }, `“${excerpt(claim.text)}”`)]),
      h('div', { className: ['note-text'] }, note),
      cited.length > 0
        ? h('div', { className: ['note-sources'] }, [
            h('p', cited.length === 1 ? 'Source' : 'Sources'),
            h('ul', cited.map(sourceItem)),
          ])
        : '',
      ...reviewTree(claim.id, registered, changesPath),
    ]),
  ]);
}
