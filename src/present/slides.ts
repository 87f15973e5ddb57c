// The presentation's slides: every step of the story, then the glossary and the questions.
import { steps } from '../data/steps';
import { fragmentId } from '../routing/address';

export type Slide = { id: string; kind: 'step' | 'glossary' | 'questions' };

export const slides: readonly Slide[] = [
  ...steps.map((s) => ({ id: s.id, kind: 'step' as const })),
  { id: 'glossary', kind: 'glossary' },
  { id: 'questions', kind: 'questions' },
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
