import type { ClaimInput, Quote } from '../../lib/schema/annotation-schema.ts';

/*
 * Entries as the panel writes them into annotations.yaml, in the layout the project's files use
 * (README's "Annotating an article"): a claim as a block of keys in the documented order, its quote
 * and sources on one line each; a draft entry on one line. Text is written as JSON strings, which YAML
 * reads as double-quoted scalars: any character is safe in them, and none is folded onto another line.
 */

const string = (text: string) => JSON.stringify(text);

export const quoteYaml = ({ exact, prefix, suffix }: Quote): string =>
  `{ exact: ${string(exact)}${prefix !== undefined ? `, prefix: ${string(prefix)}` : ''}${suffix !== undefined ? `, suffix: ${string(suffix)}` : ''} }`;

/** A claim, its "- " at `indent`. */
export function claimYaml(claim: ClaimInput, indent: string): string {
  const lines = [
    `- id: ${claim.id}`,
    `  kind: ${claim.kind}`,
    `  quote: ${quoteYaml(claim.quote)}`,
    ...(claim.record !== undefined ? [`  record: ${claim.record}`] : []),
    ...(claim.basis !== undefined ? [`  basis: ${claim.basis}`] : []),
    ...(claim.sources.length > 0 ? [`  sources: [${claim.sources.join(', ')}]`] : []),
    `  note: ${string(claim.note)}`,
    ...(claim.fragment !== undefined ? [`  fragment: ${string(claim.fragment)}`] : []),
  ];
  return lines.map((line) => `${indent}${line}\n`).join('');
}

/** A draft entry: words still to classify. */
export const draftYaml = (quote: Quote, indent: string): string => `${indent}- draft: ${quoteYaml(quote)}\n`;

/** A passage marked as asserting nothing, with the reason (README's "Coverage"). */
export const notClaimYaml = (quote: Quote, reason: string, indent: string): string => `${indent}- quote: ${quoteYaml(quote)}\n${indent}  reason: ${string(reason)}\n`;
