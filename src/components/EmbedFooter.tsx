// The embed's last lines: where the sources are, the map's credit, and the way to the full page
// (a new tab, so the publisher's article stays where it was).
import type { StoryCopy } from '../data/story';
import { sources } from '../data/sources';
import { formatNumber } from '../data/format';
import type { T } from '../text';

export type EmbedFooterProps = { ui: StoryCopy['ui']; t: T };

const count = Object.keys(sources).length;

export const EmbedFooter = ({ ui, t }: EmbedFooterProps) => (
  <footer className="embed-footer">
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
