// The embed's last lines: where the sources are, the map's credit, and the way to the full page
// (a new tab, so the publisher's article stays where it was).
import type { StoryCopy } from '../data/story';
import { sources } from '../data/sources';
import { formatNumber } from '../data/format';
import type { T } from '../text';
import type { LocaleId } from '../data/copy/ids';
import { useHydrated } from '../hooks/useHydrated';
import { LanguageSwitch } from './LanguageSwitch';
import { parseChildId } from '../embed/protocol';

export type EmbedFooterProps = { ui: StoryCopy['ui']; t: T; locale: LocaleId };

const count = Object.keys(sources).length;

/**
 * The frame's own child id (from the parent), so a language change keeps the frame sized. Only a
 * well-formed id is carried over: nothing else from the address reaches the markup.
 */
const frameQuery = () => {
  const id = parseChildId(window.location.search);
  return id ? `?childId=${id}` : '';
};

export const EmbedFooter = ({ ui, t, locale }: EmbedFooterProps) => {
  const hydrated = useHydrated();
  return (
    <footer className="embed-footer">
      {/* Changes the frame's own language, in place (not a new tab, not the publisher's page). */}
      <LanguageSwitch locale={locale} label={ui.languageLabel} page="embed" suffix={hydrated ? frameQuery() : ''} />
      <p>{t(ui.embedSources, { count: formatNumber(count, ui.lang) })}</p>
      <p>{t(ui.credits)}</p>
      <p>
        <a className="embed-footer__open" href="./#story" target="_blank" rel="noopener">
          {ui.openFull}
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
    </footer>
  );
};
