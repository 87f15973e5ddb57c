// The story's steps in reading order: which sources back each, and what the graphic shows.
// Their words are in the copy, keyed by step id.
import type { SourceId } from './sources';
import type { PlaceId } from './places';
import type { EventId } from './events';
import type { MapViewId } from './views';

export type Arc = { from: PlaceId; to: PlaceId; /** Label the arc with its great-circle length. */ distance?: true };

export type MapState = {
  view: MapViewId;
  /** Feature ids drawn highlighted (oblast codes like RU.KS, or N + ISO numeric code). */
  highlight: readonly string[];
  markers: readonly PlaceId[];
  /** Marked places whose label gets a second line, their status at this step (the copy's `placeNotes`). */
  notes?: readonly PlaceId[];
  arcs: readonly Arc[];
};

export type GraphicState = {
  map: MapState;
  /** Timeline events in focus at this step. */
  timeline: readonly EventId[];
};

export type StepDef = {
  id: string;
  sources: readonly SourceId[];
  graphic: GraphicState;
};

/** The Kursk region, highlighted, with Kursk, Sudzha and Sumy (no capture site: none is public). */
const KURSK_MAP = { view: 'kursk', highlight: ['RU.KS'], markers: ['kursk', 'sudzha', 'sumy'], arcs: [] } as const;

export const steps = [
  {
    id: 'capture',
    sources: ['kbsCapture', 'joongangInterrogation', 'apYahoo', 'afpNdtv'],
    graphic: { map: KURSK_MAP, timeline: ['capture'] },
  },
  {
    id: 'soldiers',
    sources: ['upiKyiv', 'joongangInterrogation', 'apAawsat', 'kbsInjuries', 'joongangVideo'],
    // Kyiv, where Zelensky said the two were taken; the zoom out shows how far from Kursk.
    graphic: {
      map: { view: 'ukraine', highlight: ['RU.KS'], markers: ['kursk', 'kyiv'], arcs: [] },
      timeline: ['video'],
    },
  },
  {
    id: 'incursion',
    sources: ['apKesq', 'politicoKursk', 'kbsDeployment', 'dodKursk'],
    // The border the incursion crossed: Sudzha just inside Russia, Sumy across it.
    graphic: {
      map: { view: 'kursk', highlight: ['RU.KS'], markers: ['sudzha', 'sumy'], arcs: [] },
      timeline: ['incursion'],
    },
  },
  {
    id: 'deployment',
    sources: ['kbsDeployment', 'dodKursk'],
    graphic: {
      map: {
        view: 'wide',
        highlight: ['N408'],
        markers: ['pyongyang', 'kursk'],
        arcs: [{ from: 'pyongyang', to: 'kursk', distance: true }],
      },
      timeline: ['deployment', 'pentagon'],
    },
  },
  {
    id: 'defection',
    sources: ['kbsDefection', 'asiaEconomy', 'yonhapKng'],
    graphic: {
      map: { view: 'wide', highlight: ['N410'], markers: ['kyiv', 'seoul'], arcs: [{ from: 'kyiv', to: 'seoul' }] },
      timeline: ['defection'],
    },
  },
  {
    id: 'leverage',
    sources: ['yonhapKng'],
    graphic: {
      map: { view: 'wide', highlight: ['UA', 'N410'], markers: ['kyiv', 'seoul', 'moscow'], arcs: [] },
      timeline: ['interview'],
    },
  },
  {
    id: 'envoy',
    sources: ['yonhapKng', 'rbcUkraine'],
    graphic: {
      map: { view: 'wide', highlight: ['UA'], markers: ['kyiv', 'seoul'], arcs: [] },
      timeline: ['interview'],
    },
  },
  {
    id: 'seoul',
    sources: ['yonhapKng'],
    graphic: {
      map: { view: 'koreas', highlight: ['N410'], markers: ['seoul'], arcs: [] },
      timeline: ['interview'],
    },
  },
  {
    id: 'call',
    sources: ['joongangCall', 'reutersCall', 'yonhapKng'],
    graphic: {
      map: {
        view: 'wide',
        highlight: ['UA', 'N410'],
        markers: ['kyiv', 'seoul'],
        arcs: [{ from: 'seoul', to: 'kyiv' }],
      },
      timeline: ['call'],
    },
  },
  {
    id: 'gains',
    sources: ['yonhapKng'],
    graphic: {
      map: {
        view: 'wide',
        highlight: ['N408', 'N643'],
        markers: ['moscow', 'pyongyang'],
        arcs: [{ from: 'moscow', to: 'pyongyang' }],
      },
      timeline: ['interview'],
    },
  },
  {
    id: 'aid',
    sources: ['yonhapKng', 'wikiInvasion'],
    graphic: {
      map: { view: 'wide', highlight: ['UA', 'N410'], markers: ['kyiv', 'seoul'], arcs: [] },
      timeline: ['invasion'],
    },
  },
  {
    id: 'disarmament',
    sources: ['yonhapKng', 'stateDept', 'wikiBudapest'],
    graphic: {
      map: { view: 'ukraine', highlight: ['UA'], markers: ['kyiv'], arcs: [] },
      timeline: ['budapest'],
    },
  },
  {
    id: 'crimea',
    sources: ['yonhapKng', 'wikiCrimea', 'rferlCrimea'],
    graphic: {
      map: { view: 'crimea', highlight: ['UA.KR', 'UA.SC'], markers: [], arcs: [] },
      timeline: ['crimea'],
    },
  },
  {
    id: 'next',
    sources: [
      'yonhapKng',
      'moscowTimesSudzha',
      'kyivIndependentSudzha',
      'interfaxSudzha',
      'kyivIndependentWithdrawal',
      'nkNewsConfirm',
      'politicoAcknowledge',
      'pravdaExchange',
    ],
    // Sudzha, with what became of it in March 2025 (the sources above).
    graphic: {
      map: { view: 'kursk', highlight: ['RU.KS'], markers: ['kursk', 'sudzha'], notes: ['sudzha'], arcs: [] },
      timeline: ['sudzha', 'russiaConfirms', 'northKoreaConfirms', 'leftOutOfExchange'],
    },
  },
] as const satisfies readonly StepDef[];

export type StepId = (typeof steps)[number]['id'];
