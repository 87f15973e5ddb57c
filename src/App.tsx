// The explainer: title, scroll story, timeline list, sources. One data module, rendered here,
// as the full page or as the embed a news site puts in an iframe.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { LazyMotion } from 'framer-motion';
import { locales, type LocaleId } from './data/copy';
import type { GraphicComponent } from './graphic/types';
import { createProgressStore } from './scroll/progressStore';
import type { EmbedChild, EmbedLayout } from './embed/child';
import { loadMotionFeatures } from './motion';
import { makeT } from './text';
import { useHydrated } from './hooks/useHydrated';
import { Header } from './components/Header';
import { Scrolly } from './components/Scrolly';
import { TimelineList } from './components/TimelineList';
import { SourceList } from './components/SourceList';
import { ProgressBar } from './components/ProgressBar';
import { EmbedPanel } from './components/EmbedPanel';
import { EmbedFooter } from './components/EmbedFooter';
import { LinkTargetContext } from './components/links';

export type AppProps = {
  /** Edition to render. */
  locale: LocaleId;
  /** The graphic beside the story: the component itself on the server, a lazy one on the client. */
  Graphic: GraphicComponent;
  /** The page inside a publisher's iframe: no page chrome, links open a new tab. */
  embed?: boolean;
  /** In the browser, the embed's link to its parent page (started before hydration). */
  embedChild?: EmbedChild | null;
};

const noSubscription = () => () => {};
const stepper = (): EmbedLayout => 'stepper';

/** The embed's layout: the stepper until the parent shows it follows scrolling. */
const useEmbedLayout = (child: EmbedChild | null | undefined): EmbedLayout =>
  useSyncExternalStore(child?.subscribe ?? noSubscription, child?.layout ?? stepper, stepper);

export const App = ({ locale, Graphic, embed = false, embedChild }: AppProps) => {
  const copy = locales[locale];
  const t = useMemo(() => makeT(copy), [copy]);
  const [progress] = useState(createProgressStore);
  const layout = useEmbedLayout(embedChild);
  // Heights go to the parent once the embed layout is live, not the prerendered flow before it.
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) embedChild?.ready();
  }, [hydrated, embedChild]);

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
            <EmbedFooter ui={copy.ui} t={t} />
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
      <Header ui={copy.ui} t={t} />
      <main id="story" tabIndex={-1}>
        <Scrolly copy={copy} Graphic={Graphic} progress={progress} t={t} />
        <TimelineList copy={copy} t={t} />
        <SourceList ui={copy.ui} />
        <EmbedPanel ui={copy.ui} />
        <footer className="credits">
          <p>{t(copy.ui.credits)}</p>
        </footer>
      </main>
    </LazyMotion>
  );
};
