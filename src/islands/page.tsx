// The full page's controls and its other modes, on the prerendered article: the progress bar,
// Present, Print handout and the snippets' Copy buttons (plain listeners, no React), and the
// layouts that render on demand from the data module, each in a React root of its own
// (src/modes/): presentation mode, the presenter's window, the print handout, and the flat
// layout for old browsers.
import type { LocaleId } from '../data/copy/ids';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import { steps } from '../data/steps';
import type { T } from '../data/copy/text';
import type { ProgressStore } from '../scroll/progressStore';
import { parseStepParam } from '../scroll/activeStep';
import { handoutMode } from '../modes/handout';
import { deckMode } from '../modes/deck';
import { CANONICAL_URL } from '../config';
import { localeDir } from '../routing/lang';
import { modeOf, navigate, onModeChange } from '../routing/mode';
import { keepEndAtEnd } from './endKey';

const stepIds: readonly string[] = steps.map((s) => s.id);

export type PageOptions = {
  root: HTMLElement;
  copy: StoryCopy;
  t: T;
  locale: LocaleId;
  Graphic: GraphicComponent;
  progress: ProgressStore;
  /** Starts the scroll story's islands (the first time the page mode shows). */
  startStory: () => void;
};

/**
 * An old browser (no ResizeObserver or matchMedia, which the scroll story and the graphic use)
 * cannot run the scroll story reliably: it gets a flat layout instead, every step with a still
 * picture of its graphic.
 */
export const isOldBrowser = () => typeof ResizeObserver !== 'function' || typeof window.matchMedia !== 'function';

/** The edition's address without its scheme, as a handout's footer gives it. */
const shortAddress = (locale: LocaleId) =>
  `${CANONICAL_URL}${localeDir(locale)}`.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** Copies through the Clipboard API, or by selecting the code where that is refused. */
const copyText = async (code: HTMLElement): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
};

export const startPage = ({ root, copy, t, locale, Graphic, progress, startStory }: PageOptions): (() => void) => {
  const { ui } = copy;
  const story = root.querySelector<HTMLElement>('.scrolly');
  const flat = isOldBrowser();

  // The progress bar follows the story through the CSSOM: no render per frame.
  const bar = root.querySelector<HTMLElement>('.progress__bar');
  progress.subscribe((p) => {
    if (bar) bar.style.transform = `scaleX(${p.story.toFixed(4)})`;
  });

  // The print handout: rendered before the browser lays the page out for print.
  const handout = handoutMode(root, { copy, Graphic, t, flat });
  const renderHandout = handout.render;
  const removeHandout = handout.remove;
  const beforePrint = () => {
    // Every printed page's footer names the explainer's address (print.css, @page).
    document.documentElement.style.setProperty('--print-address', JSON.stringify(shortAddress(locale)));
    renderHandout(false);
  };
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', removeHandout);

  const present = () => navigate('present', steps[progress.get().index]?.id ?? steps[0].id);
  const onClick = (e: Event) => {
    const target = e.target as Element | null;
    const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'present') present();
    if (action === 'print') {
      renderHandout(false);
      window.print();
    }
    const copyButton = target?.closest<HTMLElement>('[data-copy]');
    const code = copyButton && document.getElementById(copyButton.dataset.copy ?? '');
    if (copyButton && code) {
      const status = copyButton.parentElement?.querySelector('.embed-panel__status');
      void copyText(code).then((ok) => {
        if (status) status.textContent = ok ? ui.embed.copied : ui.embed.copyFailed;
      });
    }
  };
  root.addEventListener('click', onClick);
  // End reaches the end of the page, though the lists on the way are laid out as it scrolls.
  const stopEnd = keepEndAtEnd();

  // Presentation mode and the presenter's window replace the article while they show.
  const deck = deckMode(root, { copy, Graphic, t, locale });
  const showMode = () => {
    const next = modeOf(window.location.search);
    if (next !== 'page') return deck.show(next);
    deck.hide();
    if (flat) renderHandout(true);
    else startStory();
    // Leaving presentation mode lands on the step it showed. Parsed, not decoded blindly: a
    // hostile hash (#%) is ignored, never thrown.
    const id = parseStepParam('', window.location.hash, stepIds);
    if (id) document.getElementById(id)?.scrollIntoView();
  };
  if (flat) story?.remove();
  const unsubscribe = onModeChange(showMode);
  showMode();
  /** Takes it all down again: listeners and the roots it made. */
  return () => {
    unsubscribe();
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', removeHandout);
    root.removeEventListener('click', onClick);
    stopEnd();
    deck.hide();
    handout.stop();
  };
};
