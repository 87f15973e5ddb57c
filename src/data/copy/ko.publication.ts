// The Korean edition's words for the publication record (src/data/publication.ts): what each
// update added and what each correction put right, by the record's ids. No quotation marks: none
// of these words is a quote.
import type { PublicationCopy } from '../publication';

export const koPublication = {
  updates: {
    exchangeReport:
      '두 사람이 한국 정부의 요청으로 포로 교환 대상에서 빠졌다는 2025년 5월 27일 보도와, 용어 설명에 강제송환 금지 원칙을 추가했다.',
  },
  corrections: {
    nisDate: {
      wrong: '이전 버전은 한국 정부가 생포를 확인한 날짜를 2025년 1월 9일로 적었다.',
      right: '국가정보원은 2025년 1월 12일에 생포를 확인했으며, 두 사람이 1월 9일에 생포됐다고 밝혔다.',
    },
    asylumQuote: {
      wrong: '제목과 연표 항목 하나가 한국에 가고 싶다는, 누구도 그대로 말한 적 없는 문장을 따옴표 안에 넣었다.',
      right: '이제 병사의 말을 따옴표 없이 풀어 쓰고, 본문은 조선일보가 영어로 보도한 문장만 인용한다.',
    },
    stanceQuote: {
      wrong:
        '제목들이 대사의 입장을 풀어 쓴 말을 따옴표 안에 넣었고, 한국어판 제목은 이를 우크라이나의 말처럼 인용했다.',
      right: '제목은 따옴표 없이 그의 입장을 풀어 쓰고, 그가 한 말 그대로는 인터뷰를 출처로 밝힌 인용문에만 싣는다.',
    },
    sudzhaHeld: {
      wrong:
        '이전 버전은 러시아가 수자를 탈환했다는 주장을 우크라이나가 확인하지 않았다고만 적어, 우크라이나가 여전히 그 도시를 장악한 것처럼 읽혔다.',
      right:
        '우크라이나 총참모부 지도는 인터뷰 전인 2025년 3월 15~16일에 이미 우크라이나군이 수자에서 철수했음을 보여 줬다.',
    },
    tradeAsFact: {
      wrong: '제목 하나가 북한이 병력과 기술을 맞바꿨다고 사실처럼 단정했다.',
      right: '대사는 북한이 그 대가로 러시아에 첨단 군사 기술이나 전략적 지원을 요구했을 가능성이 크다고 말했다.',
    },
    nptDate: {
      wrong: '이전 버전은 우크라이나가 1994년 12월 5일에 핵무기를 포기했다고 적었다.',
      right:
        '우크라이나는 그날 비핵보유국으로 핵확산금지조약에 가입했다. 핵무기 포기에는 1994년 1월 14일에 합의했고, 마지막 핵탄두는 1996년 6월에 반출됐다.',
    },
    choSpelling: {
      wrong: '우크라이나어판은 한국 외교부 장관의 이름을 Чо Те Йоль로 표기했다.',
      right: '우크라이나 외교부가 쓰는 표기인 Чо Те Юль이 맞다.',
    },
  },
  names: { nis: ['국정원', '국가정보원'] },
} as const satisfies PublicationCopy;
