// When the explainer was published, what changed since, and what was corrected: the dates the page
// shows under the dek ("Published … · Updated …"), the corrections note at its end, and the dates
// the share cards and the structured data carry (dateModified follows the latest entry).
import type { LocaleId } from './copy/ids';
import type { IsoDate } from './schema';

/** One text in every edition. */
export type PerEdition = Readonly<Record<LocaleId, string>>;

export type Update = {
  date: IsoDate;
  /** What changed. */
  what: PerEdition;
};

export type Correction = {
  date: IsoDate;
  /** What an earlier version said that was wrong. */
  wrong: PerEdition;
  /** What is right, as the explainer now says it. */
  right: PerEdition;
};

export type Publication = {
  published: IsoDate;
  updates: readonly Update[];
  corrections: readonly Correction[];
};

export const publication = {
  published: '2026-11-26',
  updates: [
    {
      date: '2026-12-01',
      what: {
        en: 'Added the May 27, 2025 report that the two men were left out of a prisoner exchange at Seoul’s request, and the principle of non-refoulement to the glossary.',
        ko: '두 사람이 한국 정부의 요청으로 포로 교환 대상에서 빠졌다는 2025년 5월 27일 보도와, 용어 설명에 강제송환 금지 원칙을 추가했다.',
        uk: 'Додано повідомлення від 27 травня 2025 року про те, що двох чоловіків на прохання Сеула не включили до обміну полоненими, а до словника — принцип невидворення.',
      },
    },
  ],
  corrections: [
    {
      date: '2026-12-01',
      wrong: {
        en: 'An earlier version dated South Korea’s confirmation of the capture January 9, 2025.',
        ko: '이전 버전은 한국 정부가 생포를 확인한 날짜를 2025년 1월 9일로 적었다.',
        uk: 'У попередній версії датою підтвердження полону Південною Кореєю було вказано 9 січня 2025 року.',
      },
      right: {
        en: 'South Korea’s intelligence service confirmed it on January 12, 2025; it said the men were captured on January 9.',
        ko: '국가정보원은 2025년 1월 12일에 생포를 확인했으며, 두 사람이 1월 9일에 생포됐다고 밝혔다.',
        uk: 'Національна розвідувальна служба Південної Кореї підтвердила його 12 січня 2025 року; за її даними, чоловіків узяли в полон 9 січня.',
      },
    },
    {
      date: '2026-12-01',
      wrong: {
        en: 'A heading and a timeline entry put in quotation marks words about going to South Korea that no one is on record as saying.',
        ko: '제목과 연표 항목 하나가 한국에 가고 싶다는, 누구도 그대로 말한 적 없는 문장을 따옴표 안에 넣었다.',
        uk: 'Заголовок і запис на часовій шкалі подавали в лапках слова про виїзд до Південної Кореї, яких ніхто дослівно не казав.',
      },
      right: {
        en: 'They now paraphrase the soldier without quotation marks; the story quotes only the words Chosun Ilbo printed in English.',
        ko: '이제 병사의 말을 따옴표 없이 풀어 쓰고, 본문은 조선일보가 영어로 보도한 문장만 인용한다.',
        uk: 'Тепер слова солдата переказано без лапок; у тексті цитуються лише слова, які Chosun Ilbo надрукувала англійською.',
      },
    },
    {
      date: '2026-12-01',
      wrong: {
        en: 'Headings put a paraphrase of the ambassador’s stance in quotation marks, and the Korean title quoted it as Ukraine’s words.',
        ko: '제목들이 대사의 입장을 풀어 쓴 말을 따옴표 안에 넣었고, 한국어판 제목은 이를 우크라이나의 말처럼 인용했다.',
        uk: 'Заголовки подавали в лапках переказ позиції посла, а корейська назва цитувала його як слова України.',
      },
      right: {
        en: 'Headings paraphrase him without quotation marks; his exact words appear in the quote, with the interview as its source.',
        ko: '제목은 따옴표 없이 그의 입장을 풀어 쓰고, 그가 한 말 그대로는 인터뷰를 출처로 밝힌 인용문에만 싣는다.',
        uk: 'Заголовки переказують його без лапок; його дослівні слова наведено в цитаті з посиланням на інтерв’ю.',
      },
    },
    {
      date: '2026-12-01',
      wrong: {
        en: 'An earlier version said Kyiv did not confirm that Russia had retaken Sudzha, as if Ukraine still held the town.',
        ko: '이전 버전은 러시아가 수자를 탈환했다는 주장을 우크라이나가 확인하지 않았다고만 적어, 우크라이나가 여전히 그 도시를 장악한 것처럼 읽혔다.',
        uk: 'У попередній версії йшлося, що Київ не підтвердив повернення Суджі Росією, наче Україна досі утримувала місто.',
      },
      right: {
        en: 'Maps of Ukraine’s General Staff showed its troops out of Sudzha by March 15–16, 2025, before the interview.',
        ko: '우크라이나 총참모부 지도는 인터뷰 전인 2025년 3월 15~16일에 이미 우크라이나군이 수자에서 철수했음을 보여 줬다.',
        uk: 'Мапи Генерального штабу України показали, що її війська вийшли із Суджі до 15–16 березня 2025 року, ще до інтерв’ю.',
      },
    },
    {
      date: '2026-12-01',
      wrong: {
        en: 'A heading stated as fact that North Korea traded soldiers for technology.',
        ko: '제목 하나가 북한이 병력과 기술을 맞바꿨다고 사실처럼 단정했다.',
        uk: 'Один із заголовків подавав як факт, що Північна Корея обміняла солдатів на технології.',
      },
      right: {
        en: 'The ambassador said North Korea likely sought advanced military technology or strategic support from Moscow in return.',
        ko: '대사는 북한이 그 대가로 러시아에 첨단 군사 기술이나 전략적 지원을 요구했을 가능성이 크다고 말했다.',
        uk: 'Посол сказав, що Північна Корея, імовірно, прагнула отримати від Москви натомість сучасні військові технології чи стратегічну підтримку.',
      },
    },
    {
      date: '2026-12-01',
      wrong: {
        en: 'An earlier version said Ukraine gave up its nuclear weapons on December 5, 1994.',
        ko: '이전 버전은 우크라이나가 1994년 12월 5일에 핵무기를 포기했다고 적었다.',
        uk: 'У попередній версії йшлося, що Україна відмовилася від ядерної зброї 5 грудня 1994 року.',
      },
      right: {
        en: 'That day Ukraine joined the NPT as a non-nuclear state; it had agreed to give up the arsenal on January 14, 1994, and the last warheads left in June 1996.',
        ko: '우크라이나는 그날 비핵보유국으로 핵확산금지조약에 가입했다. 핵무기 포기에는 1994년 1월 14일에 합의했고, 마지막 핵탄두는 1996년 6월에 반출됐다.',
        uk: 'Того дня Україна приєдналася до ДНЯЗ як неядерна держава; відмовитися від арсеналу вона погодилася 14 січня 1994 року, а останні боєголовки вивезли в червні 1996 року.',
      },
    },
    {
      date: '2026-12-01',
      wrong: {
        en: 'The Ukrainian edition spelled the South Korean foreign minister’s name Чо Те Йоль.',
        ko: '우크라이나어판은 한국 외교부 장관의 이름을 Чо Те Йоль로 표기했다.',
        uk: 'В українському виданні ім’я міністра закордонних справ Південної Кореї було написано як Чо Те Йоль.',
      },
      right: {
        en: 'It is Чо Те Юль, the form Ukraine’s foreign ministry uses.',
        ko: '우크라이나 외교부가 쓰는 표기인 Чо Те Юль이 맞다.',
        uk: 'Правильно — Чо Те Юль, як пише Міністерство закордонних справ України.',
      },
    },
  ],
} as const satisfies Publication;

/** The latest date anything changed: the last update or correction, or the publication itself. */
export const dateModified = (p: Publication = publication): IsoDate =>
  [p.published, ...p.updates.map((u) => u.date), ...p.corrections.map((c) => c.date)].reduce((a, b) => (b > a ? b : a));

/** The date of the last update or correction, if any (the "Updated …" the page shows). */
export const lastUpdated = (p: Publication = publication): IsoDate | undefined => {
  const latest = dateModified(p);
  return latest === p.published ? undefined : latest;
};
