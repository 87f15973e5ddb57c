// The map of the Kursk region and beyond: D3 computed the geometry (mapModel); this renders it.
import { Fragment, memo, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { MapState } from '../data/types';
import type { StoryCopy } from '../data/story';
import { mapViews, type MapViewId } from '../data/views';
import type { MapLayer } from '../data/types';
import { useSize } from '../hooks/useSize';
import { useIdle } from '../hooks/useIdle';
import { useHydrated } from '../hooks/useHydrated';
import { AnimG } from '../graphic/motion/AnimG';
import type { Geodata } from './geodata';
import { buildLayer, buildViews, layerPlacement, type PathDatum } from './mapModel';
import { locatorBox, transformAttr } from './projection';
import { restFrame, useMapMotion } from './useMapMotion';
import { useStill } from '../graphic/motion/useStill';
import { useReducedMotion } from '../graphic/motion/useReducedMotion';
import { useSettle } from '../graphic/settle';
import { MapOverlay } from './MapOverlay';
import { Locator } from './Locator';
import { MapKey } from './MapKey';
import type { Size } from './projection';
import { fault } from '../dev/fault';

export type MapViewProps = {
  /** Parsed boundaries. */
  geo: Geodata;
  /** What to show: the view, highlighted areas, markers and arcs. */
  state: MapState;
  /** Place and area names and the map's own words. */
  copy: Pick<StoryCopy, 'places' | 'placeNotes' | 'areas' | 'ui'>;
  /** Size rendered before the element is measured (and on the server). Default 640×480. */
  initialSize?: Size;
};

const OCCUPIED = new Set(['UA.KR', 'UA.SC']);

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
  /** An id for the layer's drawing, which the locator shows again. */
  drawingId?: string;
  /** The browser has had an idle moment: layers not in view may be drawn. */
  idle: boolean;
};

/** One layer's areas and highlights, in the canonical frame the zoom transforms. */
const Layer = ({ layer, geo, view, highlight, hatch, group, initialOpacity, drawingId, idle }: LayerProps) => {
  const own = mapViews[view].layer === layer;
  // The prerendered page carries only the layer in view; the other one is computed and drawn
  // when the browser is idle, or as soon as a step needs it.
  const drawn = own || idle;
  const model = useMemo(() => (drawn ? buildLayer(geo, layer) : null), [drawn, geo, layer]);
  // Set once: after the first render the map's motion owns this attribute.
  const [opacity] = useState(initialOpacity === 1 ? undefined : initialOpacity);
  if (!model) return null;
  const on = new Set(highlight);
  const ukraine = model.paths.find((p) => p.id === 'UA');
  return (
    <g className={`map-layer map-layer--${layer}`} ref={group} opacity={opacity}>
      <g id={drawingId} transform={layer === 'wide' ? undefined : transformAttr(layerPlacement(layer))}>
        <Areas paths={model.paths} hatch={hatch} />
        {model.highlights.map((p) => (
          <Fragment key={p.id}>
            {/* Natural Earth's Russia (1:50m) includes Crimea: Ukraine is drawn again over any
              highlight below it, so Crimea always shows as Ukrainian. */}
            {p.id === 'UA' && ukraine && <path className={areaClass(ukraine.id, ukraine.country)} d={ukraine.d} />}
            <AnimG opacity={own && on.has(p.id) ? 1 : 0}>
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

export const MapView = ({ geo, state, copy, initialSize = { width: 640, height: 480 } }: MapViewProps) => {
  fault('map');
  const box = useRef<HTMLDivElement>(null);
  const zoom = useRef<SVGGElement>(null);
  const words = useRef<SVGGElement>(null);
  const wide = useRef<SVGGElement>(null);
  const region = useRef<SVGGElement>(null);
  const refs = useMemo(() => ({ box, zoom, words, wide, region }), []);
  const size = useSize(box, initialSize);
  const views = useMemo(() => buildViews(size), [size]);
  // Marks the map as live (hydrated, following the story): tests and embeds can wait for it.
  const live = useHydrated();
  const still = useStill();
  const reduced = useReducedMotion();
  const animate = live && !still && !reduced;
  const shown = useMapMotion(refs, state.view, views, size, animate, useSettle());
  // What the server renders; after that the motion sets these attributes, frame by frame.
  const [rest] = useState(() => restFrame(views[state.view]));
  const uid = useId().replace(/[^\w-]/g, '');
  const hatch = `kx-hatch${uid}`;
  const wideDrawing = `kx-wide${uid}`;
  // A regional view gets the locator, which labels keep clear of.
  const regional = mapViews[shown].layer === 'region';
  // The layer not in view is drawn once the browser is idle; the locator shows the wide one then.
  const idle = useIdle();
  const avoid = useMemo(() => (regional ? [locatorBox(size)] : []), [regional, size]);
  // The words, markers and highlights of the view on screen (the old one while the words fade).
  const shownState = shown === state.view ? state : { ...state, view: shown };
  // The occupied areas' hatching is in the region layer's frame: that frame's scale and turn on screen.
  const placed = layerPlacement('region');
  const t = { k: views[shown].transform.k * placed.k, a: views[shown].transform.a + placed.a };
  return (
    <div
      className="map"
      ref={box}
      data-view={state.view}
      data-layer={mapViews[state.view].layer}
      data-live={live ? 'true' : undefined}
    >
      <svg
        className="map__svg"
        viewBox={`0 0 ${size.width} ${size.height}`}
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
      >
        <defs>
          <pattern
            id={hatch}
            className="map-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            // Keep the hatching about 6 px apart, at 45°, on screen.
            patternTransform={`rotate(${(45 - t.a).toFixed(2)}) scale(${(1 / t.k).toFixed(4)})`}
          >
            <rect className="map-hatch__bg" width="6" height="6" />
            <line className="map-hatch__line" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        <rect className="map-water" width={size.width} height={size.height} />
        <g className="map-zoom" ref={zoom} transform={rest.transform}>
          <Layer
            layer="wide"
            geo={geo}
            view={shown}
            highlight={shownState.highlight}
            hatch={hatch}
            group={wide}
            initialOpacity={rest.wide}
            drawingId={wideDrawing}
            idle={idle}
          />
          <Layer
            layer="region"
            geo={geo}
            view={shown}
            highlight={shownState.highlight}
            hatch={hatch}
            group={region}
            idle={idle}
            initialOpacity={rest.region}
          />
        </g>
        <g className="map-words" ref={words}>
          <MapOverlay size={size} view={views[shown]} state={shownState} copy={copy} avoid={avoid} />
          <MapKey
            view={shown}
            highlight={shownState.highlight}
            ui={copy.ui.map}
            width={size.width}
            height={size.height}
          />
          {regional && idle && <Locator size={size} view={views[shown]} drawing={wideDrawing} />}
        </g>
      </svg>
    </div>
  );
};
