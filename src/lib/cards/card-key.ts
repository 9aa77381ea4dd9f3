import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { DESIGN_VERSION } from './card-design.ts';

/*
 * A card's name in the cache: a digest of what it shows, the design's version and the versions of what
 * draws it (the layout, the rasteriser, the encoder and the fonts). A card whose digest is in the cache
 * is not drawn again; editing a claim's words or finding, or the article's title, changes its digest.
 */

const versionOf = (name: string) => (JSON.parse(readFileSync(findPackageJSON(name, import.meta.url)!, 'utf8')) as { version: string }).version;
const DRAWN_BY = ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/pt-serif', '@fontsource/pt-sans'].map((name) => `${name}@${versionOf(name)}`).join(' ');

export const cardKey = (content: object): string => createHash('sha256').update(`${DESIGN_VERSION}\n${DRAWN_BY}\n`).update(JSON.stringify(content)).digest('hex').slice(0, 20);
