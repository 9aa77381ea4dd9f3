import type { ClaimsExport } from './claims-export.ts';
import { toCsv } from './csv.ts';

export const CSV_COLUMNS = ['id', 'number', 'kind', 'record', 'paragraph', 'text', 'sentence', 'note', 'url', 'sources', 'source_urls', 'source_types', 'published', 'reviewed'] as const;

/** The same claims as `claims.json`, one row each; sources as space-separated ids, addresses and types. */
export function claimsCsv(exported: ClaimsExport): string {
  return toCsv(
    CSV_COLUMNS,
    exported.claims.map((c) => [
      c.id, c.number, c.kind, c.record, c.paragraph, c.text, c.sentence, c.noteText, c.url,
      c.sources.map((s) => s.id).join(' '), c.sources.map((s) => s.url).join(' '), c.sources.map((s) => s.type).join(' '), c.published, c.reviewed,
    ]),
  );
}
