// The text helper every component uses: fills a copy string's figures for the locale.
import { fill } from '../format';
import type { StoryCopy } from '../story';

export type T = (text: string, extra?: Record<string, string>) => string;

export const makeT =
  (copy: StoryCopy): T =>
  (text, extra) =>
    fill(text, copy.ui.page.lang, copy.ui.map.distanceLabel, extra);
