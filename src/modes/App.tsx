// The explainer as the server renders it: title, scroll story, timeline list, sources. One data
// module, rendered here as the full page or as the embed a news site puts in an iframe. The page
// stays this HTML in the browser: only what moves or responds comes alive, each on its own
// (src/islands/): the graphic (a React root of its own), the scroll engine, the progress bar and
// the controls; presentation mode, the presenter's window, the print handout and the flat layout
// for old browsers render on demand in roots of their own. Each layout is a module of src/modes/.
import type { LocaleId } from '../data/copy/ids';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import { makeT } from '../data/copy/text';
import { EmbedLayout } from './EmbedLayout';
import { PageLayout } from './PageLayout';

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
  const Layout = embed ? EmbedLayout : PageLayout;
  return <Layout locale={locale} copy={copy} Graphic={Graphic} t={makeT(copy)} />;
};
