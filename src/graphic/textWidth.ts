// How wide a line of the graphic's words is, estimated without measuring the page: the map's
// labels and key and the timeline's labels are laid out with it, on the server and in the browser.

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * How much wider semi-bold text (font-weight 600: map places, the timeline's labels, the events in
 * focus) runs than textWidth's estimate for regular text.
 */
export const SEMIBOLD = 1.12;

/** Approximate rendered width of a line in system sans-serif, px (generous on purpose). */
export const textWidth = (text: string, fontSize: number): number => {
  let em = 0;
  for (const ch of text) {
    if (HANGUL.test(ch)) em += 1;
    // Cyrillic runs wider than Latin in the same face (ш, ю, щ, ж; bold capitals).
    else if (CYRILLIC.test(ch)) em += ch === ch.toUpperCase() ? 0.9 : 0.72;
    else if (ch === ' ') em += 0.3;
    // Capitals: area labels are bold capitals with letter-spacing.
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) em += 0.84;
    else em += 0.62;
  }
  return em * fontSize;
};
