// The presenter's window: the notes for the slide on the projector, following the main window
// over a BroadcastChannel. Its keys drive the main window too.
import { useEffect, useState } from 'react';
import type { StoryCopy } from '../data/story';
import { formatNumber } from '../data/format';
import type { T } from '../data/copy/text';
import { actionFor, move } from './keys';
import { slideIndex, slides } from './slides';
import { useDeckChannel } from './useDeckChannel';
import { Notes } from './Notes';
import './present.css';

export type PresenterViewProps = { copy: StoryCopy; t: T };

const PresenterView = ({ copy, t }: PresenterViewProps) => {
  const [index, setIndex] = useState(() => slideIndex(window.location.hash));
  // Says hello on opening, so the projected window tells it the slide at once.
  const post = useDeckChannel(
    (m) => {
      if (m.type === 'slide') setIndex(m.index);
    },
    { type: 'hello' },
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionFor(e);
      if (!action || (e.target as HTMLElement | null)?.closest('button, a')) return;
      const to = move(index, action, slides.length);
      if (to !== index) {
        e.preventDefault();
        post({ type: 'go', index: to });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, post]);
  const count = t(copy.ui.deck.slideCount, {
    n: formatNumber(index + 1, copy.ui.page.lang),
    total: formatNumber(slides.length, copy.ui.page.lang),
  });
  return (
    <main className="presenter" aria-live="polite">
      <p className="presenter__count">{count}</p>
      <Notes copy={copy} index={index} t={t} />
    </main>
  );
};

export default PresenterView;
