// Reading a printed PDF back, page by page, with poppler's pdftotext: words with their boxes and
// pages, to check where the browser broke the pages.
import { execFileSync } from 'node:child_process';

export type Word = { text: string; page: number; yMin: number };

/** Every word of `file` in reading order, with its 1-based page and its top in points. */
export const pdfWords = (file: string): Word[] => {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return html
    .split(/<page\b/)
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
        (m) => ({ page: i + 1, yMin: Number(m[1]), text: decode(m[2]!) }),
      ),
    );
};

/** Every pixel's grey level (0–255) of page `n` of `file`, rendered in greyscale at 50 dpi. */
export const greyLevels = (file: string, n: number): Uint8Array => {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', String(n), '-l', String(n), file]);
  // A binary PGM: "P5", width, height and the maximum value, then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`[pdf] pdftoppm gave no greyscale image for page ${n}`);
  const [, w, h] = header.map(Number);
  return new Uint8Array(pgm.subarray(header[0].length, header[0].length + w! * h!));
};

/** The grey a colour (`rgb(r, g, b)`) prints as: its luma, as poppler converts it. */
export const toGrey = (css: string): number => {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
};

/**
 * Where `text` next runs in `words`, from word `from`, spaces aside (pdftotext splits Hangul from
 * digits, "2025년" into "2025" and "년"): the indices of its first and last word, or null.
 */
export const findText = (words: readonly Word[], text: string, from = 0): [number, number] | null => {
  const want = text.replace(/\s+/g, '');
  let flat = '';
  const owner: number[] = [];
  for (let i = from; i < words.length; i++)
    for (const ch of words[i]!.text) {
      flat += ch;
      owner.push(i);
    }
  const at = flat.indexOf(want);
  return at < 0 ? null : [owner[at]!, owner[at + want.length - 1]!];
};
