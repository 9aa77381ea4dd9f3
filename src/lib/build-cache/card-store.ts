import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * The cards drawn so far, one PNG a card named by the digest of what it shows (src/lib/cards/card-key.ts),
 * in the site's cache folder, which a static host keeps between builds as it keeps the rest of the
 * build's cache. A card whose digest is here is never drawn again; the site gets a hard link to it
 * (one entry in a folder, no bytes copied), or a copy where the two folders are on different disks.
 */

export const cardStoreFolder = (cacheDir: string) => join(cacheDir, 'cards');

export const storedCard = (store: string, key: string) => join(store, `${key}.png`);

export const hasCard = (store: string, key: string) => existsSync(storedCard(store, key));

/** Saves a drawn card whole or not at all: written aside, then renamed, so no build reads half a file. */
export function saveCard(store: string, key: string, png: Uint8Array): void {
  mkdirSync(store, { recursive: true });
  const aside = `${storedCard(store, key)}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(aside, png);
  renameSync(aside, storedCard(store, key));
}

/** Puts a stored card at `target` in the site. */
export function placeCard(store: string, key: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(storedCard(store, key), target);
  } catch {
    copyFileSync(storedCard(store, key), target);
  }
}

/** Removes the cards no page uses any more, once a build has placed the ones it does; returns how many. */
export function keepOnlyCards(store: string, used: ReadonlySet<string>): number {
  const names = existsSync(store) ? readdirSync(store) : [];
  const unused = names.filter((name) => !used.has(name.replace(/\.png$/, '')));
  for (const name of unused) rmSync(join(store, name), { force: true });
  return unused.length;
}
