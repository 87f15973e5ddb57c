// The embed's last lines: where the sources are, the map's credit, and the way to the full page
// (a new tab, so the publisher's article stays where it was).
import { sources } from '../data/sources';
import { formatNumber } from '../data/format';
import type { T } from '../data/copy/text';
import type { LocaleId } from '../data/copy/ids';
import { LanguageSwitch } from './LanguageSwitch';
import type { UiCopy } from '../data/uiCopy';

export type EmbedFooterProps = { ui: Pick<UiCopy, 'page' | 'embed'>; t: T; locale: LocaleId };

const count = Object.keys(sources).length;

export const EmbedFooter = ({ ui, t, locale }: EmbedFooterProps) => (
  <footer className="embed-footer">
    {/* Changes the frame's own language, in place (not a new tab, not the publisher's page); the
          frame's child id is added to these links in the browser (islands/embed.ts). */}
    <LanguageSwitch locale={locale} label={ui.page.languageLabel} page="embed" />
    <p>{t(ui.embed.sources, { count: formatNumber(count, ui.page.lang) })}</p>
    <p>{t(ui.page.credits)}</p>
    <p>
      <a className="embed-footer__open" href="./#story" target="_blank" rel="noopener">
        {ui.embed.openFull}
        <span aria-hidden="true"> ↗</span>
      </a>
    </p>
  </footer>
);
