// The editions, as links to each other: a real <nav>, every language named in itself.
import type { LocaleId } from '../data/copy/ids';
import { LANGUAGE_NAMES, localeIds, relativeLocalePath } from '../routing/lang';

export type LanguageSwitchProps = {
  locale: LocaleId;
  label: string;
  /** Which page the links lead to in the other languages. */
  page?: 'index' | 'embed';
  /** Appended to each link (e.g. `?present#gains`, or an embed's child id), once known. */
  suffix?: string;
};

export const LanguageSwitch = ({ locale, label, page = 'index', suffix = '' }: LanguageSwitchProps) => (
  <nav className="lang-switch" aria-label={label}>
    <ul>
      {localeIds.map((id) => (
        <li key={id}>
          <a
            href={`${relativeLocalePath(locale, id, page)}${suffix}`}
            hrefLang={id}
            lang={id}
            aria-current={id === locale ? 'page' : undefined}
          >
            {LANGUAGE_NAMES[id]}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);
