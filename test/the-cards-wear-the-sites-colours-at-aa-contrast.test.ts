import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOUR, HUE, KIND_COLOUR } from '../src/lib/cards/card-design.ts';
import { KINDS } from '../src/lib/kinds/kinds.ts';

// The light scheme's tokens: the first definition of each, before the dark scheme's.
const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string) => tokens.match(new RegExp(`--ar-${name}:\\s*([^;]+);`))![1]!.trim();

/** `hsl(h, s%, l%)` or `#rrggbb` as sRGB channels 0–1. */
function rgb(colour: string): number[] {
  const hex = colour.match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16) / 255);
  const [h, s, l] = colour.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}
const luminance = (colour: string) => {
  const [r, g, b] = rgb(colour).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('a card’s colours', () => {
  it('are the site’s own (tokens.css, light scheme)', () => {
    expect(COLOUR.background).toBe(token('bg'));
    expect(COLOUR.text).toBe(token('text'));
    expect(COLOUR.muted).toBe(token('muted'));
    expect(COLOUR.rule).toBe(token('rule'));
    for (const kind of KINDS) {
      expect(HUE[kind]).toBe(Number(token(`hue-${kind}`)));
      const css = (name: string) => token(name).replace(`var(--ar-hue-${kind})`, String(HUE[kind]));
      expect(rgb(KIND_COLOUR[kind].colour)).toEqual(rgb(css(kind)));
      expect(rgb(KIND_COLOUR[kind].tint)).toEqual(rgb(css(`${kind}-tint`)));
    }
  });

  it.each(KINDS)('give every text at least WCAG AA contrast, 4.5:1, on a %s claim’s card', (kind) => {
    expect(contrast(COLOUR.text, KIND_COLOUR[kind].tint)).toBeGreaterThanOrEqual(4.5); // the claim's words on its tint
    expect(contrast(KIND_COLOUR[kind].colour, COLOUR.background)).toBeGreaterThanOrEqual(4.5); // the finding in words
    expect(contrast(COLOUR.muted, COLOUR.background)).toBeGreaterThanOrEqual(4.5); // the byline
    expect(contrast(COLOUR.text, COLOUR.background)).toBeGreaterThanOrEqual(4.5);
    // The kind's shape in the bar of an article's card, in the background's colour on the kind's.
    expect(contrast(COLOUR.background, KIND_COLOUR[kind].colour)).toBeGreaterThanOrEqual(3);
  });
});
