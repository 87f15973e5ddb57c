// The explainer's title block; compact (kicker and headline) inside an embed.
import type { StoryCopy } from '../data/story';
import type { T } from '../text';

export type HeaderProps = {
  ui: StoryCopy['ui'];
  t: T;
  compact?: boolean;
  /** Starts presentation mode (the full page only). */
  onPresent?: () => void;
};

export const Header = ({ ui, t, compact = false, onPresent }: HeaderProps) => (
  <header className={compact ? 'masthead masthead--compact' : 'masthead'}>
    <p className="masthead__kicker">{t(ui.kicker)}</p>
    <h1 className="masthead__headline">{t(ui.headline)}</h1>
    {!compact && <p className="masthead__dek">{t(ui.dek)}</p>}
    {!compact && (
      <p className="masthead__meta">
        {t(ui.published)}
        {onPresent && (
          <>
            {' · '}
            <button type="button" className="masthead__present" onClick={onPresent}>
              {ui.present}
            </button>
          </>
        )}
      </p>
    )}
  </header>
);
