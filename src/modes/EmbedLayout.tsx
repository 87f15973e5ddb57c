// The embed's layout, as the server renders it for a publisher's iframe: no page chrome, the
// story as a stepper, links that open a new tab.
import { LazyMotion } from 'framer-motion';
import { loadMotionFeatures } from '../graphic/motion';
import { Header } from '../components/Header';
import { Scrolly } from '../components/Scrolly';
import { EmbedFooter } from '../components/EmbedFooter';
import { LinkTargetContext } from '../components/links';
import type { LayoutProps } from './layout';

export const EmbedLayout = ({ locale, copy, Graphic, t }: LayoutProps) => (
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
