// The graphic with its map data: the module the client loads lazily (with D3 and the
// boundaries), so the story's words hydrate without waiting for them.
import topology from '../data/geo/region.topo.json';
import { parseGeodata, type Geodata } from '../map/geodata';
import { Graphic } from './Graphic';
import type { GraphicSlotProps } from './types';

const parse = (): Geodata | null => {
  try {
    return parseGeodata(topology);
  } catch {
    return null;
  }
};

const geo = parse();

const LoadedGraphic = ({ state, copy, still }: GraphicSlotProps) => (
  <Graphic state={state} geo={geo} copy={copy} still={still} />
);

export default LoadedGraphic;
