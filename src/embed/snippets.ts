// The three ways to embed the explainer, as code an editor pastes: our loader script, a plain
// iframe, and an AMP amp-iframe. All are built from the one canonical URL.

/** The attribute our loader looks for. */
export const EMBED_ATTRIBUTE = 'data-kursk-explainer';

/** Height reserved before the frame reports its own: about one step of the stepper on a phone. */
export const INITIAL_HEIGHT = 900;

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
  return {
    script: `<div ${EMBED_ATTRIBUTE}${pin}></div>\n<script src="${url}embed.js" async></script>`,
    iframe:
      `<iframe src="${frame}" title="${name}" width="100%" height="${INITIAL_HEIGHT}"` +
      ` loading="lazy" frameborder="0" style="border:0;display:block"></iframe>`,
    amp:
      `<amp-iframe src="${frame}" title="${name}" layout="fixed-height" height="${INITIAL_HEIGHT}"` +
      ` sandbox="allow-scripts allow-popups" resizable frameborder="0">\n` +
      `  <div overflow tabindex="0" role="button" aria-label="${more}">${more}</div>\n` +
      `</amp-iframe>`,
  };
};
