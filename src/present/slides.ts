// The presentation's slides: every step of the story, then the glossary and the questions, a few
// entries to a slide so that they read from the back of a room.
import { steps } from '../data/steps';
import { glossary, questions } from '../data/classroom';
import { fragmentId } from '../routing/address';

export type Slide = {
  id: string;
  kind: 'step' | 'glossary' | 'questions';
  /** The glossary's or the questions' entries on this slide (their indexes), and its place among their slides. */
  part?: { from: number; to: number; n: number; of: number };
};

/** Entries to a slide, at most: three terms, four questions, each with its sources at 14 px or more on a 4:3 projector. */
const PER_SLIDE = { glossary: 3, questions: 4 } as const;

/** A list's slides, its entries shared out evenly (seven terms: three, two and two). */
const parts = (kind: 'glossary' | 'questions', count: number): Slide[] => {
  const of = Math.max(1, Math.ceil(count / PER_SLIDE[kind]));
  return Array.from({ length: of }, (_, i) => ({
    id: i === 0 ? kind : `${kind}-${i + 1}`,
    kind,
    part: { from: Math.round((i * count) / of), to: Math.round(((i + 1) * count) / of), n: i + 1, of },
  }));
};

export const slides: readonly Slide[] = [
  ...steps.map((s) => ({ id: s.id, kind: 'step' as const })),
  ...parts('glossary', Object.keys(glossary).length),
  ...parts('questions', Object.keys(questions).length),
];

const first: Slide = slides[0] ?? { id: 'glossary', kind: 'glossary' };

/** The slide at `index`, or the first. */
export const slideAt = (index: number): Slide => slides[index] ?? first;

/** The slide a hash names (`#gains`), or the first. */
export const slideIndex = (hash: string): number => {
  const id = fragmentId(hash);
  const i = slides.findIndex((s) => s.id === id);
  return i < 0 ? 0 : i;
};

/** A message between the presentation and its presenter window, checked before use. */
export type DeckMessage = { type: 'slide' | 'go'; index: number } | { type: 'hello' };

export const parseDeckMessage = (data: unknown): DeckMessage | null => {
  if (typeof data !== 'object' || data === null) return null;
  const type = Object.getOwnPropertyDescriptor(data, 'type')?.value;
  if (type === 'hello') return { type };
  const index = Object.getOwnPropertyDescriptor(data, 'index')?.value;
  if ((type === 'slide' || type === 'go') && Number.isInteger(index) && index >= 0 && index < slides.length)
    return { type, index: index as number };
  return null;
};

export const CHANNEL = 'kursk-explainer-present';
