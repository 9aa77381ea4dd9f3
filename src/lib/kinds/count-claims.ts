import { KINDS, type Kind, RECORD_STATUSES, type RecordStatus } from './kinds.ts';

/** Claims by kind (every kind listed, even at 0) and by record status (only those that occur). */
export function countClaims(claims: readonly { kind: Kind; record?: string | undefined }[]) {
  const byKind = KINDS.map((kind) => ({ kind, count: claims.filter((c) => c.kind === kind).length }));
  const byRecord = RECORD_STATUSES.map((record: RecordStatus) => ({
    record,
    count: claims.filter((c) => c.record === record).length,
  })).filter(({ count }) => count > 0);
  return { total: claims.length, byKind, byRecord };
}
