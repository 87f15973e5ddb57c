// The explainer's title block; compact (kicker and headline) inside an embed.
import type { StoryCopy } from '../data/story';
import type { T } from '../text';

export type HeaderProps = { ui: StoryCopy['ui']; t: T; compact?: boolean };

export const Header = ({ ui, t, compact = false }: HeaderProps) => (
  <header className={compact ? 'masthead masthead--compact' : 'masthead'}>
    <p className="masthead__kicker">{t(ui.kicker)}</p>
    <h1 className="masthead__headline">{t(ui.headline)}</h1>
    {!compact && <p className="masthead__dek">{t(ui.dek)}</p>}
    {!compact && <p className="masthead__meta">{t(ui.published)}</p>}
  </header>
);
