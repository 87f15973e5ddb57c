// The explainer as the server renders it: title, scroll story, timeline list, sources. One data
// module, rendered here as the full page or as the embed a news site puts in an iframe. The page
// stays this HTML in the browser: only what moves or responds comes alive, each on its own
// (src/islands/): the graphic (a React root of its own), the scroll engine, the progress bar and
// the controls; presentation mode, the presenter's window, the print handout and the flat layout
// for old browsers render on demand in roots of their own.
import { LazyMotion } from 'framer-motion';
import type { LocaleId } from './data/copy/ids';
import type { StoryCopy } from './data/story';
import type { GraphicComponent } from './graphic/types';
import { loadMotionFeatures } from './graphic/motion';
import { makeT } from './data/copy/text';
import { Header } from './components/Header';
import { Scrolly } from './components/Scrolly';
import { TimelineList } from './components/TimelineList';
import { SourceList } from './components/SourceList';
import { EmbedPanel } from './components/EmbedPanel';
import { EmbedFooter } from './components/EmbedFooter';
import { LinkTargetContext } from './components/links';
import { Classroom } from './components/Classroom';
import { Corrections } from './components/Corrections';

export type AppProps = {
  /** Edition to render, and its words. */
  locale: LocaleId;
  copy: StoryCopy;
  /** The graphic beside the story, rendered for its first step. */
  Graphic: GraphicComponent;
  /** The page inside a publisher's iframe: no page chrome, links open a new tab. */
  embed?: boolean;
};

export const App = ({ locale, copy, Graphic, embed = false }: AppProps) => {
  const t = makeT(copy);
  if (embed)
    return (
      <LazyMotion features={loadMotionFeatures} strict>
        <LinkTargetContext.Provider value="blank">
          <main id="story" className="embed">
            <Header ui={copy.ui} t={t} compact />
            <Scrolly copy={copy} Graphic={Graphic} t={t} layout="stepper" />
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
      <div className="progress" aria-hidden="true">
        <div className="progress__bar" />
      </div>
      <Header ui={copy.ui} t={t} present locale={locale} />
      <main id="story" tabIndex={-1}>
        <Scrolly copy={copy} Graphic={Graphic} t={t} />
        <TimelineList copy={copy} t={t} />
        <Classroom copy={copy} />
        <SourceList ui={copy.ui} />
        <EmbedPanel ui={copy.ui} />
        <Corrections ui={copy.ui} locale={locale} />
        <footer className="credits">
          <p>{t(copy.ui.credits)}</p>
        </footer>
      </main>
    </LazyMotion>
  );
};
