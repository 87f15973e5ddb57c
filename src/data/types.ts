// Every shape of the explainer's data, from one import: the id-free ones (schema.ts) and those
// that name the data's ids, defined beside their data.
export type * from './schema';
export type { TimelineEvent } from './events';
export type { Arc, MapState, GraphicState, StepDef } from './steps';
export type { Figure } from './figures';
