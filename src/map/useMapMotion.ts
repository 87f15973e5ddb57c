// How the map moves from one view to the next: the words on it fade out, the drawing zooms
// (scale, centre and turn together, on one clock), the detailed layer fades in as the zoom
// arrives (or out as it leaves), and the words come back for the new view, scale bar included.
// Everything is set on the elements directly, one frame at a time, so a move renders nothing in
// React but the one swap of the words while they are hidden. The drawing moves on the compositor:
// it is drawn now and then, a little ahead on the path, in a box larger than the map
// (DRAWN_MARGIN), and each frame only turns and scales that box (a CSS transform), so the browser
// does not repaint the map's paths every frame.
import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { mapViews, type MapViewId } from '../data/views';
import type { Settle } from '../graphic/settle';
import { transformAttr, type Size, type ZoomTransform } from './projection';
import { covers, cssTransform, drawAhead, easeInOut, screenMove, zoomPath, DRAWN_MARGIN } from './zoom';

export { DRAWN_MARGIN };
import type { ViewModel } from './mapModel';

/** The words' fade out before the zoom, and in after it, ms. */
export const FADE_OUT_MS = 200;
export const FADE_IN_MS = 300;
/** The part of the zoom, at its detailed end, over which the detailed layer fades. */
const DETAIL_SPAN = 0.35;

type Frame = { t: ZoomTransform; words: number; region: number };

export type MapMotionRefs = {
  box: RefObject<HTMLElement | null>;
  /** The drawing's own box (an <svg> larger than the map), which a move turns and scales. */
  layers: RefObject<SVGSVGElement | null>;
  zoom: RefObject<SVGGElement | null>;
  words: RefObject<SVGGElement | null>;
  wide: RefObject<SVGGElement | null>;
  region: RefObject<SVGGElement | null>;
  /** The region layer's extent in the wide layer's mask: how much of the wide layer it hides. */
  hole: RefObject<SVGPathElement | null>;
};

const regionOn = (view: MapViewId) => (mapViews[view].layer === 'region' ? 1 : 0);

/**
 * Sets an attribute only when its value changes: an attribute set, even to the value it has,
 * makes the browser recompute the style of the group and everything in it (the whole map).
 */
const attr = (el: Element, name: string, value: string | null) => {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
};

const opacity = (el: SVGGElement | null, v: number) => {
  if (el) attr(el, 'opacity', v >= 1 ? null : v.toFixed(3));
};

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Hides the wide layer inside the region layer's extent by `v` (0 to 1): the region layer fades
 * in over it there, and the wide layer still fills the frame around it. At 0 nothing; at 1 a clip
 * (the frame less the extent), which costs the browser far less than a mask; in between, while
 * the detailed layer fades in or out, the mask.
 */
const hideUnderRegion = (wide: SVGGElement | null, hole: SVGPathElement | null, v: number) => {
  const mask = hole?.closest('mask')?.id;
  if (!wide || !hole || !mask) return;
  const clip = `${mask}-clip`;
  attr(wide, 'mask', v > 0 && v < 1 ? `url(#${mask})` : null);
  attr(wide, 'clip-path', v >= 1 ? `url(#${clip})` : null);
  if (v > 0 && v < 1) attr(hole, 'fill-opacity', v.toFixed(3));
};

/** The words' opacity `e` ms into a move: fading out over `out` ms, hidden while zooming, then back. */
const wordsAt = (e: number, out: number, zoom: number, start: number) => {
  if (e < out) return start * (1 - e / out);
  return clamp01((e - out - zoom) / FADE_IN_MS);
};

/** The first frame, as the server renders it: the view's transform, and its layer in front. */
export const restFrame = (view: ViewModel) => ({
  transform: transformAttr(view.transform),
  region: regionOn(view.id),
});

/**
 * Drives the map's elements toward `view`; returns the view whose words to show (the old one
 * until they have faded out). Jumps, with no motion, when `animate` is false or only the size
 * changed.
 */
export const useMapMotion = (
  refs: MapMotionRefs,
  view: MapViewId,
  views: Record<MapViewId, ViewModel>,
  size: Size,
  animate: boolean,
  settle: Settle | null,
): MapViewId => {
  const [shown, setShown] = useState(view);
  const frame = useRef<Frame | null>(null);
  const last = useRef<MapViewId | null>(null);
  const raf = useRef(0);
  const id = useId();

  useLayoutEffect(() => {
    // Where the drawing is drawn, while the CSS transform shows it at the frame's transform.
    let drawn: ZoomTransform | null = null;
    const draw = (t: ZoomTransform) => {
      drawn = t;
      if (refs.zoom.current) attr(refs.zoom.current, 'transform', transformAttr(t));
    };
    const show = (t: ZoomTransform | null) => {
      const style = refs.layers.current?.style;
      if (!style) return;
      if (!t || !drawn) return void (style.transform = '');
      const origin = `${size.width * DRAWN_MARGIN}px ${size.height * DRAWN_MARGIN}px`;
      if (style.transformOrigin !== origin) style.transformOrigin = origin;
      style.transform = cssTransform(screenMove(drawn, t));
    };
    const apply = (f: Frame) => {
      frame.current = f;
      draw(f.t);
      show(null);
      opacity(refs.words.current, f.words);
      opacity(refs.region.current, f.region);
      // The coarse layer under the detailed one would show its coarser coasts through it: hidden
      // there, as the detailed one comes in, and left around it.
      hideUnderRegion(refs.wide.current, refs.hole.current, f.region);
    };
    const end: Frame = { t: views[view].transform, words: 1, region: regionOn(view) };
    const from = frame.current;
    const moved = last.current !== null && last.current !== view;
    last.current = view;
    cancelAnimationFrame(raf.current);
    if (!animate || !from || !moved) {
      refs.box.current?.removeAttribute('data-moving');
      apply(end);
      setShown(view);
      settle?.end(id);
      return;
    }
    const path = zoomPath(from.t, end.t, size);
    const out = FADE_OUT_MS * from.words;
    const total = out + path.duration + FADE_IN_MS;
    // Toward the detail: it fades in over the zoom's end; away from it, over the zoom's start.
    const toDetail = end.region > from.region;
    const layerAt = (u: number) => {
      if (end.region === from.region) return end.region;
      const p = toDetail ? clamp01((u - (1 - DETAIL_SPAN)) / DETAIL_SPAN) : clamp01(u / DETAIL_SPAN);
      return from.region + (end.region - from.region) * p;
    };
    settle?.start(id);
    refs.box.current?.setAttribute('data-moving', 'true');
    const t0 = performance.now();
    let swapped = false;
    const tick = (now: number) => {
      const e = now - t0;
      const words = wordsAt(e, out, path.duration, from.words);
      if (!swapped && e >= out) {
        swapped = true;
        setShown(view);
      }
      const u = easeInOut(clamp01((e - out) / path.duration));
      frame.current = { t: path.at(u), words, region: layerAt(u) };
      // Redrawn only when the drawing as drawn would no longer fill the map at this frame.
      if (!drawn || !covers(drawn, frame.current.t, size)) draw(path.at(drawAhead(path, u, size)));
      show(frame.current.t);
      opacity(refs.words.current, words);
      opacity(refs.region.current, frame.current.region);
      hideUnderRegion(refs.wide.current, refs.hole.current, frame.current.region);
      if (e < total) raf.current = requestAnimationFrame(tick);
      else {
        apply(end);
        refs.box.current?.removeAttribute('data-moving');
        settle?.end(id);
      }
    };
    raf.current = requestAnimationFrame(tick);
  }, [refs, view, views, size, animate, settle, id]);

  // After every render, the frame's opacities and clip again where no move is running: a layer's
  // group the map draws anew carries the server's attributes, not the frame's.
  useLayoutEffect(() => {
    const f = frame.current;
    if (!f || refs.box.current?.hasAttribute('data-moving')) return;
    opacity(refs.words.current, f.words);
    opacity(refs.region.current, f.region);
    hideUnderRegion(refs.wide.current, refs.hole.current, f.region);
  });

  useEffect(
    () => () => {
      cancelAnimationFrame(raf.current);
      settle?.end(id);
    },
    [settle, id],
  );
  return shown;
};
