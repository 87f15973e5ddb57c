// The Korean edition's quotation marks, names for the speakers and our translations of the quotes
// (src/data/quotes.ts). The soldier's words are not translated back from Chosun Ilbo's English:
// this edition paraphrases them.
import { quoting, type EditionQuotes } from '../quotes';

export const koQuotes = {
  marks: ['“', '”'],
  speakers: {
    ponomarenko: '드미트로 포노마렌코 주한 우크라이나 대사',
    soldier: '생포된 북한군 병사 가운데 한 명, 조선일보 인터뷰',
  },
  translations: {
    notBargaining:
      '우크라이나는 이 문제를 협상 대상으로 보지 않으며, 국제법과 인도주의 원칙에 엄격히 따라 처리해야 할 문제로 본다.',
    bargainingIssue: '협상 대상',
    premature: '시기상조',
    severeSecurityRisk: '심각한 안보 위험',
  },
} as const satisfies EditionQuotes;

export const { inline, block } = quoting('ko', koQuotes);
