// @vitest-environment jsdom
// The readiness mark (`data-settled`) is never set while a group whose target changed has not yet
// started its move. framer-motion starts a move in an effect, which the browser runs a frame or
// more after the change is committed: the mark must wait for it, not for a number of frames.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as draw } from 'preact';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { SETTLED_ATTR, SettleContext, useSettle, useSettleRoot, useSettleTarget } from './settle';

// Frames run only when the test says so.
let frames = new Map<number, FrameRequestCallback>();
let next = 0;
const runFrame = () => {
  const due = [...frames.values()];
  frames = new Map();
  for (const f of due) f(performance.now());
};
beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
    frames.set(++next, f);
    return next;
  });
  vi.stubGlobal('cancelAnimationFrame', (n: number) => frames.delete(n));
});
// Rendered with Preact itself, not a testing library's act(): act runs the effects at once,
// where a browser runs them in a task after the next frame.
let host: HTMLElement;
const render = (ui: ReactNode) => {
  draw(ui, host);
  return { rerender: (next: ReactNode) => draw(next, host) };
};
const graphic = () => host.querySelector<HTMLElement>('[data-graphic]')!;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  draw(null, host);
  host.remove();
  vi.unstubAllGlobals();
});

/** Stands in for framer-motion: starts the move in an effect, ends it when the test says so. */
const Animation = ({ target, moves, ended }: { target: string; moves: boolean; ended: (end: () => void) => void }) => {
  const settle = useSettle();
  const id = useId();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    if (!moves) return;
    settle?.start(id);
    ended(() => settle?.end(id));
  }, [target]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
};

const Mover = (props: { target: string; moves: boolean; ended: (end: () => void) => void; effects: () => void }) => {
  useSettleTarget(props.target, useId());
  const { effects } = props;
  // After every commit, once the effects above (and the child's) have run.
  useEffect(() => effects());
  return <Animation {...props} />;
};

const Root = ({ children }: { children: ReactNode }) => {
  const root = useRef<HTMLDivElement>(null);
  const settle = useSettleRoot(root, true);
  return (
    <SettleContext.Provider value={settle}>
      <div ref={root} data-graphic>
        {children}
      </div>
    </SettleContext.Provider>
  );
};

/** Resolves once the effects of the last commit have run. */
const effectsRun = () => {
  let done = () => {};
  const ran = new Promise<void>((r) => (done = r));
  return { ran, effects: () => done() };
};

const settled = (el: HTMLElement) => el.hasAttribute(SETTLED_ATTR);

describe('the readiness mark', () => {
  it('waits for a move that starts after the change is committed, then for its end', async () => {
    let end: (() => void) | null = null;
    const ended = (e: () => void) => (end = e);
    const first = effectsRun();
    const view = render(
      <Root>
        <Mover target="a" moves ended={ended} effects={first.effects} />
      </Root>,
    );
    await first.ran;
    runFrame();
    runFrame();
    expect(settled(graphic())).toBe(true);

    const next = effectsRun();
    view.rerender(
      <Root>
        <Mover target="b" moves ended={ended} effects={next.effects} />
      </Root>,
    );
    // Committed: the mark goes at once.
    expect(settled(graphic())).toBe(false);
    // Frames pass before the effects (and so the move's start) have run: still not settled.
    for (let i = 0; i < 4; i++) runFrame();
    expect(settled(graphic())).toBe(false);
    await next.ran;
    expect(end).not.toBeNull();
    for (let i = 0; i < 4; i++) runFrame();
    expect(settled(graphic())).toBe(false);
    end!();
    runFrame();
    runFrame();
    expect(settled(graphic())).toBe(true);
  });

  it('comes back after a change that moves nothing, once its effects have run', async () => {
    const ended = () => {};
    const first = effectsRun();
    const view = render(
      <Root>
        <Mover target="a" moves={false} ended={ended} effects={first.effects} />
      </Root>,
    );
    await first.ran;
    runFrame();
    runFrame();
    const next = effectsRun();
    view.rerender(
      <Root>
        <Mover target="b" moves={false} ended={ended} effects={next.effects} />
      </Root>,
    );
    runFrame();
    runFrame();
    expect(settled(graphic())).toBe(false);
    await next.ran;
    runFrame();
    runFrame();
    expect(settled(graphic())).toBe(true);
  });

  it('is not held by a group that went away before its effects ran', async () => {
    const first = effectsRun();
    const view = render(
      <Root>
        <Mover target="a" moves={false} ended={() => {}} effects={first.effects} />
      </Root>,
    );
    await first.ran;
    runFrame();
    runFrame();
    view.rerender(
      <Root>
        <Mover target="b" moves={false} ended={() => {}} effects={() => {}} />
      </Root>,
    );
    expect(settled(graphic())).toBe(false);
    view.rerender(<Root>{null}</Root>);
    runFrame();
    runFrame();
    expect(settled(graphic())).toBe(true);
  });

  it('is not held by a group that came and went before its effects ran', async () => {
    const first = effectsRun();
    const view = render(
      <Root>
        <Mover target="a" moves={false} ended={() => {}} effects={first.effects} />
      </Root>,
    );
    await first.ran;
    runFrame();
    runFrame();
    // A group mounted, and gone again before the browser ran its effects (a quick scroll).
    view.rerender(
      <Root>
        <Mover target="a" moves={false} ended={() => {}} effects={() => {}} />
        <Mover target="b" moves={false} ended={() => {}} effects={() => {}} />
      </Root>,
    );
    expect(settled(graphic())).toBe(false);
    const after = effectsRun();
    view.rerender(
      <Root>
        <Mover target="a" moves={false} ended={() => {}} effects={after.effects} />
      </Root>,
    );
    await after.ran;
    runFrame();
    runFrame();
    expect(settled(graphic())).toBe(true);
  });
});
