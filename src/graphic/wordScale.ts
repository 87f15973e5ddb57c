// How large the graphic's words are, as a scale of their base sizes (tokens.ts). On the page,
// typeScale: they grow with the graphic. Presentation mode, read from the back of a room, sets
// its own.
import { createContext, useContext } from 'react';
import { typeScale } from '../styles/tokens';

export type WordScale = (size: { width: number; height?: number }) => number;

export const WordScaleContext = createContext<WordScale>(typeScale);

/** The scale of the graphic's words at this size, in the mode it is shown in. */
export const useWordScale = (size: { width: number; height?: number }): number => useContext(WordScaleContext)(size);
