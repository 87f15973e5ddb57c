// The explainer's title block; compact (kicker and headline) inside an embed.
import type { T } from '../data/copy/text';
import type { LocaleId } from '../data/copy/ids';
import { LanguageSwitch } from './LanguageSwitch';
import { formatDate } from '../data/format';
import { lastUpdated, publication } from '../data/publication';
import type { IsoDate } from '../data/types';
import type { UiCopy } from '../data/uiCopy';

export type HeaderProps = {
  ui: Pick<UiCopy, 'page' | 'classroom'>;
  t: T;
  compact?: boolean;
  /** Shows the button that starts presentation mode (the full page only; wired by islands/page.tsx). */
  present?: boolean;
  /** The edition, for the language switcher (the full page only). */
  locale?: LocaleId;
};

/** A copy string with `{date}` in it, the date formatted for the edition and marked as a `time`. */
const Dated = ({ text, date, lang }: { text: string; date: IsoDate; lang: string }) => {
  const [before, after = ''] = text.split('{date}');
  return (
    <>
      {before}
      <time dateTime={date}>{formatDate(date, lang)}</time>
      {after}
    </>
  );
};

/** "Published … · Updated …": when the explainer came out, and its latest update or correction. */
export const PublicationDates = ({ ui }: { ui: Pick<UiCopy, 'page'> }) => {
  const updated = lastUpdated();
  return (
    <p className="masthead__dates">
      <Dated text={ui.page.publishedOn} date={publication.published} lang={ui.page.lang} />
      {updated && (
        <>
          {' · '}
          <Dated text={ui.page.updatedOn} date={updated} lang={ui.page.lang} />
        </>
      )}
    </p>
  );
};

export const Header = ({ ui, t, compact = false, present = false, locale }: HeaderProps) => (
  <header className={compact ? 'masthead masthead--compact' : 'masthead'}>
    {locale && <LanguageSwitch locale={locale} label={ui.page.languageLabel} />}
    <p className="masthead__kicker">{t(ui.page.kicker)}</p>
    <h1 className="masthead__headline">{t(ui.page.headline)}</h1>
    {!compact && <p className="masthead__dek">{t(ui.page.dek)}</p>}
    {!compact && <PublicationDates ui={ui} />}
    {!compact && (
      <p className="masthead__meta">
        {t(ui.page.published)}
        {present && (
          <span className="masthead__present-item">
            {' · '}
            <button type="button" className="masthead__present" data-action="present">
              {ui.classroom.present}
            </button>
          </span>
        )}
      </p>
    )}
  </header>
);
