import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatDate } from '../../lib/format/format-date.ts';
import type { PlacedClaim } from '../../lib/placing/place-annotations.ts';
import type { Tombstone } from '../../lib/schema/annotation-schema.ts';
import { registeredClaim, type Registry } from '../../lib/schema/registry-schema.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Anchors for the retired ids that now land in this paragraph: at the claim that replaced them, or where
 * a removed claim stood. Each holds a notice that CSS shows only when the anchor is the target, so a
 * link published once never lands on nothing. Hand-written: retired ids are this site's own registry.
 */
export function tombstonesLandingIn(paragraphId: string, tombstones: readonly Tombstone[], claims: readonly PlacedClaim[], registry?: Registry): Element[] {
  return tombstones.flatMap((tombstone) => {
    const replacement = 'replacedBy' in tombstone ? claims.find((c) => c.id === tombstone.replacedBy) : undefined;
    const lands = replacement ? replacement.paragraphId : 'replacedBy' in tombstone ? tombstone.replacedBy : tombstone.paragraph;
    if (lands !== paragraphId) return [];
    // A claim that marks the very words the retired id was published with is that claim renamed, not a
    // claim it was merged into: "now part of claim 13" would tell the reader something happened to it.
    const recorded = registry && registeredClaim(registry, tombstone.id);
    const renamed = replacement !== undefined && recorded !== undefined && words(recorded.text) === words(replacement.text);
    const what = replacement
      ? [`now ${renamed ? '' : 'part of '}claim ${replacement.number}, `, h('a', { href: `#${replacement.id}` }, 'here'), '.']
      : 'replacedBy' in tombstone
        ? ['now part of this paragraph.']
        : ['removed; it stood in this paragraph.'];
    return [
      h('div', { className: ['tombstone'], id: tombstone.id, dataReplacedBy: 'replacedBy' in tombstone ? tombstone.replacedBy : undefined }, [
        h('p', { className: ['tombstone-notice'], role: 'note' }, [
          `The link you followed (#${tombstone.id}) was changed on `,
          h('time', { dateTime: tombstone.date }, formatDate(tombstone.date)),
          `: ${tombstone.reason} It is `,
          ...what,
        ]),
      ]),
    ];
  });
}
