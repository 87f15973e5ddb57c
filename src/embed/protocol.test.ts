import { describe, expect, it } from 'vitest';
import {
  heightMessages,
  mayReflow,
  parseChildId,
  parseChildMessage,
  parseTrackHint,
  parseParentMessage,
  pymMessage,
  visibleWindow,
} from './protocol';

const pym = (id: string, type: string, payload: string) => ['pym', id, type, payload].join('xPYMx');

describe('parseChildId', () => {
  it('reads the id a Pym parent or our loader adds', () => {
    expect(parseChildId('?initialWidth=600&childId=pym-box')).toBe('pym-box');
    expect(parseChildId('?childId=kursk-explainer-1&lang=ko')).toBe('kursk-explainer-1');
  });

  it.each(['', '?childId=', '?childId=a%20b', '?childId=<script>', `?childId=${'x'.repeat(65)}`, '?childId=%00'])(
    'refuses %s',
    (search) => expect(parseChildId(search)).toBeNull(),
  );
});

describe('parseParentMessage', () => {
  it('reads Pym width and viewport-iframe-position for our child', () => {
    expect(parseParentMessage(pym('c1', 'width', '640'), 'c1')).toEqual({ type: 'width', width: 640 });
    expect(parseParentMessage(pym('c1', 'viewport-iframe-position', '1280 800 -1200.5 16 3400 1264'), 'c1')).toEqual({
      type: 'position',
      position: { viewportWidth: 1280, viewportHeight: 800, top: -1200.5, left: 16, bottom: 3400, right: 1264 },
    });
  });

  it("reads frames' init", () => {
    expect(parseParentMessage({ sentinel: 'amp', type: 'frames-init' }, null)).toEqual({ type: 'frames-init' });
  });

  it('ignores messages for another child, or when it has no id', () => {
    expect(parseParentMessage(pym('c2', 'width', '640'), 'c1')).toBeNull();
    expect(parseParentMessage(pym('c1', 'width', '640'), null)).toBeNull();
  });

  const deep: Record<string, unknown> = {};
  let cur = deep;
  for (let i = 0; i < 10_000; i++) cur = cur.next = {} as Record<string, unknown>;
  const trap = {
    get sentinel(): string {
      throw new Error('getter');
    },
  };

  it.each([
    ['a number', 42],
    ['NaN', NaN],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['pym', 'c1']],
    ['a deep object', deep],
    ['an object with a throwing getter', trap],
    ['a huge string', pym('c1', 'width', '1'.repeat(1_000_000))],
    ['an empty string', ''],
    ['a wrong type', pym('c1', 'navigateTo', 'https://example.com/')],
    ['scrollToChildPos', pym('c1', 'scrollToChildPos', '200')],
    ['width NaN', pym('c1', 'width', 'NaN')],
    ['width negative', pym('c1', 'width', '-5')],
    ['width Infinity', pym('c1', 'width', 'Infinity')],
    ['width in exponent form', pym('c1', 'width', '1e9')],
    ['width with markup', pym('c1', 'width', '<img src=x onerror=alert(1)>')],
    ['position with five numbers', pym('c1', 'viewport-iframe-position', '1 2 3 4 5')],
    ['position with NaN', pym('c1', 'viewport-iframe-position', 'NaN 800 0 0 100 100')],
    ['position with a zero viewport', pym('c1', 'viewport-iframe-position', '1280 0 0 0 100 100')],
    ['position with a negative viewport', pym('c1', 'viewport-iframe-position', '-1280 800 0 0 100 100')],
    ['position upside down', pym('c1', 'viewport-iframe-position', '1280 800 500 0 100 100')],
    ['position out of range', pym('c1', 'viewport-iframe-position', '1280 800 -99999999 0 100 100')],
    ['position with markup', pym('c1', 'viewport-iframe-position', '1280 800 <b> 0 100 100')],
    ['an extra delimiter', `${pym('c1', 'width', '640')}xPYMx1`],
    ['amp embed-size (ours to send, not to receive)', { sentinel: 'amp', type: 'embed-size', height: 10 }],
    ['amp with another sentinel', { sentinel: 'pym', type: 'frames-init' }],
  ])('ignores %s', (_, data) => {
    expect(parseParentMessage(data, 'c1')).toBeNull();
  });
});

describe('messages to the parent', () => {
  it('sends Pym and AMP heights, rounded up and clamped', () => {
    expect(heightMessages(1234.2, 'c1')).toEqual([
      pym('c1', 'height', '1235'),
      { sentinel: 'amp', type: 'embed-size', height: 1235 },
    ]);
    expect(heightMessages(-3, null)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 0 }]);
  });

  it('builds a Pym request', () => {
    expect(pymMessage('c1', 'parentPositionInfo')).toBe('pymxPYMxc1xPYMxparentPositionInfoxPYMx');
  });

  it("turns the frame's box into the visible window in its own coordinates", () => {
    const p = { viewportWidth: 400, viewportHeight: 800, top: -1500, left: 0, bottom: 9000, right: 400 };
    expect(visibleWindow(p)).toEqual({ y: 1500, height: 800 });
  });
});

describe('parseChildMessage (what our loader hears from its frame)', () => {
  it('reads back every height the frame sends, and its request for the position', () => {
    for (const m of heightMessages(1234.2, 'c1'))
      expect(parseChildMessage(m, 'c1')).toEqual({ type: 'height', height: 1235 });
    expect(parseChildMessage(pymMessage('c1', 'parentPositionInfo'), 'c1')).toEqual({ type: 'position-request' });
  });

  it.each([
    ['another frame', pym('c2', 'height', '900')],
    ['a height of 0', pym('c1', 'height', '0')],
    ['a height past a real page', pym('c1', 'height', '1000000')],
    ['a number that is not one', pym('c1', 'height', '9e3')],
    ['a message too long to be real', pym('c1', 'height', '9'.repeat(600))],
    ['a Pym message with a part too many', `${pym('c1', 'height', '900')}xPYMxmore`],
    ['an unknown type', pym('c1', 'scroll', '900')],
    ['an AMP size that is a string', { sentinel: 'amp', type: 'embed-size', height: '900' }],
    ['an AMP size that is NaN', { sentinel: 'amp', type: 'embed-size', height: NaN }],
    [
      'an AMP size on a getter',
      Object.defineProperty({ sentinel: 'amp', type: 'embed-size' }, 'height', { get: () => 900 }),
    ],
    ['null', null],
    ['a number', 900],
  ])('ignores %s', (_, data) => expect(parseChildMessage(data, 'c1')).toBeNull());
});

describe('mayReflow', () => {
  const at = (top: number, height = 1000) => ({
    viewportWidth: 1280,
    viewportHeight: 800,
    top,
    left: 0,
    bottom: top + height,
    right: 1280,
  });
  it('lets the frame change its height while the reader has not reached it', () => {
    expect(mayReflow(at(1200))).toBe(true);
    expect(mayReflow(at(400))).toBe(true);
  });
  it('not once its top is in the upper half of the screen, or above it', () => {
    expect(mayReflow(at(399))).toBe(false);
    expect(mayReflow(at(0))).toBe(false);
    expect(mayReflow(at(-5000))).toBe(false);
  });
});

describe('parseTrackHint', () => {
  it('reads the parent viewport height our loader puts in the address', () => {
    expect(parseTrackHint('?childId=kursk-explainer-1&track&parentHeight=844')).toBe(844);
  });
  it.each([
    '?track&parentHeight=844',
    '?childId=a&parentHeight=844',
    '?childId=a&track',
    '?childId=a&track&parentHeight=0',
    '?childId=a&track&parentHeight=-5',
    '?childId=a&track&parentHeight=8e2',
    '?childId=a&track&parentHeight=99999999',
    '?childId=<x>&track&parentHeight=844',
    '?childId=a&track&parentHeight=%00',
  ])('refuses %s', (search) => expect(parseTrackHint(search)).toBeNull());
});
