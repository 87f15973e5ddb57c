// The map of the Kursk region and beyond: D3 computed the geometry (mapModel); this renders it.
import { Fragment, memo, useId, useMemo, useRef } from 'react';
import type { MapState } from '../data/types';
import type { StoryCopy } from '../data/story';
import { mapViews, type MapViewId } from '../data/views';
import type { MapLayer } from '../data/types';
import { useSize } from '../hooks/useSize';
import { useIdle } from '../hooks/useIdle';
import { useHydrated } from '../hooks/useHydrated';
import { AnimG } from '../components/AnimG';
import type { Geodata } from './geodata';
import { buildLayer, buildViews, layerRest, type PathDatum, type ViewModel } from './mapModel';
import { MapOverlay } from './MapOverlay';
import type { Size } from './projection';
import { fault } from '../fault';

export type MapViewProps = {
  /** Parsed boundaries. */
  geo: Geodata;
  /** What to show: the view, highlighted areas, markers and arcs. */
  state: MapState;
  /** Place and area names and the map's own words. */
  copy: Pick<StoryCopy, 'places' | 'areas' | 'ui'>;
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
  views: Record<MapViewId, ViewModel>;
  view: MapViewId;
  highlight: readonly string[];
  hatch: string;
};

/** One layer's areas and highlights, zoomed to the view if the view is on this layer. */
const Layer = ({ layer, geo, views, view, highlight, hatch }: LayerProps) => {
  const own = views[view].layer === layer;
  // The prerendered page carries only the layer in view; the other one is computed and drawn
  // when the browser is idle, or as soon as a step needs it.
  const idle = useIdle();
  const drawn = own || idle;
  const model = useMemo(() => (drawn ? buildLayer(geo, layer) : null), [drawn, geo, layer]);
  if (!model) return null;
  const t = own ? views[view].transform : layerRest(views, layer);
  const on = new Set(highlight);
  const ukraine = model.paths.find((p) => p.id === 'UA');
  return (
    <AnimG className={`map-layer map-layer--${layer}`} x={t.x} y={t.y} scale={t.k} opacity={own ? 1 : 0}>
      <Areas paths={model.paths} hatch={hatch} />
      {model.highlights.map((p) => (
        <Fragment key={p.id}>
          {/* Natural Earth's Russia (1:110m) includes Crimea: Ukraine is drawn again over any
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
    </AnimG>
  );
};

export const MapView = ({ geo, state, copy, initialSize = { width: 640, height: 480 } }: MapViewProps) => {
  fault('map');
  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box, initialSize);
  const views = useMemo(() => buildViews(size), [size]);
  // Marks the map as live (hydrated, following the story): tests and embeds can wait for it.
  const live = useHydrated();
  const hatch = `kx-hatch${useId().replace(/[^\w-]/g, '')}`;
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
            // Paths are in the canonical frame: keep the hatching about 6 px apart on screen.
            patternTransform={`scale(${(1 / views.ukraine.transform.k).toFixed(3)}) rotate(45)`}
          >
            <rect className="map-hatch__bg" width="6" height="6" />
            <line className="map-hatch__line" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        <rect className="map-water" width={size.width} height={size.height} />
        <Layer layer="wide" geo={geo} views={views} view={state.view} highlight={state.highlight} hatch={hatch} />
        <Layer layer="region" geo={geo} views={views} view={state.view} highlight={state.highlight} hatch={hatch} />
        <MapOverlay size={size} view={views[state.view]} state={state} copy={copy} />
      </svg>
    </div>
  );
};
