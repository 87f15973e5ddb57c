// Our embed loader, built on its own into dist/embed.js (an IIFE under 2 KB gzip, no
// dependencies: vite.config.ts, embedLoader). A publisher pastes
//
//   <div data-kursk-explainer></div>
//   <script src="https://…/embed.js" async></script>
//
// and each such element becomes a lazy iframe of embed.html (beside this script) that fits its
// content, and is told where it sits in the viewport (for the scroll story), in Pym.js's format.
// Optional attributes: data-src (another embed URL), data-lang (an edition), data-title,
// data-height (px to reserve; by default the prerendered height at the element's width).
// The messages are protocol.ts's, the reserved heights snippets.ts's: one definition of each.
import { isLocale, localeDir } from '../routing/lang';
import { MAX_PX, parseChildMessage, pymMessage } from './protocol';
import { EMBED_ATTRIBUTE, reservedHeight } from './snippets';

type Frame = { id: string; iframe: HTMLIFrameElement; height: number };

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || location.href;
const frames: Frame[] = [];
let pending = 0;

const send = (f: Frame, type: string, payload: string) =>
  f.iframe.contentWindow?.postMessage(pymMessage(f.id, type, payload), '*');

/** Pym's viewport-iframe-position: the viewport's size, then the frame's box. */
const sendPosition = (f: Frame) => {
  const r = f.iframe.getBoundingClientRect();
  const root = document.documentElement;
  const box = [root.clientWidth, root.clientHeight, r.top, r.left, r.bottom, r.right];
  send(f, 'viewport-iframe-position', box.map(Math.round).join(' '));
};

/** At most one round of position messages per animation frame. */
const schedule = () => {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = 0;
    frames.forEach(sendPosition);
  });
};

const onResize = () => {
  for (const f of frames) send(f, 'width', String(Math.round(f.iframe.getBoundingClientRect().width)));
  schedule();
};

const onMessage = (event: MessageEvent) => {
  const f = frames.find((x) => event.source === x.iframe.contentWindow);
  if (!f) return;
  const m = parseChildMessage(event.data, f.id);
  if (m?.type === 'position-request') {
    sendPosition(f);
    schedule();
  } else if (m && m.height !== f.height) {
    f.height = m.height;
    f.iframe.height = String(m.height);
  }
};

const init = (el: Element) => {
  if (el.hasAttribute(`${EMBED_ATTRIBUTE}-ready`)) return;
  el.setAttribute(`${EMBED_ATTRIBUTE}-ready`, '');
  const lang = el.getAttribute('data-lang') ?? undefined;
  let src: URL;
  try {
    src = new URL(el.getAttribute('data-src') || `${isLocale(lang) ? localeDir(lang) : ''}embed.html`, base);
  } catch {
    return;
  }
  if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
  const iframe = document.createElement('iframe');
  const f: Frame = { id: `kursk-explainer-${frames.length + 1}`, iframe, height: 0 };
  src.searchParams.set('childId', f.id);
  // We follow scrolling, in a viewport this tall.
  src.searchParams.set('track', '');
  src.searchParams.set('parentHeight', String(document.documentElement.clientHeight));
  const reserve = parseInt(el.getAttribute('data-height') ?? '', 10);
  iframe.src = src.href;
  iframe.title = el.getAttribute('data-title') || 'Explainer: Not a bargaining chip';
  iframe.width = '100%';
  iframe.height = String(
    reserve > 0 && reserve < MAX_PX ? reserve : reservedHeight(lang, el.getBoundingClientRect().width),
  );
  iframe.setAttribute('loading', 'lazy');
  iframe.setAttribute('scrolling', 'no');
  iframe.setAttribute('allow', 'fullscreen');
  iframe.style.cssText = 'border:0;display:block;width:100%';
  iframe.addEventListener('load', () => sendPosition(f));
  frames.push(f);
  el.appendChild(iframe);
};

const scan = () => document.querySelectorAll(`[${EMBED_ATTRIBUTE}]`).forEach(init);

addEventListener('message', onMessage);
addEventListener('scroll', schedule, { passive: true });
addEventListener('resize', onResize, { passive: true });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
else scan();
