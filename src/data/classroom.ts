// Teacher materials: the glossary, the discussion questions, and which glossary term each step's
// note explains. Structure and sources here; the words are in each locale's copy
// (`glossary`, `questions`, `notes`), keyed by these ids.
import type { SourceId } from './sources';
import type { StepId } from './steps';

/** Each term with the sources its definition rests on. */
export const glossary = {
  npt: { sources: ['stateDept', 'wikiBudapest', 'yonhapKng'] },
  budapest: { sources: ['stateDept', 'wikiBudapest'] },
  pow: { sources: ['icrcGc3', 'icrcCommentary118', 'icrcNonRefoulement'] },
  defection: { sources: ['yonhapKng', 'kbsDefection', 'asiaEconomy'] },
  constitution: { sources: ['yonhapKng'] },
  kursk: { sources: ['apKesq', 'politicoKursk', 'dodKursk', 'kbsCapture'] },
  crimea: { sources: ['wikiCrimea', 'rferlCrimea'] },
} as const satisfies Record<string, { sources: readonly SourceId[] }>;

export type TermId = keyof typeof glossary;

/** Discussion questions, each with the sources students should weigh. */
export const questions = {
  bargaining: { sources: ['yonhapKng', 'rbcUkraine', 'joongangVideo'] },
  repatriation: { sources: ['icrcGc3', 'joongangVideo', 'kbsDefection', 'yonhapKng'] },
  pastAndPresent: { sources: ['yonhapKng', 'stateDept', 'wikiBudapest', 'rferlCrimea'] },
  troopFigures: { sources: ['kbsDeployment', 'dodKursk'] },
  mapLimits: {
    sources: [
      'kbsCapture',
      'joongangInterrogation',
      'moscowTimesSudzha',
      'kyivIndependentSudzha',
      'interfaxSudzha',
      'kyivIndependentWithdrawal',
    ],
  },
  prisonerVoices: { sources: ['joongangVideo', 'kbsDefection', 'asiaEconomy'] },
  interests: {
    sources: ['yonhapKng', 'joongangCall', 'kbsDefection', 'nkNewsConfirm', 'politicoAcknowledge'],
  },
} as const satisfies Record<string, { sources: readonly SourceId[] }>;

export type QuestionId = keyof typeof questions;

/** Per step: the glossary term its teacher note explains, if any. */
export const teacherNotes: Record<StepId, { term?: TermId }> = {
  capture: { term: 'kursk' },
  soldiers: { term: 'pow' },
  incursion: {},
  deployment: {},
  defection: { term: 'defection' },
  leverage: {},
  envoy: {},
  seoul: { term: 'constitution' },
  call: {},
  gains: {},
  aid: {},
  disarmament: { term: 'npt' },
  crimea: { term: 'crimea' },
  next: { term: 'pow' },
};
