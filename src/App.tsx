// The explainer: title, scroll story, timeline list, sources. One data module, rendered here.
import { useMemo, useState } from 'react';
import { LazyMotion } from 'framer-motion';
import { locales, type LocaleId } from './data/copy';
import type { Geodata } from './map/geodata';
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
  /** Parsed map data; null if it failed to load (the story still reads). */
  geo: Geodata | null;
};

export const App = ({ locale, geo }: AppProps) => {
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
        <Scrolly copy={copy} geo={geo} progress={progress} t={t} />
        <TimelineList copy={copy} t={t} />
        <SourceList ui={copy.ui} />
        <footer className="credits">
          <p>{t(copy.ui.credits)}</p>
        </footer>
      </main>
    </LazyMotion>
  );
};
