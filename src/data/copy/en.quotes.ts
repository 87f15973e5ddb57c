// The English edition's quotation marks and names for the speakers (src/data/quotes.ts). Every
// quote is on record in English, so there is nothing to translate.
import { quoting, type EditionQuotes } from '../quotes';

export const enQuotes = {
  marks: ['“', '”'],
  speakers: {
    ponomarenko: 'Dmytro Ponomarenko, Ukraine’s ambassador to South Korea',
    soldier: 'One of the two captured soldiers, to Chosun Ilbo',
  },
  translations: {},
} as const satisfies EditionQuotes;

export const { inline, block } = quoting('en', enQuotes);
