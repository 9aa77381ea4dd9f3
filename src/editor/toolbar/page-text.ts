/*
 * The article page's paragraphs as the model reads them, in the DOM: a paragraph's text is that of its
 * `<p>` (`.para > p`, see README's "The HTML contract") without the claims' numbers (`.claim-ref`) and
 * the word joiners that keep each number with its claim's last word. Offsets into that text are the
 * offsets the server's placed paragraphs use, so a selection becomes (paragraph, start, end), and a
 * passage the server names becomes a DOM Range.
 */

const JOINER = '\u2060';

/** The text nodes of a paragraph that hold its words, in order. */
function wordNodes(para: Element): Text[] {
  const p = para.querySelector(':scope > p');
  if (!p) return [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.claim-ref') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** A paragraph's text, as the server's model has it. */
export const paragraphText = (para: Element) => wordNodes(para).map((n) => n.data).join('').replaceAll(JOINER, '');

/** The offset in the paragraph's text of a point in the DOM (a selection's end). */
function offsetOf(para: Element, container: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(container, offset);
  let count = 0;
  for (const node of wordNodes(para)) {
    if (node === container) return count + node.data.slice(0, offset).replaceAll(JOINER, '').length;
    // A node that starts after the point: the point stands before its words.
    if (point.comparePoint(node, 0) > 0) return count;
    count += node.data.replaceAll(JOINER, '').length;
  }
  return count;
}

/**
 * The selection as (paragraph, start, end), or why it cannot be one passage of one paragraph. A drag
 * that starts or ends just outside the words (in the margin beside a list item, past a paragraph's
 * end) still names the one paragraph whose words it covers: its ends are taken as that paragraph's.
 */
export function selectedPassage(selection: Selection | null): { paragraphId: string; start: number; end: number } | { why: string } | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const texts = [...document.querySelectorAll('.article-body .para > p')].filter((p) => range.intersectsNode(p) && wordNodes(p.parentElement!).some((node) => range.intersectsNode(node)));
  if (texts.length === 0) return undefined;
  if (texts.length > 1) return { why: 'select words within one paragraph of the article (a claim may not cross paragraphs)' };
  const p = texts[0]!;
  const para = p.parentElement!;
  const start = p.contains(range.startContainer) ? offsetOf(para, range.startContainer, range.startOffset) : 0;
  const end = p.contains(range.endContainer) ? offsetOf(para, range.endContainer, range.endOffset) : paragraphText(para).length;
  if (end <= start) return { why: 'select words of the article’s text (not its notes or numbers)' };
  return { paragraphId: para.id, start, end };
}

/** A DOM Range over a passage of a paragraph, for a highlight or a selection. */
export function passageRange(paragraphId: string, start: number, end: number): Range | undefined {
  const para = document.getElementById(paragraphId);
  if (!para) return undefined;
  const range = document.createRange();
  let count = 0;
  let started = false;
  for (const node of wordNodes(para)) {
    for (let i = 0; i <= node.data.length; i++) {
      if (!started && count === start && node.data[i] !== JOINER) {
        range.setStart(node, i);
        started = true;
      }
      if (started && count === end) {
        range.setEnd(node, i);
        return range;
      }
      if (i < node.data.length && node.data[i] !== JOINER) count++;
    }
  }
  return started ? (range.setEnd(para.querySelector(':scope > p')!, para.querySelector(':scope > p')!.childNodes.length), range) : undefined;
}
