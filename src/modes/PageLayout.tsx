// The full page's layout, as the server renders it: the story, then the timeline list, the
// classroom section, sources, the embed panel, corrections and credits.
import { LazyMotion } from 'framer-motion';
import { loadMotionFeatures } from '../graphic/motion';
import { Header } from '../components/Header';
import { Scrolly } from '../components/Scrolly';
import { TimelineList } from '../components/TimelineList';
import { SourceList } from '../components/SourceList';
import { EmbedPanel } from '../components/EmbedPanel';
import { Classroom } from '../components/Classroom';
import { Corrections } from '../components/Corrections';
import { publicationWords } from '../data/copy';
import type { LayoutProps } from './layout';

export const PageLayout = ({ locale, copy, Graphic, t }: LayoutProps) => (
  <LazyMotion features={loadMotionFeatures} strict>
    <a className="skip-link" href="#story">
      {copy.ui.page.skipToStory}
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
      <Corrections ui={copy.ui.page} words={publicationWords[locale]} />
      <footer className="credits">
        <p>{t(copy.ui.page.credits)}</p>
      </footer>
    </main>
  </LazyMotion>
);
