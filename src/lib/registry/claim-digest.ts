import { createHash } from 'node:crypto';

/** A short digest of what a reader is told about a claim; any change to it calls for a dated review. */
export function claimDigest(claim: {
  kind: string;
  record?: string | undefined;
  basis?: string | undefined;
  sources: readonly string[];
  note: string;
  text: string;
}): string {
  // The basis joins the digest only when stated, so that digests recorded before it existed stay valid.
  const canonical = JSON.stringify([claim.kind, claim.record ?? null, [...claim.sources], claim.note, claim.text, ...(claim.basis ? [claim.basis] : [])]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
