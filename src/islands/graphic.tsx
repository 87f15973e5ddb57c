// The graphic's island: the one part of the story that React hydrates. It reads the active step
// from the story (islands/story.ts) and hands it to the same `GraphicSlot` the server rendered.
import { startTransition, StrictMode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { LazyMotion } from 'framer-motion';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import { GraphicSlot } from '../components/Scrolly';
import { LinkTargetContext } from '../components/links';
import { loadMotionFeatures } from '../graphic/motion';
import { steps } from '../data/steps';
import type { ActiveStep } from './story';
import { followActive } from './hold';
import { GraphicLiveContext } from '../graphic/live';
import { UpcomingMapContext } from '../map/upcoming';

type Props = { copy: StoryCopy; Graphic: GraphicComponent; active: ActiveStep };
type LiveProps = Props & { onShow: (id: string) => void };

const LiveGraphic = ({ copy, Graphic, active, onShow }: LiveProps) => {
  // Hydrates at the first step, as prerendered, then follows (islands/hold.ts: not through every
  // step a fling passes). A transition: a graphic still loading (a dehydrated Suspense boundary)
  // waits for its code instead of being thrown away.
  // Not before the graphic has hydrated (graphic/live.ts): until then the step the story is on
  // waits here, and is shown as soon as it has.
  const [index, setIndex] = useState(0);
  const wanted = useRef(0);
  const live = useRef(false);
  useEffect(
    () =>
      followActive(active, (i) => {
        wanted.current = i;
        if (live.current) startTransition(() => setIndex(i));
      }),
    [active],
  );
  const onLive = useCallback(() => {
    live.current = true;
    startTransition(() => setIndex(wanted.current));
  }, []);
  // Which step the graphic shows, once committed (after the graphic has marked itself unsettled
  // if anything in it is about to move): `data-shows` on the slot, beside the story's `data-active`.
  useLayoutEffect(() => onShow((steps[index] ?? steps[0]).id), [onShow, index]);
  // The steps a reader reaches next, whose map words are placed while the browser is idle.
  const upcoming = useMemo(
    () => [steps[index + 1], steps[index - 1]].flatMap((s) => (s ? [s.graphic.map] : [])),
    [index],
  );
  return (
    <GraphicLiveContext.Provider value={onLive}>
      <UpcomingMapContext.Provider value={upcoming}>
        <GraphicSlot copy={copy} Graphic={Graphic} index={index} />
      </UpcomingMapContext.Provider>
    </GraphicLiveContext.Provider>
  );
};

/**
 * Hydrates the prerendered graphic in `container` (`.scrolly__graphic`), in a transition, so
 * React yields to the browser between slices of the work (a plain hydrateRoot renders in one
 * blocking task).
 */
export const mountGraphic = (container: HTMLElement, props: Props & { embed: boolean }): Root => {
  let root: Root | null = null;
  // startTransition runs its callback at once: the root exists when it returns.
  startTransition(() => {
    root = hydrate(container, props);
  });
  if (!root) throw new Error('[graphic] the island did not start');
  return root;
};

const hydrate = (container: HTMLElement, props: Props & { embed: boolean }) =>
  hydrateRoot(
    container,
    <StrictMode>
      <LazyMotion features={loadMotionFeatures} strict>
        <LinkTargetContext.Provider value={props.embed ? 'blank' : 'self'}>
          <LiveGraphic
            copy={props.copy}
            Graphic={props.Graphic}
            active={props.active}
            onShow={(id) => container.setAttribute('data-shows', id)}
          />
        </LinkTargetContext.Provider>
      </LazyMotion>
    </StrictMode>,
  );
