// The map of the Kursk region and beyond: D3 computed the geometry (mapModel); this renders it.
import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MapState } from '../data/types';
import type { StoryCopy } from '../data/story';
import { mapViews } from '../data/views';
import { useSize } from '../hooks/useSize';
import { useIdle } from '../hooks/useIdle';
import { useHydrated } from '../hooks/useHydrated';
import type { Geodata } from './geodata';
import { buildViews, layerPlacement, occupiedInFrame, regionExtentPath } from './mapModel';
import { DRAWN_MARGIN, restFrame, useMapMotion } from './useMapMotion';
import { useStill } from '../graphic/motion/useStill';
import { useReducedMotion } from '../graphic/motion/useReducedMotion';
import { useSettle } from '../graphic/settle';
import { MapOverlay, mapLabels } from './MapOverlay';
import { UpcomingMapContext, whenIdle } from './upcoming';
import { WordScaleContext } from '../graphic/wordScale';
import { Locator } from './Locator';
import { MapKey } from './MapKey';
import { Layer } from './MapLayer';
import type { Size } from './projection';
import { fault } from '../dev/fault';

/** The region layer's extent in the wide layer's frame (mapModel.ts), for the wide layer's mask. */
const REGION_EXTENT = regionExtentPath();

export type MapViewProps = {
  /** Parsed boundaries. */
  geo: Geodata;
  /** What to show: the view, highlighted areas, markers and arcs. */
  state: MapState;
  /** Place and area names and the map's own words. */
  copy: Pick<StoryCopy, 'places' | 'placeNotes' | 'areas' | 'areasShort' | 'ui'>;
  /** Size rendered before the element is measured (and on the server). Default 640×480. */
  initialSize?: Size;
};

export const MapView = ({ geo, state, copy, initialSize = { width: 640, height: 480 } }: MapViewProps) => {
  fault('map');
  const box = useRef<HTMLDivElement>(null);
  const zoom = useRef<SVGGElement>(null);
  const words = useRef<SVGGElement>(null);
  const wide = useRef<SVGGElement>(null);
  const region = useRef<SVGGElement>(null);
  const hole = useRef<SVGPathElement>(null);
  const layers = useRef<SVGSVGElement>(null);
  const refs = useMemo(() => ({ box, layers, zoom, words, wide, region, hole }), []);
  const size = useSize(box, initialSize);
  const views = useMemo(() => buildViews(size), [size]);
  const [mx, my] = [size.width * DRAWN_MARGIN, size.height * DRAWN_MARGIN];
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
  const underRegion = `kx-under${uid}`;
  const regionClip = `kx-extent${uid}`;
  // Every view closer than the wide one gets the locator, which labels keep clear of.
  const located = shown !== 'wide';
  // The layer not in view is drawn once the browser is idle; the locator shows the wide one then.
  const idle = useIdle();
  // The words, markers and highlights of the view on screen. While the last view's words fade
  // out, those of that view's own step (its places, routes and highlights), not the new step's
  // drawn in the old view (a route to a place the old view does not show, cut at its edge).
  const [lastWords, setLastWords] = useState(state);
  if (shown === state.view && lastWords !== state) setLastWords(state);
  const oldWords = lastWords.view === shown ? lastWords : { ...state, view: shown };
  const shownState = shown === state.view ? state : oldWords;
  // A step that changes the view changes its highlights at once, as the zoom starts (the words
  // hidden): a highlight fading through the zoom made the browser paint the whole map again at
  // every frame of it, where the zoom alone moves the drawing on the compositor (long tasks of
  // 50-80 ms at 4x, traced). A step in the same view fades them. Decided when they change, kept
  // until they change again.
  const [fade, setFade] = useState({ highlight: shownState.highlight, view: shown, instant: false });
  if (fade.highlight !== shownState.highlight)
    setFade({ highlight: shownState.highlight, view: shown, instant: fade.view !== shown });
  // The words of the steps around this one, placed while the browser is idle.
  const upcoming = useContext(UpcomingMapContext);
  const wordScale = useContext(WordScaleContext);
  useEffect(() => {
    if (!live || still) return;
    const k = wordScale(size);
    return whenIdle(upcoming, (s) => mapLabels({ geo, view: views[s.view], state: s, copy, size, k }));
  }, [upcoming, live, still, wordScale, geo, views, copy, size]);
  // Whether an occupied area shows, hatched, in the view on screen: in the regional layer, in the
  // frame, and not under Ukraine drawn whole (a step on 1994 draws Crimea as Ukraine's).
  const occupied = useMemo(
    () => !shownState.highlight.includes('UA') && occupiedInFrame(geo, views[shown], size),
    [geo, views, shown, size, shownState.highlight],
  );
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
      {/* The drawing, in a box a margin larger than the map on every side (DRAWN_MARGIN): a move
        turns and scales this box on the compositor, and redraws it only now and then
        (useMapMotion.ts). */}
      <svg
        className="map__layers"
        ref={layers}
        viewBox={`${-mx} ${-my} ${size.width + 2 * mx} ${size.height + 2 * my}`}
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
          {/* The wide layer, less the region layer's extent as it comes in (map/useMapMotion.ts). */}
          <mask id={underRegion} maskUnits="userSpaceOnUse" x="-1e5" y="-1e5" width="2e5" height="2e5">
            <rect x="-1e5" y="-1e5" width="2e5" height="2e5" fill="white" />
            <path ref={hole} d={REGION_EXTENT} fill="black" fillOpacity={rest.region} />
          </mask>
          {/* The same at rest in a regional view, as a clip: the frame less the extent. */}
          <clipPath id={`${underRegion}-clip`}>
            <path d={`M-1e5,-1e5H1e5V1e5H-1e5Z${REGION_EXTENT}`} clipRule="evenodd" />
          </clipPath>
          {/* The region layer inside its extent: its outlines along the cut stay out of the wide layer around it. */}
          <clipPath id={regionClip}>
            <path d={REGION_EXTENT} />
          </clipPath>
        </defs>
        <rect className="map-water" x={-mx} y={-my} width={size.width + 2 * mx} height={size.height + 2 * my} />
        <g className="map-zoom" ref={zoom} transform={rest.transform}>
          <Layer
            layer="wide"
            geo={geo}
            view={shown}
            highlight={shownState.highlight}
            hatch={hatch}
            group={wide}
            initialOpacity={1}
            clip={rest.region ? `url(#${underRegion}-clip)` : undefined}
            drawingId={wideDrawing}
            idle={idle}
            instant={fade.instant}
          />
          <Layer
            layer="region"
            geo={geo}
            view={shown}
            highlight={shownState.highlight}
            hatch={hatch}
            group={region}
            clip={`url(#${regionClip})`}
            idle={idle}
            initialOpacity={rest.region}
            instant={fade.instant}
          />
        </g>
      </svg>
      {/* The words, the key and the locator: still while the drawing moves under them. */}
      <svg
        className="map__svg"
        viewBox={`0 0 ${size.width} ${size.height}`}
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
      >
        <g className="map-words" ref={words}>
          <MapOverlay size={size} view={views[shown]} state={shownState} copy={copy} geo={geo} />
          <MapKey
            view={shown}
            highlight={shownState.highlight}
            occupied={occupied}
            ui={copy.ui.map}
            width={size.width}
            height={size.height}
          />
          {located && idle && <Locator size={size} views={views} view={views[shown]} drawing={wideDrawing} />}
        </g>
      </svg>
    </div>
  );
};
