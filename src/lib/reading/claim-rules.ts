import { CONFIRMING_RECORDS, RECORD_STATUSES } from '../kinds/kinds.ts';
import { findInternalWord, findNoteIssues } from '../markdown/note-markdown.ts';
import type { ClaimInput, TitleClaimInput } from '../schema/annotation-schema.ts';

/** The rules a claim must keep beyond its schema: kinds against records and sources, and safe notes. */
export function claimRuleProblems(claim: ClaimInput | TitleClaimInput, knownSourceIds: ReadonlySet<string> | undefined) {
  const { id, kind, record, basis, sources } = claim;
  const found: { problem: string; fix: string; field?: 'note' | 'sources' | 'record' }[] = [];
  const add = (problem: string, fix: string, field?: 'sources' | 'record') => found.push({ problem, fix, ...(field ? { field } : {}) });
  if (kind !== 'opinion' && record === undefined) {
    add(`the ${kind} claim "${id}" has no record status`, `add record: one of ${RECORD_STATUSES.map((s) => JSON.stringify(s)).join(', ')}`);
  }
  if (kind === 'opinion' && record !== undefined) {
    add(`the opinion "${id}" has a record status (${record}), but records are not for opinions`, 'remove record; if the words state a fact the record speaks to, mark the claim sourced or unsourced instead', 'record');
  }
  if (kind === 'sourced' && sources.length === 0) {
    add(`the claim "${id}" is marked sourced but lists no source`, 'add the id of the record that supports it under sources (e.g. sources: [S042]), or mark it unsourced');
  }
  if (kind === 'unsourced' && record !== undefined && CONFIRMING_RECORDS.includes(record)) {
    add(`the claim "${id}" is unsourced but its record status is ${record}`, 'a claim the record confirms, fully or in part, is sourced: set kind: sourced and cite the record');
  }
  if (kind === 'sourced' && record !== undefined && !CONFIRMING_RECORDS.includes(record)) {
    add(
      `the claim "${id}" is marked sourced, but its record is "${record}": a sourced claim needs a record that confirms it, fully or in part`,
      'if the record confirms the claim, set record to "confirmed" or "qualified" (in part); otherwise set kind: unsourced and keep the record that disputes or contradicts it cited',
    );
  }
  if (basis !== undefined && kind !== 'sourced') {
    add(`the claim "${id}" has a basis, but it is ${kind}: only a sourced claim has one`, 'remove basis, or mark the claim sourced if the article cites its source or the record confirms it');
  }
  if ((record === 'qualified' || record === 'disputed' || record === 'contradicted') && sources.length === 0) {
    add(`the claim "${id}" is ${record} by the record, but no record is cited`, `list the sources that show it is ${record} under sources`);
  }
  for (const source of knownSourceIds ? sources.filter((s) => !knownSourceIds.has(s)) : []) {
    add(`the claim "${id}" cites ${source}, which is not in the project's source list`, 'use an id from content/sources.json, or add the source there (only one you have seen yourself)', 'sources');
  }
  for (const issue of findNoteIssues(claim.note)) found.push({ problem: `the note of "${id}": ${issue.problem}`, fix: issue.fix, field: 'note' });
  const jargon = findInternalWord(claim.note);
  if (jargon) found.push({ problem: `the note of "${id}" ${jargon.problem}`, fix: jargon.fix, field: 'note' });
  return found;
}
