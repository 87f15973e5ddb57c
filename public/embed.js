/*
 * Embed loader for the explainer "Not a bargaining chip".
 *
 *   <div data-kursk-explainer></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * Turns each such element into a lazy iframe of embed.html (beside this script) that fits its
 * content, and tells it where it sits in the viewport (for the scroll story), in Pym.js's format.
 * Optional attributes:
 * data-src (another embed URL), data-lang (en, ko or uk), data-title, data-height (px to
 * reserve; by default the prerendered height at the element's width). No dependencies.
 */
(function () {
  'use strict';
  var ATTR = 'data-kursk-explainer';
  var PYM = 'xPYMx';
  var MAX = 1e6;
  // Prerendered height at 390 and 1280 px wide, per edition (= src/embed/snippets.ts RESERVED).
  var RESERVED = { en: [1620, 1130], ko: [1665, 1160], uk: [1820, 1190] };
  var SLOPE = 0.8;

  function reserved(lang, width) {
    var r = RESERVED[lang] || RESERVED.en;
    var w = width > 0 ? width : 390;
    return w >= 900 ? r[1] : Math.round(Math.max(r[1], r[0] + SLOPE * (390 - w)));
  }
  var script = document.currentScript;
  var base = (script && script.src) || location.href;
  var frames = [];
  var pending = 0;

  function send(f, type, payload) {
    var w = f.iframe.contentWindow;
    if (w) w.postMessage(['pym', f.id, type, payload].join(PYM), '*');
  }

  // Pym's viewport-iframe-position: viewport size, then the frame's box.
  function sendPosition(f) {
    var r = f.iframe.getBoundingClientRect();
    var root = document.documentElement;
    var box = [root.clientWidth, root.clientHeight, r.top, r.left, r.bottom, r.right];
    send(f, 'viewport-iframe-position', box.map(Math.round).join(' '));
  }

  // At most one round of position messages per animation frame.
  function schedule() {
    if (pending) return;
    pending = requestAnimationFrame(function () {
      pending = 0;
      frames.forEach(sendPosition);
    });
  }

  function onResize() {
    frames.forEach(function (f) {
      send(f, 'width', String(Math.round(f.iframe.getBoundingClientRect().width)));
    });
    schedule();
  }

  // A height from the frame (Pym or AMP), or null.
  function heightFrom(f, data) {
    var h = NaN;
    if (typeof data === 'string') {
      if (data.length > 512) return null;
      var part = data.split(PYM);
      if (part.length !== 4 || part[0] !== 'pym' || part[1] !== f.id) return null;
      if (part[2] === 'parentPositionInfo') {
        sendPosition(f);
        schedule();
        return null;
      }
      if (part[2] === 'height') h = Number(part[3]);
    } else if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') {
      h = Number(data.height);
    }
    return isFinite(h) && h > 0 && h < MAX ? Math.ceil(h) : null;
  }

  function onMessage(event) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source !== f.iframe.contentWindow) continue;
      var h = null;
      try {
        h = heightFrom(f, event.data);
      } catch {
        return;
      }
      if (h !== null && h !== f.height) {
        f.height = h;
        f.iframe.height = String(h);
      }
      return;
    }
  }

  function init(el) {
    if (el.hasAttribute(ATTR + '-ready')) return;
    el.setAttribute(ATTR + '-ready', '');
    var src;
    // en at the root, ko/, uk/.
    var lang = el.getAttribute('data-lang');
    var edition = lang === 'ko' || lang === 'uk' ? lang + '/' : '';
    try {
      src = new URL(el.getAttribute('data-src') || edition + 'embed.html', base);
    } catch {
      return;
    }
    if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
    var f = { id: 'kursk-explainer-' + (frames.length + 1), iframe: document.createElement('iframe'), height: 0 };
    src.searchParams.set('childId', f.id);
    // We follow scrolling, in a viewport this tall.
    src.searchParams.set('track', '');
    src.searchParams.set('parentHeight', String(document.documentElement.clientHeight));
    var reserve = parseInt(el.getAttribute('data-height'), 10);
    var iframe = f.iframe;
    iframe.src = src.href;
    iframe.title = el.getAttribute('data-title') || 'Explainer: Not a bargaining chip';
    iframe.width = '100%';
    iframe.height = String(reserve > 0 && reserve < MAX ? reserve : reserved(lang, el.getBoundingClientRect().width));
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('allow', 'fullscreen');
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.addEventListener('load', function () {
      sendPosition(f);
    });
    frames.push(f);
    el.appendChild(iframe);
  }

  function scan() {
    var found = document.querySelectorAll('[' + ATTR + ']');
    for (var i = 0; i < found.length; i++) init(found[i]);
  }

  window.addEventListener('message', onMessage);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', onResize, { passive: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
