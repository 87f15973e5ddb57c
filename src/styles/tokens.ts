// Design tokens: the one palette and scale used by CSS (as custom properties) and by the graphics.
// Colours follow Okabe and Ito's colour-blind-safe palette for the data; text pairs pass WCAG AA.

const light = {
  bg: '#fbfaf7',
  text: '#1b1b1b',
  muted: '#54514b',
  rule: '#d9d4ca',
  card: '#ffffff',
  cardBorder: '#d9d4ca',
  link: '#0b5a9c',
  focus: '#0b5a9c',
  water: '#e9eef1',
  landOther: '#f8f6f1',
  border: '#9b968c',
  ukraine: '#93bae0',
  ukraineStroke: '#245f91',
  russia: '#e8e1d8',
  highlight: '#d55e00',
  /** The highlight colour, dark enough for small text (AA on bg and card). */
  accent: '#a84300',
  /** The map's area in focus: a fill darker than Russia and Ukraine (it reads in greyscale) and a
   * stroke with 3:1 or more against every neighbour. */
  highlightFill: '#c8642a',
  highlightStroke: '#7a3000',
  occupied: '#8c3b00',
  marker: '#1b1b1b',
  arc: '#a03f00',
  axis: '#6e6a62',
  event: '#7a766d',
  labelHalo: '#fbfaf7',
} as const;

type Palette = { readonly [K in keyof typeof light]: string };

const dark: Palette = {
  bg: '#121315',
  text: '#ecebe8',
  muted: '#b9b5ad',
  rule: '#3a3b3e',
  card: '#1c1d20',
  cardBorder: '#3a3b3e',
  link: '#8cc4f2',
  focus: '#8cc4f2',
  water: '#0f1a22',
  landOther: '#1f2124',
  border: '#6c6a66',
  ukraine: '#2c5a85',
  ukraineStroke: '#6fb3ea',
  russia: '#3a3631',
  highlight: '#ff9a52',
  accent: '#ffa566',
  highlightFill: '#d9762f',
  highlightStroke: '#ffb27a',
  occupied: '#ffb27a',
  marker: '#ecebe8',
  arc: '#ffae70',
  axis: '#a19d95',
  event: '#8f8b84',
  labelHalo: '#121315',
};

export const palettes = { light, dark } as const;

export const fonts = {
  /**
   * System faces with Latin, Cyrillic and Hangul coverage: no font download. Noto CJK's Korean
   * face is named after the Latin ones, for Hangul alone: found by name, its bold is the real one
   * wherever it is installed (Chromium's headless shell, finding it by fallback, thickened the
   * regular).
   */
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Helvetica Neue", Arial, "Noto Sans CJK KR", sans-serif',
  serif:
    'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "Noto Serif KR", "AppleMyungjo", Georgia, serif',
  /**
   * The Korean edition's serif list: the same, with the Korean serif of Linux and Android (Noto
   * CJK) named before the generic `serif`. Chromium's own settings make that face the `serif` of
   * Korean text there; named, it is found wherever it is installed, whatever the browser's settings
   * (Chromium's headless shell, which the browser tests run in, has none).
   */
  serifKo:
    'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "Noto Serif KR", "AppleMyungjo", "Noto Serif CJK KR", Georgia, serif',
} as const;

/**
 * Breakpoint between the stacked (narrow) and side-by-side (wide) layouts, px: the stylesheets'
 * `@media (--wide)` (vite.config.ts writes it in) and the embed's reserved heights.
 */
export const WIDE_PX = 900;

export const sizes = {
  /** Map label font size (px); also what label placement measures with. */
  mapLabel: 13,
  areaLabel: 12,
  timelineLabel: 13,
  marker: 4.5,
  /** Breakpoint between the stacked (narrow) and side-by-side (wide) layouts, px. */
  wide: WIDE_PX,
} as const;

/**
 * How much the graphic's words grow with it: 1 up to an 800 × 650 px map (phones, tablets, a
 * laptop's half screen), then with the map's smaller side, up to 1.4 on a large screen. The
 * timeline, a strip, grows with its width alone.
 */
export const typeScale = ({ width, height = Infinity }: { width: number; height?: number }): number =>
  Math.round(Math.min(1.4, Math.max(1, Math.min(width / 800, height / 650))) * 100) / 100;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const vars = (p: Palette) =>
  Object.entries(p)
    .map(([k, v]) => `--c-${kebab(k)}:${v};`)
    .join('');

/** A font list without the spaces after its commas: a custom property's value is not minified. */
const tight = (list: string) => list.replace(/,\s+/g, ',');

/** The tokens as CSS custom properties, light by default and dark when the reader prefers it. */
export const tokensCss = (): string =>
  // The page's light and dark schemes are declared once, in every page's <meta name="color-scheme">
  // (index.html): declared here too, the CSS minifier added a fallback for old browsers' light-dark().
  `:root{${vars(light)}--font-sans:${tight(fonts.sans)};--font-serif:${tight(fonts.serif)}}` +
  // A passage in another language inside the Korean edition (the original of a quote) keeps the
  // list its own language would get, where it names its font itself (scrolly.css).
  `html:lang(ko){--font-serif:${tight(fonts.serifKo)}}html:lang(ko) [lang]:not(:lang(ko)){--font-serif:${tight(fonts.serif)}}` +
  `@media (prefers-color-scheme: dark){:root{${vars(dark)}}}`;
