// One layer of the map (the wide one, or the detailed regional one): its areas, Ukraine drawn
// again over any highlight below it, and the step's highlighted areas, in the frame the zoom
// transforms. Its opacity, mask and clip belong to the map's motion once rendered (useMapMotion.ts).
import { Fragment, memo, useMemo, useState, type RefObject } from 'react';
import { mapViews, type MapViewId } from '../data/views';
import type { MapLayer } from '../data/types';
import { AnimG } from '../graphic/motion/AnimG';
import type { Geodata } from './geodata';
import { buildLayer, layerPlacement, OCCUPIED_AREAS, type PathDatum } from './mapModel';
import { transformAttr } from './projection';

const OCCUPIED = new Set(OCCUPIED_AREAS);

const areaClass = (id: string, country?: string) => {
  if (OCCUPIED.has(id)) return 'map-area map-area--occupied';
  if (country === 'UA' || id === 'UA') return 'map-area map-area--ua';
  if (country === 'RU' || id === 'N643') return 'map-area map-area--ru';
  return 'map-area';
};

/** Occupied areas are hatched: a pattern of this map's own (print draws many maps in one page). */
const hatchFill = (id: string, hatch: string) => (OCCUPIED.has(id) ? `url(#${hatch})` : undefined);

/** A layer's areas. Memoised: a step change or a resize never re-renders these paths. */
const Areas = memo(function Areas({ paths, hatch }: { paths: PathDatum[]; hatch: string }) {
  return paths.map((p) => (
    <path key={p.id} className={areaClass(p.id, p.country)} d={p.d} fill={hatchFill(p.id, hatch)} />
  ));
});

type LayerProps = {
  layer: MapLayer;
  geo: Geodata;
  /** The view whose highlights to show. */
  view: MapViewId;
  highlight: readonly string[];
  hatch: string;
  /** Fades in when the view is on this layer (set by the map's motion, not by React). */
  group: RefObject<SVGGElement | null>;
  /** The opacity the server renders; the motion takes over after. */
  initialOpacity: number;
  /**
   * A clip path: the region layer's extent for the region layer; for the wide layer, the frame
   * less that extent in a regional view (the motion sets it after the first render).
   */
  clip?: string;
  /** An id for the layer's drawing, which the locator shows again. */
  drawingId?: string;
  /** The browser has had an idle moment: layers not in view may be drawn. */
  idle: boolean;
  /** The highlights change at once, not in a fade (they changed with the view). */
  instant: boolean;
};

/** One layer's areas and highlights, in the canonical frame the zoom transforms. */
export const Layer = ({
  layer,
  geo,
  view,
  highlight,
  hatch,
  group,
  initialOpacity,
  clip,
  drawingId,
  idle,
  instant,
}: LayerProps) => {
  const own = mapViews[view].layer === layer;
  // The prerendered page carries only the layer in view; the other one is computed and drawn
  // when the browser is idle, or as soon as a step needs it.
  // Once drawn, kept: a layer dropped and drawn again would come back with the server's
  // opacity and clip, not the motion's, and cost all its paths again.
  const [kept, setKept] = useState(own || idle);
  if ((own || idle) && !kept) setKept(true);
  const drawn = kept || own || idle;
  const model = useMemo(() => (drawn ? buildLayer(geo, layer) : null), [drawn, geo, layer]);
  // Set once: after the first render the map's motion owns this attribute.
  const [opacity] = useState(initialOpacity === 1 ? undefined : initialOpacity);
  if (!model) return null;
  const on = new Set(highlight);
  const ukraine = model.paths.find((p) => p.id === 'UA');
  return (
    <g className={`map-layer map-layer--${layer}`} ref={group} opacity={opacity} clipPath={clip}>
      <g id={drawingId} transform={layer === 'wide' ? undefined : transformAttr(layerPlacement(layer))}>
        <Areas paths={model.paths} hatch={hatch} />
        {model.highlights.map((p) => (
          <Fragment key={p.id}>
            {/* Natural Earth's Russia (1:50m) includes Crimea: Ukraine is drawn again over any
              highlight below it, so Crimea always shows as Ukrainian. */}
            {p.id === 'UA' && ukraine && <path className={areaClass(ukraine.id, ukraine.country)} d={ukraine.d} />}
            <AnimG opacity={own && on.has(p.id) ? 1 : 0} instant={instant}>
              <path
                className={`map-highlight${OCCUPIED.has(p.id) ? ' map-highlight--occupied' : ''}`}
                d={p.d}
                data-id={p.id}
                fill={hatchFill(p.id, hatch)}
              />
            </AnimG>
          </Fragment>
        ))}
      </g>
    </g>
  );
};
