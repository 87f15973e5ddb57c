// The client's way to the words: only the edition on screen is downloaded (each is a chunk of
// its own), before the prerendered page hydrates.
import type { StoryCopy } from '../story';
import type { LocaleId } from './ids';

const loaders: Record<LocaleId, () => Promise<StoryCopy>> = {
  en: () => import('./en').then((m) => m.en),
  ko: () => import('./ko').then((m) => m.ko),
  uk: () => import('./uk').then((m) => m.uk),
};

export const loadCopy = (locale: LocaleId): Promise<StoryCopy> => loaders[locale]();
