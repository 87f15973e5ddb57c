// The scroll story: steps over (narrow) or beside (wide) a sticky graphic that follows them.
// In an embed it is either a stepper (Previous/Next) or follows the parent page's scrolling.
import { Suspense, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { steps } from '../data/steps';
import type { StoryCopy } from '../data/story';
import { useScrollSteps } from '../scroll/useScrollSteps';
import { parseStepParam } from '../scroll/activeStep';
import { formatNumber } from '../data/format';
import { useHydrated } from '../hooks/useHydrated';
import type { ProgressStore } from '../scroll/progressStore';
import type { Viewport } from '../scroll/viewport';
import type { T } from '../text';
import type { GraphicComponent } from '../graphic/types';
import { GraphicBoundary } from './GraphicBoundary';
import { StepCard } from './StepCard';

export type ScrollyProps = {
  copy: StoryCopy;
  /** The graphic: given directly on the server, loaded lazily on the client. */
  Graphic: GraphicComponent;
  progress: ProgressStore;
  t: T;
  /**
   * `scroll`: the page's own scrolling drives the steps, the graphic is sticky. `track`: a
   * parent page's viewport (given as `viewport`) drives them, and the graphic is moved to stay
   * in it. `stepper`: one step at a time, with Previous and Next.
   */
  layout?: 'scroll' | 'track' | 'stepper';
  viewport?: Viewport;
};

const ids: readonly string[] = steps.map((s) => s.id);
const last = steps.length - 1;

/**
 * Keeps the graphic in the parent's viewport when the frame cannot scroll (and so `sticky`
 * cannot work): a transform per report, no layout.
 */
const useFollowGraphic = (story: RefObject<HTMLElement | null>, viewport: Viewport | undefined) => {
  const graphic = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = graphic.current;
    if (!viewport || !el) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const view = viewport.read();
      const box = story.current?.getBoundingClientRect();
      if (!view || !box) return;
      const top = box.top + window.scrollY;
      const room = Math.max(0, box.height - el.offsetHeight);
      const y = Math.min(room, Math.max(0, view.y - top));
      el.style.transform = `translate3d(0, ${y.toFixed(1)}px, 0)`;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    const unsubscribe = viewport.subscribe(schedule);
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      el.style.transform = '';
    };
  }, [story, viewport]);
  return graphic;
};

/** The step a link asks for (?step=id or #id), once live; the prerendered page opens on the first. */
const useLinkedStep = (hydrated: boolean) =>
  useMemo(() => {
    if (!hydrated) return 0;
    const target = parseStepParam(window.location.search, window.location.hash, ids);
    return target ? ids.indexOf(target) : 0;
  }, [hydrated]);

export const Scrolly = ({ copy, Graphic, progress, t, layout = 'scroll', viewport }: ScrollyProps) => {
  const list = useRef<HTMLOListElement>(null);
  const section = useRef<HTMLElement>(null);
  const scrolled = useScrollSteps({
    container: list,
    ids,
    progress,
    enabled: layout !== 'stepper',
    viewport: layout === 'track' ? viewport : undefined,
  });
  const graphic = useFollowGraphic(section, layout === 'track' ? viewport : undefined);
  const hydrated = useHydrated();
  const linked = useLinkedStep(hydrated);
  const [chosen, setChosen] = useState<number | null>(null);
  const active = layout === 'stepper' ? (chosen ?? linked) : scrolled;
  const step = steps[active] ?? steps[0];
  // Announce the step heading when it changes, not on load.
  const [announce, setAnnounce] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setAnnounce(t(copy.steps[step.id].heading));
  }, [step.id, copy, t]);

  return (
    <section
      className={`scrolly scrolly--${layout}`}
      aria-label={copy.ui.storyLabel}
      data-active={step.id}
      data-layout={layout}
      data-live={hydrated ? '' : undefined}
      ref={section}
    >
      <div className="scrolly__graphic" ref={graphic}>
        {/* The boundary keeps the words if the graphic fails to load or throws. Suspense lets the
            words hydrate first; the prerendered graphic stays on screen until its code arrives. */}
        <GraphicBoundary fallback={<p className="graphic__note">{copy.ui.graphicError}</p>}>
          <Suspense fallback={null}>
            <Graphic state={step.graphic} copy={copy} />
          </Suspense>
        </GraphicBoundary>
      </div>
      {layout === 'stepper' && (
        <nav className="stepper" aria-label={copy.ui.stepperLabel}>
          <button
            type="button"
            className="button stepper__button"
            aria-disabled={active === 0}
            onClick={() => setChosen(Math.max(0, active - 1))}
          >
            <span aria-hidden="true">← </span>
            {copy.ui.previous}
          </button>
          <p className="stepper__count">
            {t(copy.ui.stepCount, {
              n: formatNumber(active + 1, copy.ui.lang),
              total: formatNumber(steps.length, copy.ui.lang),
            })}
          </p>
          <button
            type="button"
            className="button stepper__button"
            aria-disabled={active === last}
            onClick={() => setChosen(Math.min(last, active + 1))}
          >
            {copy.ui.next}
            <span aria-hidden="true"> →</span>
          </button>
        </nav>
      )}
      <ol className="scrolly__steps" ref={list}>
        {steps.map((s, i) => (
          <StepCard
            key={s.id}
            id={s.id}
            copy={copy.steps[s.id]}
            sources={s.sources}
            ui={copy.ui}
            active={i === active}
            t={t}
          />
        ))}
      </ol>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
    </section>
  );
};
