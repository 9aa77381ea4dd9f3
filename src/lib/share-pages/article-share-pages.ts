import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimSharePage } from './claim-share-page.ts';
import type { ClaimsExport } from '../exports/claims-export.ts';
import { claimCardSpecs } from '../cards/article-cards.ts';
import type { CardSetting } from '../cards/card-setting.ts';
import { SITE_NAME, type SiteAddress } from '../../site.ts';

/** Where an article's share pages stand in the site, beside its page. */
export const sharePagesPath = (slug: string) => `articles/${slug}/claims`;

/**
 * What an article's share pages are made from: its `claims.json`, the site's address and the code
 * (`version`); a folder made for the same key is the same folder.
 */
export const sharePagesKey = (version: string, claimsJson: string): string =>
  createHash('sha256').update(version).update(claimsJson).digest('hex').slice(0, 16);

/** Writes one article's share pages into `folder`, from its `claims.json`; returns how many. Each names its claim's card (`CARDS` says which). */
export function writeArticleSharePages(claimsJson: string, folder: string, site: SiteAddress, cards: CardSetting): number {
  const exported = JSON.parse(claimsJson) as ClaimsExport;
  const images = claimCardSpecs(exported, { name: SITE_NAME, base: site.base }, cards);
  for (const claim of exported.claims) {
    mkdirSync(join(folder, claim.id), { recursive: true });
    writeFileSync(join(folder, claim.id, 'index.html'), claimSharePage(claim, exported.article, site, images.get(claim.id)!));
  }
  return exported.claims.length;
}
