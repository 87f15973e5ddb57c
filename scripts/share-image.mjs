// The share image of one edition: 1200×630 PNG, the card a social network or a chat shows for a
// link. Made at build (scripts/prerender.mjs) from the explainer's own map, the server-rendered
// SVG of its first step, beside the edition's kicker, headline and title, and rasterised by resvg
// (@resvg/resvg-js: a native rasteriser, no browser). The same input and fonts give the same bytes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
/** The map's box on the card: the right part, full height. */
const MAP = { x: 560, y: 0, width: SHARE_WIDTH - 560, height: SHARE_HEIGHT };
export const SHARE_MAP_SIZE = { width: MAP.width, height: MAP.height };

// resvg draws text only with fonts it is given: the system's DejaVu faces (Latin, Cyrillic) and
// Noto CJK (Hangul), found by name under these folders.
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];
const FONT_NAMES = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSerif-Bold.ttf',
  'NotoSansCJK-Regular.ttc',
  'NotoSansCJK-Bold.ttc',
  'NotoSerifCJK-Bold.ttc',
];
const SANS = "'DejaVu Sans', 'Noto Sans CJK KR'";
const SERIF = "'DejaVu Serif', 'Noto Serif CJK KR', 'Noto Sans CJK KR'";
/** Hangul takes the Noto CJK faces first (their bold, too): DejaVu has no Hangul to fall back from. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const family = (text, latin, hangul) => (HANGUL.test(text) ? hangul : latin);
const sansFor = (text) => family(text, SANS, "'Noto Sans CJK KR'");
const serifFor = (text) => family(text, SERIF, "'Noto Serif CJK KR'");

const walk = (dir, depth = 0) => {
  if (depth > 4 || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), depth + 1) : [join(dir, d.name)],
  );
};

/** The font files to draw with, sorted (the same order every build); fails when one is missing. */
export const shareFonts = (dirs = FONT_DIRS) => {
  const found = new Map();
  for (const file of dirs.flatMap((d) => walk(d)).sort()) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (FONT_NAMES.includes(name) && !found.has(name)) found.set(name, file);
  }
  const missing = FONT_NAMES.filter((n) => !found.has(n));
  if (missing.length)
    throw new Error(
      `[share-image] fonts not found under ${dirs.join(', ')}: ${missing.join(', ')}. ` +
        'Install fonts-dejavu-core and fonts-noto-cjk (Debian) to build the share images.',
    );
  return FONT_NAMES.map((n) => found.get(n));
};

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Breaks text into lines of at most `max` units (a Hangul syllable counts as two Latin letters,
 * about its width), at spaces.
 */
export const wrap = (text, max) => {
  const width = (s) => [...s].reduce((n, c) => n + (HANGUL.test(c) ? 1.8 : 1), 0);
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
};

/** The map's classes as the page's stylesheet paints them, in the light palette. */
const mapStyle = (c, sans) => `
  .map-water { fill: ${c.water}; }
  .map-area { fill: ${c.landOther}; stroke: ${c.border}; stroke-width: 0.6; stroke-linejoin: round; }
  .map-area--ru { fill: ${c.russia}; }
  .map-area--ua { fill: ${c.ukraine}; stroke: ${c.ukraineStroke}; }
  .map-area--occupied { stroke: ${c.ukraineStroke}; }
  .map-hatch__bg { fill: ${c.ukraine}; }
  .map-hatch__line { stroke: ${c.occupied}; stroke-width: 2; }
  .map-highlight { fill: ${c.highlightFill}; stroke: ${c.highlight}; stroke-width: 2; stroke-linejoin: round; }
  .map-highlight--occupied { fill: none; }
  .map-arc { fill: none; stroke: ${c.arc}; stroke-width: 2.5; stroke-linecap: round; }
  .map-marker circle { fill: ${c.marker}; stroke: ${c.labelHalo}; stroke-width: 1.5; }
  .map-label, .map-scale text, .map-credit { font-family: ${sans}; paint-order: stroke; stroke: ${c.labelHalo}; stroke-width: 3px; stroke-linejoin: round; fill: ${c.text}; }
  .map-label { font-size: 13px; font-weight: 600; }
  .map-label--area { font-size: 12px; font-weight: 700; letter-spacing: 0.04em; fill: ${c.muted}; }
  .map-label--arc { fill: ${c.arc}; }
  .map-scale path { fill: none; stroke: ${c.text}; stroke-width: 1.5; }
  .map-scale text, .map-credit { font-size: 11px; fill: ${c.muted}; }
`;

/**
 * The map from the server-rendered markup, placed in the card's map box: its drawing's `<svg>`
 * (drawn a margin larger than the map) and its words' `<svg>` (the map's size), as one, in the
 * words' frame. A fill the map sets on an element (the occupied hatch) moves into its style,
 * where the class rules above cannot override it.
 */
const placeMap = (markup) => {
  const svgOf = (cls) => markup.match(new RegExp(`<svg\\b[^>]*class="${cls}"[^>]*>([\\s\\S]*?)</svg>`));
  const [layers, words] = [svgOf('map__layers'), svgOf('map__svg')];
  if (!layers || !words)
    throw new Error('[share-image] no map SVGs (svg.map__layers, svg.map__svg) in the rendered markup');
  const viewBox = words[0].match(/viewBox="([^"]+)"/)?.[1];
  if (!viewBox) throw new Error('[share-image] the map SVG has no viewBox');
  return (
    `<svg x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid slice">${layers[1]}${words[1]}</svg>`
      .replace(/ fill="(url\([^)]*\))"/g, ' style="fill:$1"')
      // What the step does not show (opacity 0, to fade in later) is not drawn; resvg also fails on it.
      .replace(/<g opacity="0">(?:(?!<g\b)[\s\S])*?<\/g>/g, '')
  );
};

/**
 * The card as SVG: the map on the right; on the left the words, and the site's host at the foot.
 * @param {{ mapMarkup: string, kicker: string, headline: string, title: string, site: string, palette: Record<string, string> }} card
 */
export const shareSvg = ({ mapMarkup, kicker, headline, title, site, palette: c }) => {
  const headlineLines = wrap(headline, 14).slice(0, 3);
  const titleLines = wrap(title, 34).slice(0, 5);
  const headlineTop = 170;
  const titleTop = headlineTop + (headlineLines.length - 1) * 64 + 70;
  const text = (x, y, size, weight, family, fill, s) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" font-family="${family}" fill="${fill}" stroke="none">${escapeXml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">`,
    `<style>${mapStyle(c, sansFor(mapMarkup))}</style>`,
    `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${c.bg}"/>`,
    placeMap(mapMarkup),
    `<rect x="${MAP.x}" y="0" width="4" height="${SHARE_HEIGHT}" fill="${c.highlight}"/>`,
    text(56, 110, 26, 700, sansFor(kicker), c.accent, kicker.toUpperCase()),
    ...headlineLines.map((l, i) => text(56, headlineTop + i * 64, 54, 700, serifFor(l), c.text, l)),
    ...titleLines.map((l, i) => text(56, titleTop + i * 36, 26, 400, sansFor(l), c.muted, l)),
    text(56, SHARE_HEIGHT - 40, 20, 700, SANS, c.muted, site),
    '</svg>',
  ].join('\n');
};

/** The card as PNG bytes, 1200×630. */
export const renderShareImage = (card, fontFiles = shareFonts()) => {
  const resvg = new Resvg(shareSvg(card), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  const png = resvg.render();
  if (png.width !== SHARE_WIDTH || png.height !== SHARE_HEIGHT)
    throw new Error(`[share-image] rendered ${png.width}×${png.height}, not ${SHARE_WIDTH}×${SHARE_HEIGHT}`);
  return Buffer.from(png.asPng());
};
