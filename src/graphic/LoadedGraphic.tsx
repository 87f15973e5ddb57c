// The graphic with its map data: the module the client loads lazily (with D3 and the
// boundaries), so the story's words hydrate without waiting for them.
import topology from '../data/geo/region.topo.json';
import { parseGeodata, type Geodata } from '../map/geodata';
import { Graphic } from './Graphic';
import { prepareLayer } from '../map/mapModel';
import { nextTask } from '../nextTask';
import type { GraphicSlotProps } from './types';

const parse = (): Geodata | null => {
  try {
    return parseGeodata(topology);
  } catch {
    return null;
  }
};

const geo = parse();

/**
 * Each map layer's paths, computed now in short tasks, so hydrating the map only reads them
 * (buildLayer keeps what was computed) instead of projecting every boundary in one long task.
 */
export const prepared: Promise<void> = (async () => {
  if (!geo) return;
  for (const layer of ['region', 'wide'] as const) await prepareLayer(geo, layer, nextTask);
})();

const LoadedGraphic = ({ state, copy, still }: GraphicSlotProps) => (
  <Graphic state={state} geo={geo} copy={copy} still={still} />
);

export default LoadedGraphic;
