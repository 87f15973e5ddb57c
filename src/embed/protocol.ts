// The messages an embedded explainer exchanges with the page around it, in the formats
// publishers' parents already speak: Pym.js strings and AMP / @newswire/frames objects.
// Everything that arrives is untrusted: parsing checks shape, type and range, and returns null
// for anything else (never throws).
import { paramsOf } from '../routing/address';

/** Pym.js joins a message's parts with this delimiter: pymx{id}x{type}x{payload}. */
export const PYM = 'xPYMx';
/** No genuine message is longer than this; anything longer is not parsed at all. */
export const MAX_MESSAGE = 512;
/** Ids a Pym parent or our loader give a child: short, plain. */
const CHILD_ID = /^[\w-]{1,64}$/;
/** Sizes and positions beyond this many CSS pixels are not a real page. */
export const MAX_PX = 1_000_000;

/** The child id from the query string (Pym parents add `childId`), or null when absent or odd. */
export const parseChildId = (search: string): string | null => {
  const id = paramsOf(search).get('childId');
  return id !== null && CHILD_ID.test(id) ? id : null;
};

/**
 * Our loader says in the frame's address that it follows scrolling (`track`) and how tall the
 * page's viewport is (`parentHeight`), so the frame starts in the scroll story at the right
 * height, before any message. Null unless both are there and well formed, with a child id.
 */
export const parseTrackHint = (search: string): number | null => {
  const params = paramsOf(search);
  const h = params.get('parentHeight') ?? '';
  if (!params.has('track') || parseChildId(search) === null || !/^\d{1,7}$/.test(h)) return null;
  const n = Number(h);
  return n > 0 && n <= MAX_PX ? n : null;
};

/** The iframe's place in the parent's viewport, as Pym's `viewport-iframe-position` gives it. */
export type ParentPosition = {
  viewportWidth: number;
  viewportHeight: number;
  /** The iframe's bounding box in the parent viewport (CSS px; negative when scrolled past). */
  top: number;
  left: number;
  bottom: number;
  right: number;
};

export type ParentMessage =
  { type: 'width'; width: number } | { type: 'position'; position: ParentPosition } | { type: 'frames-init' };

const finite = (s: string): number | null => {
  if (!/^-?\d{1,7}(\.\d{1,6})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) <= MAX_PX ? n : null;
};

const parsePosition = (payload: string): ParentPosition | null => {
  const parts = payload.trim().split(/\s+/);
  if (parts.length !== 6) return null;
  const n = parts.map(finite);
  if (n.some((v) => v === null)) return null;
  const [viewportWidth, viewportHeight, top, left, bottom, right] = n as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (viewportWidth <= 0 || viewportHeight <= 0 || bottom < top || right < left) return null;
  return { viewportWidth, viewportHeight, top, left, bottom, right };
};

/**
 * A message from the parent, if it is one we answer: Pym's `width` and
 * `viewport-iframe-position` (for our child id), and frames' `frames-init`.
 */
export const parseParentMessage = (data: unknown, childId: string | null): ParentMessage | null => {
  if (typeof data === 'string') {
    if (childId === null || data.length > MAX_MESSAGE) return null;
    const parts = data.split(PYM);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
    const [, , type, payload = ''] = parts;
    if (type === 'width') {
      const width = finite(payload.trim());
      return width !== null && width > 0 ? { type: 'width', width } : null;
    }
    if (type === 'viewport-iframe-position') {
      const position = parsePosition(payload);
      return position ? { type: 'position', position } : null;
    }
    return null;
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    // Read only these two own properties, so a getter or a huge object costs nothing.
    const sentinel = Object.getOwnPropertyDescriptor(data, 'sentinel')?.value;
    const type = Object.getOwnPropertyDescriptor(data, 'type')?.value;
    if (sentinel === 'amp' && type === 'frames-init') return { type: 'frames-init' };
  }
  return null;
};

/** A Pym.js message from the child: pym, id, type and payload joined by the delimiter. */
export const pymMessage = (childId: string, type: string, payload = '') => ['pym', childId, type, payload].join(PYM);

/** The height messages every parent understands: Pym's (when it gave us an id) and AMP's. */
export const heightMessages = (height: number, childId: string | null): unknown[] => {
  const h = Math.max(0, Math.min(MAX_PX, Math.ceil(height)));
  const amp = { sentinel: 'amp', type: 'embed-size', height: h };
  return childId ? [pymMessage(childId, 'height', String(h)), amp] : [amp];
};

/** What a parent hears from its frame: a height, or a request for the frame's position. */
export type ChildMessage = { type: 'height'; height: number } | { type: 'position-request' };

/**
 * A message from the frame `childId` (what heightMessages and the Pym position request send),
 * checked like every message; null for anything else.
 */
export const parseChildMessage = (data: unknown, childId: string): ChildMessage | null => {
  let h = NaN;
  if (typeof data === 'string') {
    if (data.length > MAX_MESSAGE) return null;
    const part = data.split(PYM);
    if (part.length !== 4 || part[0] !== 'pym' || part[1] !== childId) return null;
    if (part[2] === 'parentPositionInfo') return { type: 'position-request' };
    if (part[2] === 'height' && /^\d{1,7}$/.test(part[3] ?? '')) h = Number(part[3]);
  } else if (typeof data === 'object' && data !== null) {
    const field = (k: string): unknown => Object.getOwnPropertyDescriptor(data, k)?.value;
    if (field('sentinel') === 'amp' && field('type') === 'embed-size') {
      const height = field('height');
      if (typeof height === 'number') h = height;
    }
  }
  return Number.isFinite(h) && h > 0 && h < MAX_PX ? { type: 'height', height: Math.ceil(h) } : null;
};

/**
 * Where the story's reading window is, in the frame's own coordinates: the parent viewport's
 * top edge (negative above the frame) and its height.
 */
export const visibleWindow = (p: ParentPosition) => ({ y: -p.top, height: p.viewportHeight });

/**
 * Whether the frame may change its layout (and its height) now without moving what the reader
 * is looking at: its top is still in the lower half of the parent's viewport, or below it. Not
 * once the reader has reached it, nor when it is above (a browser without scroll anchoring
 * would move the page the reader is on).
 */
export const mayReflow = (p: ParentPosition) => p.top >= p.viewportHeight / 2;
