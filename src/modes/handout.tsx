// The print handout (and, on screen, old browsers' flat layout): every step with a still
// graphic, the timeline, glossary, questions and sources, rendered from the data module into a
// root of its own beside the story, synchronously, before the browser lays the page out.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import type { T } from '../data/copy/text';
import { Handout } from '../components/Handout';
import { withMotion } from './root';

export type HandoutMode = {
  /** Renders the handout once (`screen`: the flat layout, shown on screen). */
  render: (screen: boolean) => void;
  /** Takes it down again (after printing); the flat layout stays. */
  remove: () => void;
  /** Unmounts it, whatever it is: the page is going. */
  stop: () => void;
};

export const handoutMode = (
  page: HTMLElement,
  { copy, Graphic, t, flat }: { copy: StoryCopy; Graphic: GraphicComponent; t: T; flat: boolean },
): HandoutMode => {
  let handout: { root: Root; el: HTMLElement } | null = null;
  const stop = () => {
    handout?.root.unmount();
    handout?.el.remove();
    handout = null;
  };
  return {
    render: (screen) => {
      if (handout) return;
      const el = document.createElement('div');
      el.className = 'handout-root';
      const story = page.querySelector<HTMLElement>('.scrolly');
      if (story?.isConnected) story.after(el);
      else (page.querySelector<HTMLElement>('main') ?? page).prepend(el);
      const h = (handout = { root: createRoot(el), el });
      // The printed handout repeats the masthead's "Published … · Updated …" line, from the page.
      const published = page.querySelector('.masthead__dates')?.textContent?.trim() ?? '';
      flushSync(() =>
        h.root.render(
          withMotion(<Handout copy={copy} Graphic={Graphic} t={t} screen={screen} published={published} />),
        ),
      );
    },
    remove: () => {
      if (!flat) stop();
    },
    stop,
  };
};
