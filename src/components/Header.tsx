// The explainer's title block; compact (kicker and headline) inside an embed.
import type { StoryCopy } from '../data/story';
import type { T } from '../text';
import type { LocaleId } from '../data/copy/ids';
import { LanguageSwitch } from './LanguageSwitch';

export type HeaderProps = {
  ui: StoryCopy['ui'];
  t: T;
  compact?: boolean;
  /** Shows the button that starts presentation mode (the full page only; wired by islands/page.tsx). */
  present?: boolean;
  /** The edition, for the language switcher (the full page only). */
  locale?: LocaleId;
};

export const Header = ({ ui, t, compact = false, present = false, locale }: HeaderProps) => (
  <header className={compact ? 'masthead masthead--compact' : 'masthead'}>
    {locale && <LanguageSwitch locale={locale} label={ui.languageLabel} />}
    <p className="masthead__kicker">{t(ui.kicker)}</p>
    <h1 className="masthead__headline">{t(ui.headline)}</h1>
    {!compact && <p className="masthead__dek">{t(ui.dek)}</p>}
    {!compact && (
      <p className="masthead__meta">
        {t(ui.published)}
        {present && (
          <>
            {' · '}
            <button type="button" className="masthead__present" data-action="present">
              {ui.present}
            </button>
          </>
        )}
      </p>
    )}
  </header>
);
