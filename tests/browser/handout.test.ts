// The print handout in a real browser: printed as a PDF (A4 and Letter) in every edition and read
// back with poppler (pdfinfo, pdftotext page by page, pdftoppm in grey), and the Print handout
// button on the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { steps } from '../../src/data/steps';
import { sources } from '../../src/data/sources';
import { glossary, questions } from '../../src/data/classroom';
import { locales } from '../../src/data/copy';
import { localeIds } from '../../src/data/copy/ids';
import { makeT } from '../../src/data/copy/text';
import { CANONICAL_URL } from '../../src/config';
import { chromiumPath, setupSite, waitLive } from './harness';
import { findText, greyLevels, pdfWords, toGrey } from './pdf';

const site = setupSite();
const stepIds = steps.map((s) => s.id);

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('[handout] pdftotext missing: apt-get install -y poppler-utils');
    console.warn('\n!!!!!!!! PRINT TESTS SKIPPED: no pdftotext (apt-get install -y poppler-utils) !!!!!!!!\n');
    return false;
  }
})();

describe.skipIf(!chromiumPath || !hasPdftotext)('print handout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));

  describe.each(localeIds)('the %s edition', (locale) => {
    const copy = locales[locale];
    const t = makeT(copy);
    it.each(['A4', 'Letter'] as const)(
      'prints on at most 10 %s pages every step, the timeline, glossary, questions and source URLs',
      async (format) => {
        // The width the handout prints at (the paper less its 14 mm margins), so what is measured
        // on the page before printing is what the PDF shows.
        const mm = 96 / 25.4;
        const paper = { A4: 210 * mm, Letter: 8.5 * 96 }[format];
        const page = await site.newPage({ viewport: { width: Math.round(paper - 28 * mm), height: 800 } });
        await page.goto(`${site.url()}${locale === 'en' ? '' : `${locale}/`}`);
        await waitLive(page);
        await page.emulateMedia({ media: 'print' });
        // What the browser does before printing: the handout renders, with one still graphic per step.
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await page.waitForFunction(
          (n) => document.querySelectorAll('.handout .handout__figure .map__svg').length === n,
          steps.length,
        );
        const layout = await page.evaluate(() => ({
          figures: document.querySelectorAll('.handout__figure').length,
          visibleControls: [
            ...document.querySelectorAll('button, .progress, .scrolly, .embed-panel, .lang-switch'),
          ].filter((el) => getComputedStyle(el).display !== 'none').length,
          // The areas' fills as printed, to find them in a greyscale render of a page.
          fills: ['.map-area--ua', '.map-area--ru', '.map-highlight'].map(
            (c) => getComputedStyle(document.querySelector(`.handout ${c}`)!).fill,
          ),
        }));
        expect(layout.figures).toBe(steps.length);
        expect(layout.visibleControls).toBe(0);
        // Measured before printing: printing fires afterprint, which takes the handout away.
        const figures = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.handout__figure')].map((f) => {
            const caption = f.querySelector(':scope > figcaption')!;
            return {
              words: caption.textContent!.trim().split(/\s+/),
              // CSS px from the figure's top to its caption's first line.
              above: caption.getBoundingClientRect().top - f.getBoundingClientRect().top,
            };
          }),
        );
        expect(figures).toHaveLength(steps.length);
        const pdf = await page.pdf({ format, printBackground: true });
        const file = join(dir, `handout-${locale}-${format}.pdf`);
        writeFileSync(file, pdf);
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
        console.info(`[handout] ${locale} ${format}: ${pages} pages`);
        expect(pages).toBeLessThanOrEqual(10);
        // In reading order, column by column (the lists are set in two columns).
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        const missing: string[] = [];
        const has = (s: string) => text.includes(s.replace(/\s+/g, ' '));
        for (const id of stepIds) if (!has(t(copy.steps[id].heading))) missing.push(`step ${id}`);
        for (const e of Object.values(copy.events)) if (!has(t(e.title))) missing.push(`event ${e.title}`);
        for (const id of Object.keys(glossary) as (keyof typeof glossary)[])
          if (!has(copy.glossary[id].term)) missing.push(`term ${id}`);
        for (const id of Object.keys(questions) as (keyof typeof questions)[]) {
          // Long questions wrap: check their first words.
          if (!has(copy.questions[id].split(' ').slice(0, 4).join(' '))) missing.push(`question ${id}`);
        }
        // URLs may break across lines in the PDF text: compare without whitespace, in the layout
        // text (the reading-order text joins a hyphen at a line's end to the next line).
        const compact = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        for (const [id, s] of Object.entries(sources)) if (!compact.includes(s.url)) missing.push(`source ${id}`);
        // The date line: published, and printed today.
        if (!has(copy.ui.page.printedOn.split('{date}')[0]!.trim())) missing.push('printed date');
        expect(missing).toEqual([]);
        expect(text).not.toContain(copy.ui.classroom.printHandout);
        expect(text).not.toContain(copy.ui.embed.copyCode);
        // Every page's footer: its number of the whole, and the explainer's address.
        const address = new URL(CANONICAL_URL).host;
        for (let n = 1; n <= pages; n++) {
          const one = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], {
            encoding: 'utf8',
          });
          if (!new RegExp(`(^|\\s)${n}\\s*/\\s*${pages}(\\s|$)`).test(one)) missing.push(`page ${n}: no page number`);
          if (!one.includes(address)) missing.push(`page ${n}: no address`);
        }
        expect(missing).toEqual([]);
        // One still graphic per step, and none split across pages, read from the PDF page by page:
        // each figure's caption (its last line) sits on a page with the whole figure above it.
        const words = pdfWords(file);
        // The page's top margin: where the highest word on any page starts.
        const top = Math.min(...words.map((w) => w.yMin));
        const split: string[] = [];
        // Captions repeat where pictures do: look for each after the one before.
        let from = 0;
        for (const [i, f] of figures.entries()) {
          const run = findText(words, f.words.join(' '), from);
          if (!run) {
            split.push(`figure ${i + 1}: caption not found in order`);
            continue;
          }
          from = run[1] + 1;
          const first = words[run[0]]!;
          const last = words[run[1]]!;
          if (last.page !== first.page) split.push(`figure ${i + 1}: its caption runs onto page ${last.page}`);
          // PDF points are 3/4 of a CSS pixel at the default scale.
          const figureTop = first.yMin - f.above * 0.75;
          if (figureTop < top - 3)
            split.push(`figure ${i + 1} starts ${(top - figureTop).toFixed(0)} pt above page ${first.page}`);
        }
        expect(split).toEqual([]);
        // The timeline list on one page: every event's title (in the list, after the steps) on the same.
        const listed = new Set<number>();
        const list = findText(words, `${copy.ui.timeline.heading} ${copy.ui.timeline.intro}`, from);
        if (!list) missing.push('the timeline list');
        for (const id of Object.keys(copy.events) as (keyof typeof copy.events)[]) {
          const run = findText(words, t(copy.events[id].title), list?.[1] ?? from);
          if (run) listed.add(words[run[0]]!.page);
          else missing.push(`timeline event ${id}`);
        }
        expect(missing).toEqual([]);
        expect([...listed]).toHaveLength(1);
        // On a school photocopier: page 2 in grey still shows Ukraine, Russia and the highlight,
        // each as its own grey, well apart.
        const greys = greyLevels(file, 2);
        const expected = layout.fills.map(toGrey);
        const share = expected.map((g) => greys.filter((v) => Math.abs(v - g) <= 4).length / greys.length);
        console.info(
          `[handout] ${locale} ${format}: greys ${expected.join(', ')} cover ${share.map((x) => (x * 100).toFixed(1)).join('%, ')}% of page 2`,
        );
        for (const x of share) expect(x).toBeGreaterThan(0.003);
        for (let a = 0; a < expected.length; a++)
          for (let b = a + 1; b < expected.length; b++)
            expect(Math.abs(expected[a]! - expected[b]!)).toBeGreaterThanOrEqual(25);
      },
    );
  });

  it('the Print handout button renders the handout and prints', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url());
    await waitLive(page);
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed = document.querySelectorAll('.handout__figure').length;
      };
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(steps.length);
  });
});
