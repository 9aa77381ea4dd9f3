import { readFile } from 'node:fs/promises';
import { readSources } from '../../lib/reading/read-sources.ts';
import { SOURCES_FILE } from '../../lib/reading/content-layout.ts';
import { sourceSchema } from '../../lib/schema/source-schema.ts';
import type { AddSourceRequest } from '../toolbar/editor-api.ts';
import { digestOf, Refusal, refuseIfChanged, sourcesPath, writeInsideContent } from './content-files.ts';
import { nextSourceId } from './next-source-id.ts';
import { oneAtATime } from './validated-save.ts';

/** The day, as sources.json records when a source was seen: the editor's own calendar day. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/**
 * A source added from the panel, at the end of sources.json: the next free id, `seen` set to today,
 * and every field held to the schema the check holds the file to (an address is http(s), without
 * spaces around it or a user name before its host). Only a source the editor says they opened is
 * added: `seen` records that somebody did. The file's other bytes are kept.
 */
export function addSource(contentDir: string, request: AddSourceRequest): Promise<{ id: string; digest: string }> {
  return oneAtATime(async () => {
    if (request.seen !== true) throw new Refusal(422, 'a source is added once you have opened its address and read what it says: tick "I have opened it"');
    const path = sourcesPath(contentDir);
    const text = await readFile(path, 'utf8');
    refuseIfChanged(String(request.sources), digestOf(text), SOURCES_FILE);
    const list = readSources(text, SOURCES_FILE);
    if (!list.knownIds) throw new Refusal(422, `${SOURCES_FILE} cannot be read as it stands: fix it first (npm run check says where)`);
    const id = nextSourceId(list.knownIds);
    const { url, title, publisher, type, copyOf, date, says } = request.source ?? ({} as AddSourceRequest['source']);
    const entry = { id, url, title: title || null, publisher, type, ...(type === 'copy' ? { copyOf: copyOf || null } : {}), date: date || null, says: (says ?? []).filter((s) => s.trim() !== ''), seen: today() };
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) throw new Refusal(422, `the source is not added: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'source'}: ${i.message}`).join('; ')}`);
    const next = withEntry(text, JSON.stringify(entry, null, 2));
    const added = readSources(next, SOURCES_FILE).problems.filter((p) => !list.problems.some((q) => q.problem === p.problem));
    if (added.length > 0) throw new Refusal(422, `the source is not added: ${added.map((p) => p.problem).join('; ')}`);
    await writeInsideContent(contentDir, path, next);
    return { id, digest: digestOf(next) };
  });
}

/** The JSON array's text with one more entry before its closing bracket, indented as the others are. */
function withEntry(text: string, entry: string): string {
  const close = text.lastIndexOf(']');
  const lastEntry = text.lastIndexOf('}', close);
  const indented = entry.split('\n').map((line) => `  ${line}`).join('\n');
  if (lastEntry < 0) return `${text.slice(0, text.indexOf('['))}[\n${indented}\n]${text.slice(close + 1)}`;
  return `${text.slice(0, lastEntry + 1)},\n${indented}${text.slice(lastEntry + 1)}`;
}
