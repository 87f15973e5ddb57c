// The graphic with its map data: the module the client loads lazily (with D3 and the
// boundaries), so the story's words hydrate without waiting for them.
import topology from '../data/geo/region.topo.json';
import { parseGeodata, type Geodata } from '../map/geodata';
import { Graphic } from './Graphic';
import { prepareLayer } from '../map/mapModel';
import { nextTask } from './nextTask';
import type { GraphicSlotProps } from './types';

const parse = (): Geodata | null => {
  try {
    return parseGeodata(topology);
  } catch {
    return null;
  }
};

/** The boundaries, parsed once: in a task of its own in the browser, on first use on the server. */
let geo: Geodata | null | undefined;
const geodata = () => (geo === undefined ? (geo = parse()) : geo);

/**
 * The boundaries parsed, then each map layer's paths computed, each in short tasks of its own
 * (not while this module is evaluated), so hydrating the map only reads them (buildLayer keeps
 * what was computed) instead of projecting every boundary in one long task.
 */
export const prepared: Promise<void> = (async () => {
  await nextTask();
  const parsed = geodata();
  if (!parsed) return;
  for (const layer of ['region', 'wide'] as const) {
    await nextTask();
    await prepareLayer(parsed, layer, nextTask);
  }
})();

const LoadedGraphic = ({ state, copy, still }: GraphicSlotProps) => (
  <Graphic state={state} geo={geodata()} copy={copy} still={still} />
);

export default LoadedGraphic;
