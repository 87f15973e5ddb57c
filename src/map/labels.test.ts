import { describe, expect, it } from 'vitest';
import { placeLabels, splitLine, type LabelInput } from './labels';
import { textWidth } from '../graphic/textWidth';

const place = (id: string, x: number, y: number): LabelInput => ({
  id,
  lines: [id],
  x,
  y,
  kind: 'place',
  fontSize: 13,
});

describe('placeLabels(labels, width, height)', () => {
  it('keeps labels apart and inside the map', () => {
    const labels = [
      place('Kursk', 160, 100),
      place('Sudzha', 150, 110),
      place('Sumy', 140, 120),
      place('Kyiv', 300, 20),
    ];
    const placed = placeLabels(labels, 320, 200);
    for (const a of placed) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(320);
      expect(a.box.y0).toBeGreaterThanOrEqual(0);
      expect(a.box.y1).toBeLessThanOrEqual(200);
      for (const b of placed)
        if (a !== b)
          expect(a.box.x1 <= b.box.x0 || b.box.x1 <= a.box.x0 || a.box.y1 <= b.box.y0 || b.box.y1 <= a.box.y0).toBe(
            true,
          );
    }
  });

  it("sets a country's name under its place's name, aligned with it, as a label of its own", () => {
    const pyongyang = { ...place('Pyongyang', 300, 100), under: { id: 'area:nk', text: 'NORTH KOREA', fontSize: 12 } };
    const placed = placeLabels([pyongyang], 320, 200);
    expect(placed.map((p) => p.id)).toEqual(['Pyongyang', 'area:nk']);
    const [name, country] = placed as [(typeof placed)[number], (typeof placed)[number]];
    expect(country.anchor).toBe(name.anchor);
    expect(country.x).toBe(name.x);
    // Under it, a line down, clear of it, inside the map.
    expect(country.box.y0).toBeGreaterThanOrEqual(name.box.y1 - 0.01);
    expect(Math.abs(country.y - name.y - 13 * 1.2)).toBeLessThan(1);
    expect(country.box.x1).toBeLessThanOrEqual(320);
    expect(country.box.x1 - country.box.x0).toBeGreaterThan(textWidth('NORTH KOREA', 12));
    // The country's name is held to an area's rules: where it may not go, neither does the pair.
    const refused = placeLabels([pyongyang], 320, 200, 0, [], [], (l) => l.id === 'area:nk');
    expect(refused).toEqual([]);
  });

  it('flips a label left of its marker at the right edge', () => {
    const [kyiv] = placeLabels([place('Pyongyang', 310, 100)], 320, 200);
    expect(kyiv?.anchor).toBe('end');
  });

  it('drops a label that cannot fit rather than overlap', () => {
    const placed = placeLabels([place('A long place name here', 10, 10)], 40, 20);
    expect(placed).toEqual([]);
  });

  it('keeps labels off a route: a place label leaves its marker on the side the route does not', () => {
    // A route running east from Kursk's marker, through where its label would sit by default.
    const route: [number, number][] = [
      [160, 100],
      [240, 104],
      [300, 110],
    ];
    const [alone] = placeLabels([place('Kursk', 160, 100)], 320, 200);
    expect(alone?.anchor).toBe('start');
    const [kursk] = placeLabels([place('Kursk', 160, 100)], 320, 200, 0, [], [route]);
    expect(kursk?.anchor).toBe('end');
    // An area label the route runs through moves a line up or down, clear of it.
    const area: LabelInput = { id: 'RUSSIA', lines: ['RUSSIA'], x: 240, y: 104, kind: 'area', fontSize: 12 };
    const [moved] = placeLabels([area], 320, 200, 0, [], [route]);
    expect(moved).toBeDefined();
    expect(moved!.box.y1 < 104 - 2 || moved!.box.y0 > 104 + 2).toBe(true);
  });

  it('nudges area labels inside the edges', () => {
    const [area] = placeLabels(
      [{ id: 'SOUTH KOREA', lines: ['SOUTH KOREA'], x: 315, y: 100, kind: 'area', fontSize: 12 }],
      320,
      200,
    );
    expect(area?.box.x1).toBeLessThanOrEqual(320);
  });
});

describe('textWidth', () => {
  it('measures Hangul wider than Latin', () => {
    expect(textWidth('쿠르스크', 10)).toBeGreaterThan(textWidth('Kurs', 10));
  });
});

describe('splitLine(text, n, fontSize)', () => {
  it('splits at plain spaces into lines as even as they can be', () => {
    expect(splitLine('retaken by Russia, March 2025', 2, 13)).toEqual(['retaken by Russia,', 'March 2025']);
    expect(splitLine('a b c', 3, 13)).toEqual(['a', 'b', 'c']);
  });
  it('keeps words joined by a no-break space together, and gives up with too few words', () => {
    expect(splitLine('в березні 2025\u00a0р.', 3, 13)).toEqual(['в', 'березні', '2025\u00a0р.']);
    expect(splitLine('Sudzha', 2, 13)).toBeNull();
  });
});

describe('a place with a note on a narrow map', () => {
  it('splits the note rather than leave the place unnamed', () => {
    const sudzha: LabelInput = { ...place('Sudzha', 20, 100), lines: ['Sudzha', 'retaken by Russia, March 2025'] };
    const [label] = placeLabels([sudzha], 240, 200);
    expect(label?.lines).toEqual(['Sudzha', 'retaken by Russia,', 'March 2025']);
    expect(label!.box.x1).toBeLessThanOrEqual(240);
  });
});

describe('names and outlines', () => {
  const area = (id: string, x: number, y: number): LabelInput => ({
    id,
    lines: [id],
    x,
    y,
    kind: 'area',
    fontSize: 12,
  });
  it('moves an area’s name off an outline it would sit astride, or leaves it out', () => {
    // An outline along y = 100: a name centred on it is astride; one a line above is clear.
    const astride = (_: LabelInput, b: { y0: number; y1: number }) => b.y0 < 100 && b.y1 > 100;
    const [moved] = placeLabels([area('RUSSIA', 100, 100)], 300, 300, 0, [], [], astride);
    expect(moved!.box.y1).toBeLessThanOrEqual(100);
    expect(placeLabels([area('RUSSIA', 100, 100)], 300, 300, 0, [], [], () => true)).toEqual([]);
    // A place's name is never moved for an outline: its marker may sit on a border.
    expect(placeLabels([place('Sudzha', 100, 100)], 300, 300, 0, [], [], () => true)).toHaveLength(1);
  });

  it('sets an area’s name beside its point where it is taken above and below (a small country by the sea)', () => {
    // Everything within a column through the point rejected: the name goes level with the point,
    // to one side, clear of it.
    const column = (_: LabelInput, b: { x0: number; x1: number }) => b.x0 < 150 && b.x1 > 150;
    const [beside] = placeLabels([area('KOREA', 150, 150)], 300, 300, 0, [], [], column);
    expect(beside).toBeDefined();
    expect(beside!.box.x0 >= 150 || beside!.box.x1 <= 150).toBe(true);
    expect(beside!.box.y0).toBeLessThan(150);
    expect(beside!.box.y1).toBeGreaterThan(150);
  });

  it('sets an area’s shorter name only where its name does not fit, on one line or two', () => {
    const korea = { ...area('NORTH KOREA', 45, 10), short: 'N. KOREA' };
    // Room for one line, too narrow for the name itself: the shorter name.
    expect(placeLabels([korea], 90, 20)[0]?.lines).toEqual(['N. KOREA']);
    // Room for the name: the name.
    expect(placeLabels([{ ...korea, x: 75 }], 150, 20)[0]?.lines).toEqual(['NORTH KOREA']);
  });

  it('sets a place’s note beside its marker on more lines before setting it below on one', () => {
    const sudzha: LabelInput = { ...place('Sudzha', 160, 40), lines: ['Sudzha', 'retaken by Russia, March 2025'] };
    const [label] = placeLabels([sudzha], 320, 300);
    expect(label?.anchor).toBe('start');
    expect(label!.lines.length).toBeGreaterThan(2);
  });
});

describe('a place’s side of a border', () => {
  it('sets a name where `prefer` allows, and still sets it where nothing is preferred', () => {
    const westOnly = (_: LabelInput, b: { x0: number }) => b.x0 < 100;
    const [kursk] = placeLabels([place('Kursk', 100, 100)], 300, 300, 0, [], [], undefined, westOnly);
    expect(kursk?.anchor).toBe('end');
    const [anywhere] = placeLabels([place('Kursk', 100, 100)], 300, 300, 0, [], [], undefined, () => false);
    expect(anywhere?.anchor).toBe('start');
  });

  it('sets a name where `prefer` scores highest, the first such place when several tie', () => {
    // Left of the marker scores 1, below it 2: below wins over the first choice (right, 0).
    const score = (_: LabelInput, b: { x0: number; y0: number }) => {
      if (b.y0 > 105) return 2;
      return b.x0 < 100 ? 1 : 0;
    };
    const [below] = placeLabels([place('Kursk', 100, 100)], 300, 300, 0, [], [], undefined, score);
    expect(below?.anchor).toBe('middle');
    expect(below!.box.y0).toBeGreaterThan(100);
    const [left] = placeLabels([place('Kursk', 100, 100)], 300, 300, 0, [], [], undefined, (_, b) =>
      b.x0 < 100 ? 1 : 0,
    );
    expect(left?.anchor).toBe('end');
  });
});
