import { describe, expect, it } from 'vitest';
import { buildViews } from './mapModel';
import { locatorLayout } from './Locator';
import { MAP_SIZES } from './mapSizes';

/** The map's box on the story's screens, and on a wide banner. */
const SIZES = [...MAP_SIZES, { width: 1000, height: 300 }];

describe('the locator', () => {
  it.each(SIZES)('draws every regional view’s box whole inside it at $width×$height', (size) => {
    const views = buildViews(size);
    const outside: string[] = [];
    for (const view of Object.values(views)) {
      if (view.id === 'wide') continue;
      const { w, h, corners } = locatorLayout(size, views, view);
      for (const [x, y] of corners)
        if (x < 0 || y < 0 || x > w || y > h)
          outside.push(`${view.id}: (${x.toFixed(1)}, ${y.toFixed(1)}) in ${w}×${h}`);
    }
    expect(outside).toEqual([]);
  });

  it('keeps one scale from view to view, and shows the wide view large in it', () => {
    const size = { width: 390, height: 730 };
    const views = buildViews(size);
    const scales = new Set(Object.values(views).map((v) => locatorLayout(size, views, v).s));
    expect(scales.size).toBe(1);
    // The wide view's own box fills most of the locator's width or height.
    const { w, h, corners } = locatorLayout(size, views, views.wide);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    expect(Math.max((Math.max(...xs) - Math.min(...xs)) / w, (Math.max(...ys) - Math.min(...ys)) / h)).toBeGreaterThan(
      0.7,
    );
  });
});
