// The full page's controls and its other modes, on the prerendered article: the progress bar,
// Present, Print handout and the snippets' Copy buttons (plain listeners, no React), and the
// layouts that render on demand from the data module, each in a React root of its own:
// presentation mode, the presenter's window, the print handout, and the flat layout for old
// browsers.
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { LazyMotion } from 'framer-motion';
import type { LocaleId } from '../data/copy/ids';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import { steps } from '../data/steps';
import { loadMotionFeatures } from '../graphic/motion';
import type { T } from '../data/copy/text';
import type { ProgressStore } from '../scroll/progressStore';
import { parseStepParam } from '../scroll/activeStep';
import { Handout } from '../components/Handout';
import { CANONICAL_URL } from '../config';
import { localeDir } from '../routing/lang';
import { modeOf, navigate, onModeChange, type PageMode } from '../routing/mode';

// Presentation mode's code and styles load only when a teacher presents.
const Presentation = lazy(() => import('../present/Presentation'));
const PresenterView = lazy(() => import('../present/PresenterView'));

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

const motion = (children: ReactNode) => (
  <StrictMode>
    <LazyMotion features={loadMotionFeatures} strict>
      {children}
    </LazyMotion>
  </StrictMode>
);

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
  const main = root.querySelector<HTMLElement>('main') ?? root;
  const story = root.querySelector<HTMLElement>('.scrolly');
  const flat = isOldBrowser();

  // The progress bar follows the story through the CSSOM: no render per frame.
  const bar = root.querySelector<HTMLElement>('.progress__bar');
  progress.subscribe((p) => {
    if (bar) bar.style.transform = `scaleX(${p.story.toFixed(4)})`;
  });

  // The print handout: rendered synchronously before the browser lays the page out for print.
  let handout: { root: Root; el: HTMLElement } | null = null;
  const renderHandout = (screen: boolean) => {
    if (handout) return;
    const el = document.createElement('div');
    el.className = 'handout-root';
    if (story?.isConnected) story.after(el);
    else main.prepend(el);
    handout = { root: createRoot(el), el };
    const h = handout;
    // The printed handout repeats the masthead's "Published … · Updated …" line, from the page.
    const published = root.querySelector('.masthead__dates')?.textContent?.trim() ?? '';
    flushSync(() =>
      h.root.render(motion(<Handout copy={copy} Graphic={Graphic} t={t} screen={screen} published={published} />)),
    );
  };
  const removeHandout = () => {
    if (!handout || flat) return;
    handout.root.unmount();
    handout.el.remove();
    handout = null;
  };
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
        if (status) status.textContent = ok ? ui.copied : ui.copyFailed;
      });
    }
  };
  root.addEventListener('click', onClick);

  // Presentation mode and the presenter's window replace the article while they show.
  let mode: { root: Root; el: HTMLElement; kind: PageMode } | null = null;
  const showMode = () => {
    const next = modeOf(window.location.search);
    if (mode && mode.kind !== next) {
      mode.root.unmount();
      mode.el.remove();
      mode = null;
    }
    if (next === 'page') {
      root.hidden = false;
      if (flat) renderHandout(true);
      else startStory();
      // Leaving presentation mode lands on the step it showed. Parsed, not decoded blindly: a
      // hostile hash (#%) is ignored, never thrown.
      const id = parseStepParam('', window.location.hash, stepIds);
      if (id) document.getElementById(id)?.scrollIntoView();
      return;
    }
    if (mode) return;
    root.hidden = true;
    const el = document.createElement('div');
    el.className = 'mode-root';
    root.after(el);
    mode = { root: createRoot(el), el, kind: next };
    mode.root.render(
      motion(
        <Suspense fallback={null}>
          {next === 'present' ? (
            <Presentation copy={copy} Graphic={Graphic} t={t} locale={locale} />
          ) : (
            <PresenterView copy={copy} t={t} />
          )}
        </Suspense>,
      ),
    );
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
    mode?.root.unmount();
    handout?.root.unmount();
  };
};
