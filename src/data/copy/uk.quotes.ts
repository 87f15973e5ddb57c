// The Ukrainian edition's quotation marks, names for the speakers and our translations of the
// quotes (src/data/quotes.ts). The soldier's words are not translated from Chosun Ilbo's English:
// this edition paraphrases them.
import { quoting, type EditionQuotes } from '../quotes';

export const ukQuotes = {
  marks: ['«', '»'],
  speakers: {
    ponomarenko: 'Дмитро Пономаренко, посол України в Республіці Корея',
    soldier: 'Один із двох полонених військових в інтерв’ю Chosun Ilbo',
  },
  translations: {
    notBargaining:
      'Україна розглядає це питання не як предмет торгу, а як таке, що має вирішуватися суворо відповідно до міжнародного права та гуманітарних принципів.',
    bargainingIssue: 'предмет торгу',
    premature: 'передчасно',
    severeSecurityRisk: 'серйозний ризик для безпеки',
  },
} as const satisfies EditionQuotes;

export const { inline, block } = quoting('uk', ukQuotes);
