// The presenter's window: the notes for the slide on the projector, following the main window
// over a BroadcastChannel. Its keys drive the main window too.
import { useEffect, useRef, useState } from 'react';
import type { StoryCopy } from '../data/story';
import { formatNumber } from '../data/format';
import type { T } from '../text';
import { actionFor, move } from './keys';
import { CHANNEL, parseDeckMessage, slideIndex, slides } from './slides';
import { Notes } from './Notes';
import './present.css';

export type PresenterViewProps = { copy: StoryCopy; t: T };

const PresenterView = ({ copy, t }: PresenterViewProps) => {
  const [index, setIndex] = useState(() => slideIndex(window.location.hash));
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const c = new BroadcastChannel(CHANNEL);
    channel.current = c;
    c.onmessage = (e: MessageEvent) => {
      const m = parseDeckMessage(e.data);
      if (m?.type === 'slide') setIndex(m.index);
    };
    c.postMessage({ type: 'hello' });
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionFor(e);
      if (!action || (e.target as HTMLElement | null)?.closest('button, a')) return;
      const to = move(index, action, slides.length);
      if (to !== index) {
        e.preventDefault();
        channel.current?.postMessage({ type: 'go', index: to });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index]);
  const count = t(copy.ui.slideCount, {
    n: formatNumber(index + 1, copy.ui.lang),
    total: formatNumber(slides.length, copy.ui.lang),
  });
  return (
    <main className="presenter" aria-live="polite">
      <p className="presenter__count">{count}</p>
      <Notes copy={copy} index={index} t={t} />
    </main>
  );
};

export default PresenterView;
