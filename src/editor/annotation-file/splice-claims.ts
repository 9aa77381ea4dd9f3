import type { ClaimsSequence } from './claims-sequence.ts';

import type { Anchor } from '../../lib/placing/anchor-quotes.ts';

export type { Anchor };

/** An entry to write: its YAML (at the list's indentation) and where its words stand. */
export interface NewEntry {
  yaml: (indent: string) => string;
  anchor: Anchor;
  /** The index of an entry it takes the place of (a draft it classifies, a claim it edits). */
  replaces?: number;
}

/** Reading order: by paragraph, then by start, an outer passage before the ones inside it. */
export const readingOrder = (a: Anchor, b: Anchor) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end;

/**
 * The annotation file with entries removed and others added, each new one in reading order: after the
 * last entry whose words come before it (so that it stays under that paragraph's comment), in the place
 * of an entry it replaces, or first. Every other byte of the file is kept: each entry's text, and the
 * comments and blank lines before it (those of a removed entry too).
 */
export function spliceClaims(text: string, list: ClaimsSequence, anchors: readonly (Anchor | undefined)[], removed: ReadonlySet<number>, added: readonly NewEntry[]): string {
  const { entries, indent } = list;
  const before = entries.map((): NewEntry[] => []);
  const after = entries.map((): NewEntry[] => []);
  const atEnd: NewEntry[] = [];
  for (const entry of added) {
    if (entry.replaces !== undefined) {
      before[entry.replaces]!.push(entry);
      continue;
    }
    let last = -1;
    anchors.forEach((anchor, index) => {
      if (anchor && readingOrder(anchor, entry.anchor) <= 0) last = index;
    });
    if (last >= 0) (removed.has(last) ? before : after)[last]!.push(entry);
    else if (entries.length > 0) before[Math.max(0, firstPlaced(anchors))]!.push(entry);
    else atEnd.push(entry);
  }
  const write = (group: NewEntry[]) => [...group].sort((a, b) => readingOrder(a.anchor, b.anchor)).map((e) => e.yaml(indent)).join('');
  let out = list.opening;
  let at = list.from;
  entries.forEach((entry, index) => {
    out += text.slice(at, entry.start) + write(before[index]!) + (removed.has(index) ? '' : text.slice(entry.start, entry.end)) + write(after[index]!);
    at = entry.end;
  });
  out += text.slice(at, list.to) + write(atEnd);
  return text.slice(0, list.from) + out + text.slice(list.to);
}

/** The first entry placed in the text: a new entry that comes before all of them goes before it. */
const firstPlaced = (anchors: readonly (Anchor | undefined)[]) => anchors.findIndex((a) => a !== undefined);
