// Typed loader for the map's TopoJSON: turns it into the features each layer draws.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

export type MapFeature = Feature<Geometry, { c?: 'UA' | 'RU' }> & { id: string };

/** The shape scripts/build-map.mjs writes. */
export type RegionTopologies = {
  wide: Topology<{ countries: GeometryCollection }>;
  region: Topology<{ neighbours: GeometryCollection; oblasts: GeometryCollection; ukraine: GeometryCollection }>;
};

export type Geodata = {
  /** Countries from Ukraine to Korea (1:50m, the Koreas 1:10m), Ukraine with Crimea last. */
  wide: MapFeature[];
  /** Neighbouring countries, then Russian and Ukrainian oblasts (1:10m admin-1, simplified). */
  region: MapFeature[];
  /** Outlines drawn only when highlighted: Ukraine as a whole, with Crimea (id UA). */
  outlines: MapFeature[];
};

const features = (topo: Topology, object: GeometryCollection): MapFeature[] => {
  const fc = feature(topo, object);
  return ('features' in fc ? fc.features : [fc])
    .filter((f) => f.geometry && f.id !== undefined)
    .map((f) => ({ ...f, id: String(f.id), properties: (f.properties ?? {}) as MapFeature['properties'] }));
};

/** Parses the topologies into draw-ordered feature lists; throws a clear error on a bad file. */
export const parseGeodata = (data: unknown): Geodata => {
  const t = data as Partial<RegionTopologies> | null;
  if (
    !t?.wide?.objects?.countries ||
    !t.region?.objects?.oblasts ||
    !t.region.objects.neighbours ||
    !t.region.objects.ukraine
  ) {
    throw new Error('[kursk-map] map data is missing the wide or regional topology');
  }
  const ukraine = features(t.region, t.region.objects.ukraine);
  return {
    wide: [...features(t.wide, t.wide.objects.countries), ...ukraine],
    region: [...features(t.region, t.region.objects.neighbours), ...features(t.region, t.region.objects.oblasts)],
    outlines: ukraine,
  };
};
