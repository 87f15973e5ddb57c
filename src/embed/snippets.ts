// The three ways to embed the explainer, as code an editor pastes: our loader script, a plain
// iframe, and an AMP amp-iframe. All are built from the one canonical URL.
import { defaultLocale, editions, localeIds, type LocaleId } from '../data/copy/ids';
import { WIDE_PX } from '../styles/tokens';

/** The attribute our loader looks for. */
export const EMBED_ATTRIBUTE = 'data-kursk-explainer';

/**
 * The prerendered embed's height in px, per edition, at a phone's width (390 px) and on a desktop
 * (1280 px; the same from 900 px up): what the snippets and the loader reserve, so a page shows
 * the frame at about its size before any script runs, and a system that strips scripts never
 * shows a 150 px box. Declared with each edition (src/data/copy/ids.ts); a browser test checks
 * them against the build (within 3%): when the words change, measure again and update them there
 * (the loader, src/embed/loader.ts, is built with them).
 */
export const RESERVED = Object.fromEntries(localeIds.map((l) => [l, editions[l].embedHeight])) as Record<
  LocaleId,
  { phone: number; desktop: number }
>;

/** An edition's reserved heights; the default edition's for anything else. */
const reserveOf = (lang: string | undefined) =>
  RESERVED[
    lang !== undefined && Object.prototype.hasOwnProperty.call(RESERVED, lang) ? (lang as LocaleId) : defaultLocale
  ];

/** Between the two widths the embed grows about this many px for each px narrower. */
export const RESERVE_SLOPE = 0.8;

/** The height to reserve for a frame `width` px wide, in an edition (the default's when unknown). */
export const reservedHeight = (lang: string | undefined, width: number): number => {
  const r = reserveOf(lang);
  const w = Number.isFinite(width) && width > 0 ? width : 390;
  // From 900 px up the embed has its two-column layout, whose height does not depend on the width.
  return w >= WIDE_PX ? r.desktop : Math.round(Math.max(r.desktop, r.phone + RESERVE_SLOPE * (390 - w)));
};

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type Snippets = { script: string; iframe: string; amp: string };

export type SnippetLabels = {
  /** The frame's accessible name. */
  title: string;
  /** The button AMP shows when the frame needs more room than it may take on its own. */
  overflow: string;
  /** The edition to pin: '' for the default, or its folder ('ko/'). */
  edition?: string;
  /** Its language code, for the loader's data-lang. */
  lang?: string;
};

/** The snippets for the explainer published at `base` (ending in a slash). */
export const embedSnippets = (base: string, labels: SnippetLabels): Snippets => {
  const url = escapeAttr(base);
  const frame = escapeAttr(`${base}${labels.edition ?? ''}embed.html`);
  const pin = labels.edition && labels.lang ? ` data-lang="${escapeAttr(labels.lang)}"` : '';
  const name = escapeAttr(labels.title);
  const more = escapeAttr(labels.overflow);
  const r = reserveOf(labels.lang);
  // The same curve as reservedHeight, in the parent's viewport width: phone height at 390 px,
  // desktop height from 1280 px up (the frame is about as wide as the viewport on a phone).
  const height = `max(${r.desktop}px,calc(${r.phone + RESERVE_SLOPE * 390}px - ${RESERVE_SLOPE * 100}vw))`;
  return {
    script: `<div ${EMBED_ATTRIBUTE}${pin}></div>\n<script src="${url}embed.js" async></script>`,
    iframe:
      `<iframe src="${frame}" title="${name}" width="100%" height="${r.desktop}"` +
      ` loading="lazy" frameborder="0" style="border:0;display:block;height:${height}"></iframe>`,
    amp:
      `<amp-iframe src="${frame}" title="${name}" layout="fixed-height" height="${r.phone}"` +
      ` sandbox="allow-scripts allow-popups" resizable frameborder="0">\n` +
      `  <div overflow tabindex="0" role="button" aria-label="${more}">${more}</div>\n` +
      `</amp-iframe>`,
  };
};
