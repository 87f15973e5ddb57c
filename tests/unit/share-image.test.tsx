// The share images (scripts/share-image.mjs), drawn as the build draws them from each edition's
// server-rendered map: PNG, 1200×630, not blank, and the same bytes every time.
import { writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/data/copy/ids';
import { shareCard } from '../../src/entry-server';
import {
  SHARE_HEIGHT,
  SHARE_MAP_SIZE,
  SHARE_WIDTH,
  renderShareImage,
  shareFonts,
  wrap,
} from '../../scripts/share-image.mjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG's header (IHDR) and its pixels as RGBA rows (8-bit RGBA, no interlace: what resvg writes). */
const decode = (png: Buffer) => {
  let at = 8;
  const idat: Buffer[] = [];
  let header = { width: 0, height: 0, depth: 0, colour: 0 };
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR')
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        depth: data.readUInt8(8),
        colour: data.readUInt8(9),
      };
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const channels = { 2: 3, 6: 4 }[header.colour] ?? 0;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  const pixels = Buffer.alloc(header.height * stride);
  // Undo each row's filter (PNG spec, section 9).
  for (let y = 0; y < header.height; y++) {
    const filter = raw.readUInt8(y * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const v = raw.readUInt8(y * (stride + 1) + 1 + x);
      const a = x >= channels ? pixels.readUInt8(y * stride + x - channels) : 0;
      const b = y > 0 ? pixels.readUInt8((y - 1) * stride + x) : 0;
      const c = x >= channels && y > 0 ? pixels.readUInt8((y - 1) * stride + x - channels) : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      let paeth = c;
      if (pa <= pb && pa <= pc) paeth = a;
      else if (pb <= pc) paeth = b;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      pixels[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  return { ...header, channels, pixels };
};

/** Variance of the pixels' grey level: 0 for a blank image. */
const variance = ({ pixels, channels }: ReturnType<typeof decode>) => {
  let sum = 0;
  let squares = 0;
  const n = pixels.length / channels;
  for (let i = 0; i < pixels.length; i += channels) {
    const grey = (pixels.readUInt8(i) + pixels.readUInt8(i + 1) + pixels.readUInt8(i + 2)) / 3;
    sum += grey;
    squares += grey * grey;
  }
  return squares / n - (sum / n) ** 2;
};

/** Share of pixels that differ from the background colour at (0, 0). */
const inked = ({ pixels, channels }: ReturnType<typeof decode>) => {
  let differ = 0;
  const px = (i: number) => pixels.readUInt8(i);
  for (let i = 0; i < pixels.length; i += channels)
    if (Math.abs(px(i) - px(0)) + Math.abs(px(i + 1) - px(1)) + Math.abs(px(i + 2) - px(2)) > 24) differ++;
  return differ / (pixels.length / channels);
};

describe('wrap', () => {
  it('breaks at spaces within the width, counting Hangul wide', () => {
    expect(wrap('Not a bargaining chip', 16)).toEqual(['Not a bargaining', 'chip']);
    expect(wrap('협상 카드가 아니다', 8)).toEqual(['협상', '카드가', '아니다']);
  });
});

describe('the fonts', () => {
  it('fail with a clear message when none is found', () => {
    expect(() => shareFonts(['/nonexistent-fonts'])).toThrow(
      /fonts not found under \/nonexistent-fonts: DejaVuSans\.ttf/,
    );
  });
});

describe.each(localeIds)('the share image (%s)', (locale) => {
  const png: Buffer = renderShareImage(shareCard(locale, SHARE_MAP_SIZE));
  if (process.env.SHARE_IMAGE_OUT) writeFileSync(`${process.env.SHARE_IMAGE_OUT}/share-${locale}.png`, png);

  it('is a 1200×630 PNG', () => {
    expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
    const { width, height, depth } = decode(png);
    expect([width, height, depth]).toEqual([SHARE_WIDTH, SHARE_HEIGHT, 8]);
    expect([SHARE_WIDTH, SHARE_HEIGHT]).toEqual([1200, 630]);
  });

  it('is not blank: the map and the words are drawn', () => {
    const image = decode(png);
    expect(variance(image)).toBeGreaterThan(200);
    expect(inked(image)).toBeGreaterThan(0.2);
  });

  it('is the same bytes every time', () => {
    expect(renderShareImage(shareCard(locale, SHARE_MAP_SIZE)).equals(png)).toBe(true);
  });
});
