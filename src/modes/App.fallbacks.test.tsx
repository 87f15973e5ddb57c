// @vitest-environment jsdom
// The page when something is missing: the map data (the story stays, the map says so), the
// IntersectionObserver nothing uses (the scroll story stays), ResizeObserver or matchMedia (an
// old browser: every step laid out flat with a still graphic), or a graphic that throws.
import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { likeACurrentBrowser } from './App.testing';
import { steps } from '../data/steps';
import { en } from '../data/copy/en';
import { makeT } from '../data/copy/text';
import LoadedGraphic from '../graphic/LoadedGraphic';
import { Graphic } from '../graphic/Graphic';
import type { GraphicSlotProps } from '../graphic/types';
import { GraphicBoundary } from '../graphic/GraphicBoundary';
import { createProgressStore } from '../scroll/progressStore';
import { startPage } from '../islands/page';

likeACurrentBrowser();

const NoMapData = (props: GraphicSlotProps) => <Graphic {...props} geo={null} />;

describe('<App locale="en">, with something missing', () => {
  it('keeps the story when the map data is missing', () => {
    render(<App locale="en" copy={en} Graphic={NoMapData} />);
    expect(screen.getByText(en.ui.map.loadError)).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(steps.length);
  });

  it('without IntersectionObserver (which nothing uses) keeps the scroll story', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const container = document.createElement('div');
    container.innerHTML = renderToString(<App locale="en" copy={en} Graphic={LoadedGraphic} />);
    document.body.append(container);
    let started = false;
    let stop = () => {};
    act(() => {
      stop = startPage({
        root: container,
        copy: en,
        t: makeT(en),
        locale: 'en',
        Graphic: LoadedGraphic,
        progress: createProgressStore(),
        startStory: () => {
          started = true;
        },
      });
    });
    expect(started).toBe(true);
    expect(container.querySelector('.scrolly')).not.toBeNull();
    expect(container.querySelector('.handout--screen')).toBeNull();
    act(() => stop());
    container.remove();
  });

  it.each(['ResizeObserver', 'matchMedia'])(
    'without %s lays every step out flat, each with a still graphic',
    (missing) => {
      vi.stubGlobal(missing, undefined);
      const container = document.createElement('div');
      container.innerHTML = renderToString(<App locale="en" copy={en} Graphic={LoadedGraphic} />);
      document.body.append(container);
      const progress = createProgressStore();
      let stop = () => {};
      act(() => {
        stop = startPage({
          root: container,
          copy: en,
          t: makeT(en),
          locale: 'en',
          Graphic: LoadedGraphic,
          progress,
          startStory: () => {
            throw new Error('an old browser gets no scroll story');
          },
        });
      });
      expect(container.querySelector('.scrolly')).toBeNull();
      const flat = container.querySelector('.handout--screen')!;
      expect(flat).toBeTruthy();
      for (const s of steps)
        expect(
          within(flat as HTMLElement).getByRole('heading', { name: en.steps[s.id].heading.replace(/\{.*?\}/g, '') }),
        ).toBeTruthy();
      expect(flat.querySelectorAll('.handout__figure')).toHaveLength(steps.length);
      // Taken down before the test ends, so no work of React's runs after its window has gone.
      act(() => stop());
      container.remove();
    },
  );
});

describe('<GraphicBoundary>', () => {
  it('shows the fallback when a graphic throws', () => {
    const Boom = () => {
      throw new Error('boom');
    };
    // React reports the caught error on the console; keep the test output clean.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      render(
        <GraphicBoundary fallback={<p>fallback</p>}>
          <Boom />
        </GraphicBoundary>,
      );
    } finally {
      quiet.mockRestore();
    }
    expect(screen.getByText('fallback')).toBeTruthy();
  });
});
