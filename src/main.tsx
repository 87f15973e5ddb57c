// The app's start, loaded by boot.ts after the first paint. The prerendered article stays as it
// is: never hydrated. What moves or responds comes alive on it (src/islands/): the scroll
// engine and the controls at once (plain listeners), the graphic as a React root of its own
// whose code and map data follow when the reader goes on (islands/intent.ts).
import { lazy } from 'react';
import type { LocaleId } from './data/copy/ids';
import { loadCopy } from './data/copy/load';
import { makeT } from './data/copy/text';
import { createProgressStore } from './scroll/progressStore';
import { startStory } from './islands/story';
import { mountGraphic } from './islands/graphic';
import { startPage } from './islands/page';
import { stepCount } from './components/Scrolly';
import { parseChildId } from './embed/protocol';
import type { EmbedChild } from './embed/child';
import { startShare } from './islands/share';
import { whenReaderGoesOn } from './islands/intent';
import { localeDir } from './routing/lang';

// The graphic renders once its map layers are computed (in tasks of their own).
const Graphic = lazy(() => import('./graphic/LoadedGraphic').then((m) => m.prepared.then(() => m)));

/**
 * Brings the page to life. `embedChild`: in the embed, its link to the parent page, started by
 * its entry (embed-boot.ts) before the app.
 */
export const start = async (root: HTMLElement, locale: LocaleId, embedChild: EmbedChild | null) => {
  const embed = embedChild !== null;
  // This edition's words load (a chunk of their own, with their dates and numbers formatted at
  // build). If they cannot load, the prerendered page stays as it is: complete, only not
  // interactive.
  const copy = await loadCopy(locale);
  const t = makeT(copy);
  const progress = createProgressStore();
  const section = root.querySelector<HTMLElement>('.scrolly');
  let started = false;
  const liven = () => {
    if (started || !section?.isConnected) return;
    started = true;
    const story = startStory({ section, progress, count: (i) => stepCount(copy, t, i), embed: embedChild });
    const graphic = section.querySelector<HTMLElement>('.scrolly__graphic');
    // The graphic comes alive when the reader goes on (islands/intent.ts): at once on a page
    // opened past the top (a link to a step, a restored scroll); in an embed, also once its
    // parent page has scrolled it near.
    if (story && graphic) {
      const mount = () => void mountGraphic(graphic, { copy, Graphic, active: story.active, embed });
      if (!embed && window.scrollY > 0) mount();
      else whenReaderGoesOn(mount, story.active, embedChild?.viewport);
    }
    const { ui } = copy;
    startShare({
      root: section,
      dir: localeDir(locale),
      title: ui.page.title,
      copied: ui.story.shareCopied,
      failed: ui.story.shareFailed,
    });
  };
  if (!embed) {
    startPage({ root, copy, t, locale, Graphic, progress, startStory: liven });
    return;
  }
  // The embed's language links keep its child id, so the parent keeps sizing it after a change.
  // Only a well-formed id is carried over: nothing else from the address reaches the markup.
  const id = parseChildId(window.location.search);
  if (id)
    root.querySelectorAll<HTMLAnchorElement>('.embed-footer .lang-switch a').forEach((a) => {
      a.href = `${a.getAttribute('href') ?? ''}?childId=${id}`;
    });
  liven();
};
