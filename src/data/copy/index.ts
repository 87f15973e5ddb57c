// The editions. Each locale module has the same shape (StoryCopy); to add one, write its module
// (e.g. de.ts and de.classroom.ts, typed `satisfies StoryCopy`), add its id to ids.ts, and list
// it here and in load.ts. The server and the tests use this; the client loads one edition.
import { en } from './en';
import { ko } from './ko';
import { uk } from './uk';
import type { StoryCopy } from '../story';
import type { LocaleId } from './ids';

export { localeIds, defaultLocale, languageNames, type LocaleId } from './ids';

export const locales = { en, ko, uk } as const satisfies Record<LocaleId, StoryCopy>;
