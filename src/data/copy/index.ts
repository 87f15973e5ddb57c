// The editions. Each locale module has the same shape (StoryCopy).
import { en } from './en';
import type { StoryCopy } from '../story';

export const locales = { en } as const satisfies Record<string, StoryCopy>;

export type LocaleId = keyof typeof locales;

export const defaultLocale: LocaleId = 'en';
