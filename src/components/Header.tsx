// The explainer's title block.
import type { StoryCopy } from '../data/story';
import type { T } from '../text';

export type HeaderProps = { ui: StoryCopy['ui']; t: T };

export const Header = ({ ui, t }: HeaderProps) => (
  <header className="masthead">
    <p className="masthead__kicker">{t(ui.kicker)}</p>
    <h1 className="masthead__headline">{t(ui.headline)}</h1>
    <p className="masthead__dek">{t(ui.dek)}</p>
    <p className="masthead__meta">{t(ui.published)}</p>
  </header>
);
