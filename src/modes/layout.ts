import type { LocaleId } from '../data/copy/ids';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import type { T } from '../data/copy/text';

/** What a server-rendered layout gets: the edition, its words, the graphic and the words' filler. */
export type LayoutProps = { locale: LocaleId; copy: StoryCopy; Graphic: GraphicComponent; t: T };
