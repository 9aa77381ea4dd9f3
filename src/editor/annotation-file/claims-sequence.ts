import { isMap, isNode, isScalar, isSeq, parseDocument, type Pair } from 'yaml';

/**
 * The `claims:` list of an annotation file as text: where each entry starts and ends, so that an edit
 * replaces the bytes of the entries it changes and leaves every other byte as the editor wrote it.
 *
 * Why not `doc.toString()` from the `yaml` library's Document API: it keeps comments, but rewrites
 * layout it did not change. On this project's seed file it rewrote 43 lines nobody edited (`[S001]`
 * became `[ S001 ]`, `{ id: … }` lost its spaces) and, with the default line width, 1,974 (long
 * quotes folded). Comments and layout survive a save only if the save touches nothing else, so the
 * Document API is used to find the entries (their `range`), and the change is spliced into the text.
 */
export interface SequenceEntry {
  /** The entry's value, as parsed: a claim, a draft entry, or anything else the file holds there. */
  value: unknown;
  /** Where its lines start (its "- ") and end (after the newline of its last line). */
  start: number;
  end: number;
  /** The 1-based line of its "- ", as the check reports it. */
  line: number;
}

export interface ClaimsSequence {
  entries: SequenceEntry[];
  /** Where the list's text runs: entries, and the comments and blank lines between them. */
  from: number;
  to: number;
  /** The indentation of the entries' "- ". */
  indent: string;
  /** What the list's text needs before it when it replaces an empty or missing list (`claims:` and a newline). */
  opening: string;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => (at > 0 && text[at - 1] === '\n' ? at : text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1);
const lineNumber = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** Reads the `claims:` list (or another top-level list: `notClaims:`), or says why an edit cannot be spliced into this file. */
export function readClaimsSequence(text: string, key: 'claims' | 'notClaims' = 'claims'): ClaimsSequence | { refused: string } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { refused: `annotations.yaml is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}): fix it first` };
  if (!isMap(doc.contents)) return { refused: 'annotations.yaml is not a mapping of paragraphs, claims…: fix it first' };
  const pair = doc.contents.items.find((p: Pair) => isScalar(p.key) && p.key.value === key);
  const ending = text.endsWith('\n') || text === '' ? '' : '\n';
  if (!pair) return { entries: [], from: text.length, to: text.length, indent: '  ', opening: `${ending}\n${key}:\n` };
  const value = pair.value;
  const keyEnd = lineEnd(text, (pair.key as { range: [number, number, number] }).range[1]);
  if (value === null || (isScalar(value) && value.value === null) || (isSeq(value) && value.flow && value.items.length === 0)) {
    // `claims:` with nothing, or `claims: []`: the list replaces the rest of the key's line.
    const keyStart = lineStart(text, (pair.key as { range: [number, number, number] }).range[0]);
    return { entries: [], from: keyStart, to: keyEnd, indent: '  ', opening: `${key}:\n` };
  }
  if (!isSeq(value) || value.flow) return { refused: `the ${key} in annotations.yaml are not a list of entries each starting "- ": write them so, to edit them here` };
  const entries = value.items.map((item) => {
    const [start, , end] = (item as { range: [number, number, number] }).range;
    const first = lineStart(text, start);
    return { value: isNode(item) ? item.toJS(doc) : item, start: first, end: lineEnd(text, end), line: lineNumber(text, first) };
  });
  const first = entries[0]!;
  const dash = text.indexOf('-', first.start);
  return { entries, from: keyEnd, to: entries.at(-1)!.end, indent: text.slice(first.start, dash), opening: '' };
}
