// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { likeACurrentBrowser } from './App.testing';
import { steps } from '../data/steps';
import { events } from '../data/events';
import { sources } from '../data/sources';
import { en } from '../data/copy/en';
import LoadedGraphic from '../graphic/LoadedGraphic';
import { renderToString } from 'react-dom/server';
import { makeT } from '../data/copy/text';
import { createProgressStore } from '../scroll/progressStore';
import { startStory } from '../islands/story';
import { mountGraphic } from '../islands/graphic';
import { stepCount } from '../components/Scrolly';

/**
 * The page as the browser gets it: the server's HTML, with the story's islands started on it
 * (the scroll engine, and the graphic hydrated as a root of its own).
 */
const live = async () => {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<App locale="en" copy={en} Graphic={LoadedGraphic} />);
  document.body.append(container);
  const section = container.querySelector<HTMLElement>('.scrolly')!;
  const t = makeT(en);
  const story = startStory({ section, progress: createProgressStore(), count: (i) => stepCount(en, t, i) });
  if (!story) throw new Error('no story in the markup');
  let root: ReturnType<typeof mountGraphic> | undefined;
  await act(async () => {
    root = mountGraphic(section.querySelector<HTMLElement>('.scrolly__graphic')!, {
      copy: en,
      Graphic: LoadedGraphic,
      active: story.active,
      embed: false,
    });
  });
  // Unmounted before the test ends: React's remaining work (the graphic's boundaries hydrate in
  // tasks of their own) must not run after the test's window has gone.
  const stop = () => {
    story.stop();
    act(() => root?.unmount());
    container.remove();
  };
  return { container, stop };
};

likeACurrentBrowser();

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

/** Lays the steps out 1000 px apart and scrolls the reading line into step `index`. */
const scrollToStep = async (container: HTMLElement, index: number) => {
  const items = container.querySelectorAll<HTMLLIElement>('.scrolly__steps > li');
  items.forEach((li, i) => {
    li.getBoundingClientRect = () =>
      ({ top: i * 1000 - window.scrollY, bottom: i * 1000 + 600 - window.scrollY }) as DOMRect;
  });
  await act(async () => {
    window.scrollY = index * 1000 + 10;
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
  });
};

describe('<App locale="en">', () => {
  it('renders the headline, one heading per step, the timeline and the sources', () => {
    render(<App locale="en" copy={en} Graphic={LoadedGraphic} />);
    expect(screen.getByRole('heading', { level: 1, name: en.ui.page.headline })).toBeTruthy();
    for (const s of steps)
      expect(
        screen.getByRole('heading', { level: 2, name: en.steps[s.id].heading.replace(/\{.*?\}/g, '') }),
      ).toBeTruthy();
    const timeline = screen.getByRole('region', { name: en.ui.timeline.heading });
    const items = within(timeline).getAllByRole('listitem');
    expect(items).toHaveLength(Object.keys(events).length);
    for (const item of items)
      expect(item.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}/);
    const sourceList = screen.getByRole('region', { name: en.ui.sources.heading });
    for (const s of Object.values(sources)) expect(within(sourceList).getByRole('link', { name: s.url })).toBeTruthy();
  });

  it('gives each step its sources as links and its graphic a text alternative', () => {
    const { container } = render(<App locale="en" copy={en} Graphic={LoadedGraphic} />);
    for (const s of steps) {
      const article = screen.getByRole('article', { name: en.steps[s.id].heading.replace(/\{.*?\}/g, '') });
      expect(
        within(article)
          .getAllByRole('link')
          .map((a) => a.getAttribute('href')),
      ).toEqual(s.sources.map((id) => sources[id].url));
      expect(article.querySelector('.sr-only')?.textContent).toContain(en.ui.map.graphicLabel);
    }
    expect(container.querySelector('.graphic')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('starts on the first step: Kursk map, capture in focus', () => {
    const { container } = render(<App locale="en" copy={en} Graphic={LoadedGraphic} />);
    expect(container.querySelector('.scrolly')?.getAttribute('data-active')).toBe('capture');
    expect(container.querySelector('.map')?.getAttribute('data-view')).toBe('kursk');
    expect(container.querySelector('.timeline')?.getAttribute('data-focus')).toBe('capture');
    expect(container.querySelector('#capture')?.classList.contains('is-active')).toBe(true);
  });

  it('follows the scroll: the map and timeline show the step under the reading line', async () => {
    const { container, stop } = await live();
    expect(container.querySelector('.scrolly')?.hasAttribute('data-live')).toBe(true);
    const i = steps.findIndex((s) => s.id === 'deployment');
    await scrollToStep(container, i);
    expect(container.querySelector('.scrolly')?.getAttribute('data-active')).toBe('deployment');
    // The graphic follows in a task of its own, after the frame that noticed the step (islands/hold.ts).
    await vi.waitFor(() => expect(container.querySelector('.map')?.getAttribute('data-view')).toBe('wide'));
    expect(container.querySelector('.timeline')?.getAttribute('data-focus')).toBe('deployment pentagon');
    // A jump far ahead lands on that step's state directly; so soon after the last change, the
    // graphic first waits to see that the reader stays there (islands/hold.ts).
    await scrollToStep(container, steps.length - 2);
    await vi.waitFor(() => expect(container.querySelector('.map')?.getAttribute('data-view')).toBe('crimea'));
    expect(container.querySelector('.timeline')?.getAttribute('data-focus')).toBe(
      steps[steps.length - 2]!.graphic.timeline.join(' '),
    );
    expect(screen.getByText(en.steps.crimea.heading, { selector: '.sr-only[aria-live]' })).toBeTruthy();
    expect(container.querySelectorAll('.scrolly__steps > .is-active')).toHaveLength(1);
    stop();
  });
});
