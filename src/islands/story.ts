// The scroll story, live, on its prerendered markup (components/Scrolly.tsx): no React. It keeps
// one step active (the card's `is-active`, the section's `data-active`), announces a new step's
// heading to screen readers, and drives that from the page's scrolling, from a parent page's
// reports (an embed that follows the parent), or from Previous and Next (the embed's stepper).
import { steps } from '../data/steps';
import { parseStepParam } from '../scroll/activeStep';
import { followSteps } from '../scroll/followSteps';
import type { ProgressStore } from '../scroll/progressStore';
import type { ExternalViewport, Viewport } from '../scroll/viewport';
import type { EmbedChild } from '../embed/child';

const ids: readonly string[] = steps.map((s) => s.id);
const last = steps.length - 1;

export type ActiveStep = {
  get: () => number;
  subscribe: (listener: () => void) => () => void;
};

export type StoryOptions = {
  section: HTMLElement;
  progress: ProgressStore;
  /** "Step 3 of 14" for a step index, in the edition's words. */
  count: (index: number) => string;
  /** In an embed: its link to the parent page (the layout, the parent's viewport). */
  embed?: EmbedChild | null;
};

export type Story = { active: ActiveStep; stop: () => void };

/**
 * Keeps the graphic in the parent's viewport when the frame cannot scroll (and so `sticky`
 * cannot work): a transform per report, no layout. Returns the stop.
 */
const followGraphic = (section: HTMLElement, graphic: HTMLElement, viewport: Viewport) => {
  let frame = 0;
  const place = () => {
    frame = 0;
    const view = viewport.read();
    if (!view) return;
    const box = section.getBoundingClientRect();
    const top = box.top + window.scrollY;
    const room = Math.max(0, box.height - graphic.offsetHeight);
    const y = Math.min(room, Math.max(0, view.y - top));
    graphic.style.transform = `translate3d(0, ${y.toFixed(1)}px, 0)`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  place();
  const unsubscribe = viewport.subscribe(schedule);
  return () => {
    unsubscribe();
    if (frame) cancelAnimationFrame(frame);
    graphic.style.transform = '';
  };
};

/** Starts the story on `section`; null if its markup is not the prerendered story's. */
export const startStory = ({ section, progress, count, embed }: StoryOptions): Story | null => {
  const list = section.querySelector<HTMLElement>('.scrolly__steps');
  const graphic = section.querySelector<HTMLElement>('.scrolly__graphic');
  if (!list || !graphic) return null;
  const announce = section.querySelector<HTMLElement>('.scrolly__announce');
  const nav = section.querySelector<HTMLElement>('.stepper');
  const buttons = Array.from(section.querySelectorAll<HTMLButtonElement>('.stepper__button'));
  const counter = section.querySelector<HTMLElement>('.stepper__count');
  const listeners = new Set<() => void>();
  let active = 0;

  const show = (index: number) => {
    const i = Math.max(0, Math.min(last, index));
    if (i === active) return;
    list.children[active]?.classList.remove('is-active');
    list.children[i]?.classList.add('is-active');
    active = i;
    section.dataset.active = ids[i];
    // Announce the step heading when it changes, not on load.
    const heading = list.children[i]?.querySelector('h2');
    if (announce && heading) announce.textContent = heading.textContent;
    if (counter) counter.textContent = count(i);
    buttons.forEach((b) => b.setAttribute('aria-disabled', String(Number(b.dataset.move) < 0 ? i === 0 : i === last)));
    listeners.forEach((l) => l());
  };

  let stopLayout = () => {};
  const stepper = () => {
    // ?step=id or #id opens the stepper on that step.
    const linked = parseStepParam(window.location.search, window.location.hash, ids);
    if (linked) show(ids.indexOf(linked));
    const onClick = (e: Event) => {
      const button = (e.target as Element | null)?.closest<HTMLButtonElement>('.stepper__button');
      if (button) show(active + Number(button.dataset.move));
    };
    nav?.addEventListener('click', onClick);
    return () => nav?.removeEventListener('click', onClick);
  };
  const follow = (viewport?: ExternalViewport) => {
    const stop = followSteps({ list, ids, progress, viewport, onActive: show });
    const unfollow = viewport ? followGraphic(section, graphic, viewport) : () => {};
    return () => {
      stop();
      unfollow();
    };
  };
  const layout = () => {
    stopLayout();
    const next = embed ? embed.layout() : 'scroll';
    section.className = `scrolly scrolly--${next}`;
    section.dataset.layout = next;
    stopLayout = next === 'stepper' ? stepper() : follow(next === 'track' ? embed?.viewport : undefined);
  };
  layout();
  const unsubscribe = embed?.subscribe(() => {
    if (section.dataset.layout !== embed.layout()) layout();
  });
  section.dataset.live = '';

  return {
    active: {
      get: () => active,
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
    stop: () => {
      unsubscribe?.();
      stopLayout();
    },
  };
};
