// Still graphics (the print handout) draw every state at once, with no motion at all: plain
// SVG elements at their end values.
import { createContext, useContext } from 'react';

export const StillContext = createContext(false);

export const useStill = () => useContext(StillContext);
