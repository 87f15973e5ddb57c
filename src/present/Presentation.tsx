// Presentation mode: one step per screen for a projector and a clicker. The same data and the
// same graphic as the scroll story, in another layout.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { steps } from '../data/steps';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import { formatNumber } from '../data/format';
import type { T } from '../data/copy/text';
import type { LocaleId } from '../data/copy/ids';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { GraphicBoundary } from '../graphic/GraphicBoundary';
import { StepContent } from '../components/StepContent';
import { Glossary, Questions } from '../components/TeacherLists';
import { move } from './keys';
import type { DialogId } from './Dialog';
import { DeckDialogs } from './DeckDialogs';
import { useDeckKeys } from './useDeckKeys';
import { useFullscreen } from './useFullscreen';
import { usePresenterWindow } from './usePresenterWindow';
import { navigate } from '../routing/mode';
import { slideAt, slideIndex, slides } from './slides';
import { useDeckChannel } from './useDeckChannel';
import { useFitText } from './useFitText';
import { Notes, slideHeading } from './Notes';
import { WordScaleContext, type WordScale } from '../graphic/wordScale';
import './present.css';

export type PresentationProps = { copy: StoryCopy; Graphic: GraphicComponent; t: T; locale: LocaleId };

const lastStep = steps[steps.length - 1] ?? steps[0];

/**
 * The graphic's words scale with the screen's height, for the back of a classroom: at 1080 px
 * the smallest (area names, years) is 20 px, place names 22 px; never smaller than on the page.
 */
const roomScale: WordScale = () => Math.max(1, Math.round((window.innerHeight / 640) * 100) / 100);

const Presentation = ({ copy, Graphic, t, locale }: PresentationProps) => {
  const { ui } = copy;
  const [index, setIndex] = useState(() => slideIndex(window.location.hash));
  const [black, setBlack] = useState(false);
  const [dialog, setDialog] = useState<DialogId | null>(null);
  const [notesOpen, setNotesOpen] = useState(false);
  const [message, setMessage] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLElement>(null);
  const slide = slideAt(index);
  useFitText(text, `${slide.id}:${notesOpen}`);
  const step = steps.find((s) => s.id === slide.id) ?? lastStep;

  // The address follows the slide (Back and Forward walk the slides; reload stays).
  const go = useCallback((i: number) => {
    const target = slides[i];
    if (!target) return;
    setIndex(i);
    if (window.location.hash !== `#${target.id}`) navigate('present', target.id);
  }, []);
  useEffect(() => {
    const onPop = () => setIndex(slideIndex(window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // The presenter window follows over a BroadcastChannel (told the slide on every change, and
  // when it says hello), and can drive the slides.
  const post = useDeckChannel((m, answer) => {
    if (m.type === 'go') go(m.index);
    else if (m.type === 'hello') answer({ type: 'slide', index });
  });
  useEffect(() => {
    post({ type: 'slide', index });
  }, [post, index]);

  useEffect(() => {
    if (bar.current) bar.current.style.transform = `scaleX(${((index + 1) / slides.length).toFixed(4)})`;
  }, [index]);

  useEffect(() => root.current?.focus(), []);

  const toggleFullscreen = useFullscreen(ui.deck.fullscreenRefused, setMessage);
  const openNotes = usePresenterWindow(useCallback(() => setNotesOpen((o) => !o), []));
  const leave = useCallback(() => navigate('page', step.id), [step.id]);
  const escape = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else if (black) setBlack(false);
    else leave();
  }, [black, leave]);
  const toggleBlack = useCallback(() => setBlack((b) => !b), []);
  useDeckKeys(root, {
    index,
    black,
    go,
    toggleFullscreen,
    toggleBlack,
    escape,
    openDialog: setDialog,
    openNotes,
  });

  const heading = slideHeading(slide, copy, t);
  const count = t(ui.deck.slideCount, {
    n: formatNumber(index + 1, ui.page.lang),
    total: formatNumber(slides.length, ui.page.lang),
  });

  return (
    <div
      className={`present present--${slide.kind}${notesOpen ? ' present--notes' : ''}`}
      ref={root}
      tabIndex={-1}
      role="region"
      aria-label={ui.deck.label}
      data-slide={slide.id}
    >
      <div className="present__progress" aria-hidden="true">
        <div className="present__bar" ref={bar} />
      </div>
      {slide.kind === 'step' && (
        <div className="present__graphic">
          <GraphicBoundary fallback={<p className="graphic__note">{ui.map.graphicError}</p>}>
            <Suspense fallback={null}>
              <WordScaleContext.Provider value={roomScale}>
                <Graphic state={step.graphic} copy={copy} />
              </WordScaleContext.Provider>
            </Suspense>
          </GraphicBoundary>
        </div>
      )}
      <main className="present__text" id="slide" ref={text}>
        {slide.kind === 'step' ? (
          <StepContent
            id={step.id}
            words={copy.steps[step.id]}
            sources={step.sources}
            ui={ui}
            t={t}
            variant="present"
          />
        ) : (
          <h1 className="present__heading">{heading}</h1>
        )}
        {slide.kind === 'glossary' && (
          <Glossary copy={copy} className="present__glossary" sourcesClassName="present__sources" range={slide.part} />
        )}
        {slide.kind === 'questions' && (
          <Questions
            copy={copy}
            className="present__questions"
            sourcesClassName="present__sources"
            range={slide.part}
          />
        )}
      </main>
      {notesOpen && (
        <aside className="present__notes" aria-label={ui.notes.heading}>
          <Notes copy={copy} index={index} t={t} />
        </aside>
      )}
      <nav className="present__controls" aria-label={ui.deck.label}>
        <button type="button" className="button" onClick={() => go(move(index, 'previous', slides.length))}>
          {ui.story.previous}
        </button>
        <button type="button" className="button" onClick={() => go(move(index, 'next', slides.length))}>
          {ui.story.next}
        </button>
        <button type="button" className="button" onClick={() => setDialog('help')} aria-keyshortcuts="?">
          {ui.deck.keysHeading}
        </button>
        <button type="button" className="button" onClick={leave} aria-keyshortcuts="Escape">
          {ui.deck.exit}
        </button>
        <LanguageSwitch locale={locale} label={ui.page.languageLabel} suffix={`?present#${slide.id}`} />
        <p className="present__count" aria-live="polite" aria-atomic="true">
          <span className="sr-only">{heading}. </span>
          {count}
        </p>
      </nav>
      {message && (
        <p className="present__message" role="alert">
          {message}
        </p>
      )}
      {black && (
        <div className="present__black" role="status">
          <span className="sr-only">{ui.deck.blackScreen}</span>
        </div>
      )}
      <DeckDialogs open={dialog} setOpen={setDialog} index={index} go={go} copy={copy} t={t} />
    </div>
  );
};

export default Presentation;
