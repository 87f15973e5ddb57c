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

/** Where the words of `phrase` next run in a row in `words`, from index `from`; -1 if nowhere. */
export const findRun = (words: readonly Word[], phrase: readonly string[], from = 0): number => {
  for (let i = from; i + phrase.length <= words.length; i++)
    if (phrase.every((w, j) => words[i + j]!.text === w)) return i;
  return -1;
};
