// The English edition's words for the publication record (src/data/publication.ts): what each
// update added and what each correction put right, by the record's ids. No quotation marks: none
// of these words is a quote.
import type { PublicationCopy } from '../publication';

export const enPublication = {
  updates: {
    exchangeReport:
      'Added the May 27, 2025 report that the two men were left out of a prisoner exchange at Seoul’s request, and the principle of non-refoulement to the glossary.',
  },
  corrections: {
    nisDate: {
      wrong: 'An earlier version dated South Korea’s confirmation of the capture January 9, 2025.',
      right:
        'South Korea’s intelligence service confirmed it on January 12, 2025; it said the men were captured on January 9.',
    },
    asylumQuote: {
      wrong:
        'A heading and a timeline entry put in quotation marks words about going to South Korea that no one is on record as saying.',
      right:
        'They now paraphrase the soldier without quotation marks; the story quotes only the words Chosun Ilbo printed in English.',
    },
    stanceQuote: {
      wrong:
        'Headings put a paraphrase of the ambassador’s stance in quotation marks, and the Korean title quoted it as Ukraine’s words.',
      right:
        'Headings paraphrase him without quotation marks; his exact words appear in the quote, with the interview as its source.',
    },
    sudzhaHeld: {
      wrong:
        'An earlier version said Kyiv did not confirm that Russia had retaken Sudzha, as if Ukraine still held the town.',
      right:
        'Maps of Ukraine’s General Staff showed its troops out of Sudzha by March 15–16, 2025, before the interview.',
    },
    tradeAsFact: {
      wrong: 'A heading stated as fact that North Korea traded soldiers for technology.',
      right:
        'The ambassador said North Korea likely sought advanced military technology or strategic support from Moscow in return.',
    },
    nptDate: {
      wrong: 'An earlier version said Ukraine gave up its nuclear weapons on December 5, 1994.',
      right:
        'That day Ukraine joined the NPT as a non-nuclear state; it had agreed to give up the arsenal on January 14, 1994, and the last warheads left in June 1996.',
    },
    choSpelling: {
      wrong: 'The Ukrainian edition spelled the South Korean foreign minister’s name Чо Те Йоль.',
      right: 'It is Чо Те Юль, the form Ukraine’s foreign ministry uses.',
    },
  },
  names: { nis: ['intelligence'] },
} as const satisfies PublicationCopy;
