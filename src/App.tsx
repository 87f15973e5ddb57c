// The explainer: title, scroll story, timeline list, sources. One data module, rendered here.
import { useMemo, useState } from 'react';
import { LazyMotion } from 'framer-motion';
import { locales, type LocaleId } from './data/copy';
import type { GraphicComponent } from './graphic/types';
import { createProgressStore } from './scroll/progressStore';
import { loadMotionFeatures } from './motion';
import { makeT } from './text';
import { Header } from './components/Header';
import { Scrolly } from './components/Scrolly';
import { TimelineList } from './components/TimelineList';
import { SourceList } from './components/SourceList';
import { ProgressBar } from './components/ProgressBar';

export type AppProps = {
  /** Edition to render. */
  locale: LocaleId;
  /** The graphic beside the story: the component itself on the server, a lazy one on the client. */
  Graphic: GraphicComponent;
};

export const App = ({ locale, Graphic }: AppProps) => {
  const copy = locales[locale];
  const t = useMemo(() => makeT(copy), [copy]);
  const [progress] = useState(createProgressStore);
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
        <footer className="credits">
          <p>{t(copy.ui.credits)}</p>
        </footer>
      </main>
    </LazyMotion>
  );
};
