// The explainer: title, scroll story, timeline list, sources. One data module, rendered here,
// as the full page or as the embed a news site puts in an iframe.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { LazyMotion } from 'framer-motion';
import type { LocaleId } from './data/copy/ids';
import type { StoryCopy } from './data/story';
import type { GraphicComponent } from './graphic/types';
import { createProgressStore } from './scroll/progressStore';
import type { EmbedChild, EmbedLayout } from './embed/child';
import { loadMotionFeatures } from './motion';
import { makeT } from './text';
import { Header } from './components/Header';
import { Scrolly } from './components/Scrolly';
import { TimelineList } from './components/TimelineList';
import { SourceList } from './components/SourceList';
import { ProgressBar } from './components/ProgressBar';
import { EmbedPanel } from './components/EmbedPanel';
import { EmbedFooter } from './components/EmbedFooter';
import { LinkTargetContext } from './components/links';
import { Classroom } from './components/Classroom';
import { Handout } from './components/Handout';
import { navigate, usePageMode } from './present/mode';
import { steps } from './data/steps';
import { parseStepParam } from './scroll/activeStep';

const stepIds: readonly string[] = steps.map((s) => s.id);

export type AppProps = {
  /** Edition to render, and its words. */
  locale: LocaleId;
  copy: StoryCopy;
  /** The graphic beside the story: the component itself on the server, a lazy one on the client. */
  Graphic: GraphicComponent;
  /** The page inside a publisher's iframe: no page chrome, links open a new tab. */
  embed?: boolean;
  /** In the browser, the embed's link to its parent page (started before hydration). */
  embedChild?: EmbedChild | null;
};

const noSubscription = () => () => {};

/**
 * An old browser (no ResizeObserver, IntersectionObserver or matchMedia) cannot run the scroll
 * story reliably: it gets a flat layout instead, every step with a still picture of its graphic.
 */
const isOldBrowser = () =>
  typeof ResizeObserver !== 'function' ||
  typeof IntersectionObserver !== 'function' ||
  typeof window.matchMedia !== 'function';
/**
 * False on the server and while hydrating; after, true only in an old browser. A current browser
 * reads the same value the server rendered with, so the page is not rendered again after hydration.
 */
const useOldBrowser = () => useSyncExternalStore(noSubscription, isOldBrowser, () => false);

// Presentation mode's code and styles load only when a teacher presents.
const Presentation = lazy(() => import('./present/Presentation'));
const PresenterView = lazy(() => import('./present/PresenterView'));

/** True while the browser prints (or the "Print handout" button prepares it): the handout renders. */
const usePrinting = () => {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Synchronously, so the handout is in the page before the browser lays it out for print.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
};
const stepper = (): EmbedLayout => 'stepper';

/** The embed's layout: the stepper until the parent shows it follows scrolling. */
const useEmbedLayout = (child: EmbedChild | null | undefined): EmbedLayout =>
  useSyncExternalStore(child?.subscribe ?? noSubscription, child?.layout ?? stepper, stepper);

export const App = ({ locale, copy, Graphic, embed = false, embedChild }: AppProps) => {
  const t = useMemo(() => makeT(copy), [copy]);
  const [progress] = useState(createProgressStore);
  const layout = useEmbedLayout(embedChild);

  const mode = usePageMode();
  const flat = useOldBrowser() && !embed;
  const { printing, print } = usePrinting();
  const present = useCallback(() => navigate('present', steps[progress.get().index]?.id ?? steps[0].id), [progress]);
  // Leaving presentation mode lands on the step it showed.
  useEffect(() => {
    if (mode !== 'page' || embed) return;
    // Parsed, not decoded blindly: a hostile hash (#%) is ignored, never thrown.
    const id = parseStepParam('', window.location.hash, stepIds);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [mode, embed]);

  if (!embed && mode === 'present')
    return (
      <LazyMotion features={loadMotionFeatures} strict>
        <Suspense fallback={null}>
          <Presentation copy={copy} Graphic={Graphic} t={t} locale={locale} />
        </Suspense>
      </LazyMotion>
    );
  if (!embed && mode === 'presenter')
    return (
      <Suspense fallback={null}>
        <PresenterView copy={copy} t={t} />
      </Suspense>
    );

  if (embed)
    return (
      <LazyMotion features={loadMotionFeatures} strict>
        <LinkTargetContext.Provider value="blank">
          <main id="story" className="embed">
            <Header ui={copy.ui} t={t} compact />
            <Scrolly
              copy={copy}
              Graphic={Graphic}
              progress={progress}
              t={t}
              layout={layout}
              viewport={embedChild?.viewport}
            />
            <EmbedFooter ui={copy.ui} t={t} locale={locale} />
          </main>
        </LinkTargetContext.Provider>
      </LazyMotion>
    );

  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <a className="skip-link" href="#story">
        {copy.ui.skipToStory}
      </a>
      <ProgressBar store={progress} />
      <Header ui={copy.ui} t={t} onPresent={present} locale={locale} />
      <main id="story" tabIndex={-1}>
        {flat ? (
          <Handout copy={copy} Graphic={Graphic} t={t} screen />
        ) : (
          <Scrolly copy={copy} Graphic={Graphic} progress={progress} t={t} />
        )}
        {printing && !flat && <Handout copy={copy} Graphic={Graphic} t={t} />}
        <TimelineList copy={copy} t={t} />
        <Classroom copy={copy} onPresent={present} onPrint={print} />
        <SourceList ui={copy.ui} />
        <EmbedPanel ui={copy.ui} />
        <footer className="credits">
          <p>{t(copy.ui.credits)}</p>
        </footer>
      </main>
    </LazyMotion>
  );
};
