// Presentation mode and the presenter's window: each replaces the article while it shows, in a
// root of its own; their code and styles load only when a teacher presents.
import { lazy, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { LocaleId } from '../data/copy/ids';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import type { T } from '../data/copy/text';
import { withMotion } from './root';

const Presentation = lazy(() => import('../present/Presentation'));
const PresenterView = lazy(() => import('../present/PresenterView'));

export type DeckKind = 'present' | 'presenter';

export type DeckMode = {
  /** Shows `kind` in place of the article (a no-op if it already shows). */
  show: (kind: DeckKind) => void;
  /** Takes the deck down, if it shows; the article comes back. */
  hide: () => void;
};

export const deckMode = (
  page: HTMLElement,
  { copy, Graphic, t, locale }: { copy: StoryCopy; Graphic: GraphicComponent; t: T; locale: LocaleId },
): DeckMode => {
  let shown: { root: Root; el: HTMLElement; kind: DeckKind } | null = null;
  const hide = () => {
    shown?.root.unmount();
    shown?.el.remove();
    shown = null;
    page.hidden = false;
  };
  return {
    hide,
    show: (kind) => {
      if (shown?.kind === kind) return;
      hide();
      page.hidden = true;
      const el = document.createElement('div');
      el.className = 'mode-root';
      page.after(el);
      shown = { root: createRoot(el), el, kind };
      shown.root.render(
        withMotion(
          <Suspense fallback={null}>
            {kind === 'present' ? (
              <Presentation copy={copy} Graphic={Graphic} t={t} locale={locale} />
            ) : (
              <PresenterView copy={copy} t={t} />
            )}
          </Suspense>,
        ),
      );
    },
  };
};
