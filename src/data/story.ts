// The whole story in one place: structure plus the copy type every locale must satisfy.
import type { Copy } from './schema';
import type { StepId } from './steps';
import type { EventId } from './events';
import type { PlaceId } from './places';
import type { AreaId } from './views';
import type { QuestionId, TermId } from './classroom';

export { steps, type StepId } from './steps';
export { events, axisSegments, type EventId } from './events';
export { places, type PlaceId } from './places';
export { sources, type SourceId } from './sources';
export { mapViews, type MapViewId, type AreaId } from './views';
export { figures, type FigureId } from './figures';
export { glossary, questions, teacherNotes, type TermId, type QuestionId } from './classroom';

/** Everything a locale must translate; a missing or extra key is a type error. */
export type StoryCopy = Copy<StepId, EventId, PlaceId, AreaId, TermId, QuestionId>;
