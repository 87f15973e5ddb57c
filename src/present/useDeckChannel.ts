// The BroadcastChannel between the projected slides and the presenter's window: one channel per
// window, closed on unmount. `onMessage` sees every valid message (always the latest callback),
// with a function to answer; the returned function sends one too. Without BroadcastChannel, nothing is sent or received.
import { useCallback, useEffect, useRef } from 'react';
import { CHANNEL, parseDeckMessage, type DeckMessage } from './slides';

type Post = (m: DeckMessage) => void;

export const useDeckChannel = (onMessage: (m: DeckMessage, post: Post) => void, greeting?: DeckMessage): Post => {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });
  const first = useRef(greeting);
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const c = new BroadcastChannel(CHANNEL);
    channel.current = c;
    c.onmessage = (e: MessageEvent) => {
      const m = parseDeckMessage(e.data);
      if (m) handler.current(m, (answer) => c.postMessage(answer));
    };
    if (first.current) c.postMessage(first.current);
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);
  return useCallback((m) => channel.current?.postMessage(m), []);
};
