import type { ContentProblem } from '../problems/content-problem.ts';
import { idSchema } from '../schema/annotation-schema.ts';

/** An id as `published-ids.txt` lists it, with its line there. */
export interface ListedId {
  kind: 'paragraph' | 'claim';
  id: string;
  line: number;
}

/** What `npm run registry` writes at the head of the list, so that nobody edits it by hand. */
export const PUBLISHED_IDS_HEADER =
  '# Every id this article has published, one a line, in the order first listed: written by `npm run registry`, which only\n' +
  '# ever adds to it. The build fails when registry.json has lost one of them (see "Links that never break").\n';

const LINE = /^(paragraph|claim) (\S+)$/;

/**
 * Reads an article's `published-ids.txt`: `claim <id>` or `paragraph <id>`, one a line (`#` starts a
 * comment). A missing file lists nothing yet.
 */
export function readPublishedIds(text: string | undefined, file: string): { listed: ListedId[]; problems: ContentProblem[] } {
  const listed: ListedId[] = [];
  const problems: ContentProblem[] = [];
  (text ?? '').split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = LINE.exec(line);
    if (match && idSchema.safeParse(match[2]).success) listed.push({ kind: match[1] as ListedId['kind'], id: match[2]!, line: index + 1 });
    else {
      problems.push({
        file,
        line: index + 1,
        problem: 'this line is not "claim <id>" or "paragraph <id>"',
        fix: 'the list is written by `npm run registry`: restore it from version control and run that again',
      });
    }
  });
  return { listed, problems };
}

/** The list with the ids of `ids` it does not hold yet added at its end, in their order. */
export function listWithNewIds(text: string | undefined, ids: readonly { kind: ListedId['kind']; id: string }[]): string {
  const { listed } = readPublishedIds(text, '');
  const known = new Set(listed.map(({ kind, id }) => `${kind} ${id}`));
  const added = ids.map(({ kind, id }) => `${kind} ${id}`).filter((line) => !known.has(line) && known.add(line));
  const kept = text?.trim() ? `${text.replace(/\n*$/, '')}\n` : PUBLISHED_IDS_HEADER;
  return added.length === 0 ? kept : `${kept}${added.join('\n')}\n`;
}
