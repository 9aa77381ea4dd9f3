import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WIDE_SCREEN } from '../src/client/wide-screen.ts';

const STYLES = 'src/styles';
const sheets = readdirSync(STYLES)
  .filter((name) => name.endsWith('.css'))
  .map((name) => ({ name, css: readFileSync(join(STYLES, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));
const tokens = sheets.find((sheet) => sheet.name === 'tokens.css')!.css;

describe('the wide-screen layout', () => {
  it('starts at one width, named once, which the scripts ask for too', () => {
    const wide = /@custom-media\s+--ar-wide\s+([^;]+);/.exec(tokens)?.[1];
    const narrow = /@custom-media\s+--ar-narrow\s+([^;]+);/.exec(tokens)?.[1];
    expect(wide).toBe(WIDE_SCREEN);
    // The narrow layout is exactly the rest: no width where neither or both apply.
    expect(narrow).toBe(WIDE_SCREEN.replace('>=', '<'));
  });

  it('is never asked for by a width of its own', () => {
    const widths = sheets.flatMap(({ name, css }) => [...css.matchAll(/@media[^{]*\b(?:min-|max-)?width\b[^{]*/g)].map((m) => `${name}: ${m[0].trim()}`));
    expect(widths).toEqual([]);
    const scripts = readdirSync('src/client', { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts') && path !== 'wide-screen.ts');
    const inScripts = scripts.filter((path) => /matchMedia\([^)]*width/.test(readFileSync(join('src/client', path), 'utf8')));
    expect(inScripts).toEqual([]);
  });
});

describe('spacing', () => {
  it('every margin, padding and gap is a step of the scale in tokens.css', () => {
    const steps = new Set([...tokens.matchAll(/(--ar-space-[\w-]+)\s*:/g)].map((m) => m[1]));
    expect(steps.size).toBeGreaterThan(4);
    const literal: string[] = [];
    const unknown: string[] = [];
    for (const { name, css } of sheets) {
      if (name === 'tokens.css') continue;
      for (const [, property, value] of css.matchAll(/(?<![\w-])((?:margin|padding|gap|row-gap|column-gap|inset|scroll-margin)[\w-]*)\s*:\s*([^;{}]+)/g)) {
        // Off-screen and below-the-header offsets are positions, not spacing.
        const rems = [...value!.matchAll(/(?<![\w.-])-?\d*\.?\d+rem\b/g)].map((m) => m[0]).filter((rem) => !(rem === '-10rem' || rem === '4.5rem'));
        if (rems.length > 0) literal.push(`${name}: ${property}: ${value!.trim()}`);
        for (const [, step] of value!.matchAll(/var\((--ar-space-[\w-]+)\)/g)) if (!steps.has(step!)) unknown.push(`${name}: ${step}`);
      }
    }
    expect(literal).toEqual([]);
    expect(unknown).toEqual([]);
  });
});
