import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/*
 * The faces a card is drawn in, shipped with the project as npm packages (Fontsource's builds of
 * ParaType's PT Serif and PT Sans, SIL Open Font License 1.1, each package's LICENSE beside its files):
 * a serif for the claim's words, as the article's text is set in one, and its companion sans for the
 * lines around them, as the site's own interface is. ParaType drew both for Cyrillic and Latin alike:
 * Kazakh's Ә Ғ Қ Ң Ө Ұ Ү Һ І are in their Cyrillic subsets. Fontsource ships each face cut into
 * subsets by script; satori reads WOFF (not WOFF2) and, for each character, takes the first family of
 * the style's list that has it, but within one family only its first font: so each subset is loaded
 * under a name of its own ("PT Serif cyrillic-ext"), and a style names them all (`fontFamily`).
 */

export type CardFace = 'serif' | 'sans';
export type CardWeight = 400 | 700;

const FAMILY: Record<CardFace, { name: string; package: string; file: string }> = {
  serif: { name: 'PT Serif', package: '@fontsource/pt-serif', file: 'pt-serif' },
  sans: { name: 'PT Sans', package: '@fontsource/pt-sans', file: 'pt-sans' },
};
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS: readonly CardWeight[] = [400, 700];

const require = createRequire(import.meta.url);

export interface CardFont {
  face: CardFace;
  /** The subset's own name, as satori knows it: "PT Serif cyrillic". */
  name: string;
  weight: CardWeight;
  data: Buffer;
  /** The font as fontkit reads it, to measure text as satori will draw it. */
  font: fontkit.Font;
}

/** Every font file a card may use: each face's subsets in each weight (16 files, 370 KB). */
export const cardFontFiles = (): { face: CardFace; weight: CardWeight; name: string; path: string }[] =>
  (['serif', 'sans'] as const).flatMap((face) =>
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map((subset) => ({ face, weight, name: subsetName(face, subset), path: require.resolve(`${FAMILY[face].package}/files/${FAMILY[face].file}-${subset}-${weight}-normal.woff`) })),
    ),
  );

const subsetName = (face: CardFace, subset: (typeof SUBSETS)[number]) => `${FAMILY[face].name} ${subset}`;

/** The licence texts of the shipped faces, by package. */
export const cardFontLicences = (): { package: string; path: string }[] =>
  Object.values(FAMILY).map(({ package: name }) => ({ package: name, path: require.resolve(`${name}/LICENSE`) }));

let loaded: CardFont[] | undefined;

/** The card's fonts, read once per thread. */
export function cardFonts(): CardFont[] {
  loaded ??= cardFontFiles().map(({ face, weight, name, path }) => {
    const data = readFileSync(path);
    return { face, name, weight, data, font: fontkit.create(data) as fontkit.Font };
  });
  return loaded;
}

/** The `fontFamily` of a style in `face`: its subsets, in the order satori tries them. */
export const fontFamily = (face: CardFace): string => SUBSETS.map((subset) => `"${subsetName(face, subset)}"`).join(', ');
