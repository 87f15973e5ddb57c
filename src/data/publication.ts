// When the explainer was published, what changed since, and what was corrected: the dates the page
// shows under the dek ("Published … · Updated …"), the corrections note at its end, and the dates
// the share cards and the structured data carry (dateModified follows the latest entry). Each
// edition says in its own words what changed (`copy/{id}.publication.ts`, by the ids here).
import type { IsoDate } from './schema';

export type Update = { id: string; date: IsoDate };

export type Correction = { id: string; date: IsoDate };

export type Publication = {
  published: IsoDate;
  updates: readonly Update[];
  corrections: readonly Correction[];
};

export const publication = {
  published: '2026-11-26',
  updates: [{ id: 'exchangeReport', date: '2026-12-01' }],
  corrections: [
    { id: 'nisDate', date: '2026-12-01' },
    { id: 'asylumQuote', date: '2026-12-01' },
    { id: 'stanceQuote', date: '2026-12-01' },
    { id: 'sudzhaHeld', date: '2026-12-01' },
    { id: 'tradeAsFact', date: '2026-12-01' },
    { id: 'nptDate', date: '2026-12-01' },
    { id: 'choSpelling', date: '2026-12-01' },
  ],
} as const satisfies Publication;

export type UpdateId = (typeof publication.updates)[number]['id'];
export type CorrectionId = (typeof publication.corrections)[number]['id'];

/**
 * An edition's words for the record: what each update added; what was wrong and what is right;
 * and how the edition's words name what a correction is about, so the fact-check
 * (tests/unit/factcheck.test.ts) can keep the error from coming back in any edition.
 */
export type PublicationCopy = {
  updates: Readonly<Record<UpdateId, string>>;
  corrections: Readonly<Record<CorrectionId, { wrong: string; right: string }>>;
  names: {
    /**
     * South Korea's intelligence service (the NIS), as this edition's sentences name it, whole or
     * as a stem: no sentence that names it may carry the capture's date (`nisDate`).
     */
    nis: readonly [string, ...string[]];
  };
};

/** The latest date anything changed: the last update or correction, or the publication itself. */
export const dateModified = (p: Publication = publication): IsoDate =>
  [p.published, ...p.updates.map((u) => u.date), ...p.corrections.map((c) => c.date)].reduce((a, b) => (b > a ? b : a));

/** The date of the last update or correction, if any (the "Updated …" the page shows). */
export const lastUpdated = (p: Publication = publication): IsoDate | undefined => {
  const latest = dateModified(p);
  return latest === p.published ? undefined : latest;
};
