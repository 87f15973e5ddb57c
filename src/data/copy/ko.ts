// Korean copy: every word of the Korean edition. Figures in braces are formatted per locale.
import { koClassroom } from './ko.classroom';
import { block, inline } from './ko.quotes';
import type { StoryCopy } from '../story';

export const ko = {
  ui: {
    page: {
      lang: 'ko',
      languageLabel: '언어',
      title: '북한군 포로 2명, 우크라이나는 왜 이들을 협상 카드로 보지 않나',
      description:
        '우크라이나는 {captureDate:month} 러시아 쿠르스크주에서 붙잡은 북한군 병사 2명을 억류하고 있다. 그중 한 명은 한국행을 원한다. 연표와 지도로 정리한 해설 기사.',
      kicker: '해설',
      headline: '협상 카드가 아니다',
      dek: '우크라이나가 러시아 쿠르스크주에서 북한군 병사 2명을 생포했다. 이 가운데 한 명은 한국행을 원한다. 주한 우크라이나 대사는 이들의 운명이 거래가 아니라 국제법에 따라 정해질 것이라고 말한다. 이들이 어떻게 그곳까지 가게 됐는지, 무엇이 걸려 있는지 짚어 본다.',
      published: '{interviewDate} 보도된 인터뷰를 바탕으로 작성',
      publishedOn: '입력 {date}',
      updatedOn: '수정 {date}',
      printedOn: '인쇄 {date}',
      correctionsHeading: '바로잡습니다',
      correctionsIntro: '이 해설 기사의 이전 버전에서 틀린 내용과 바로잡은 내용이다.',
      shareImageAlt: '우크라이나와 국경을 맞댄 러시아 쿠르스크주 지도와 해설 기사의 제목.',
      skipToStory: '본문으로 건너뛰기',
      credits:
        '경계선 자료: 내추럴 어스. 거리는 지구 표면을 따라 잰 최단 거리(대권 거리)로, 근삿값이다. 생포 지점과 전선은 공개된 정보가 없어 표시하지 않았다.',
    },
    story: {
      storyLabel: '단계별로 읽는 기사',
      stepSources: '출처',
      progressLabel: '읽기 진행률',
      stepAnnouncement: '{heading}',
      stepperLabel: '기사 단계',
      previous: '이전',
      next: '다음',
      stepCount: '{total}단계 중 {n}단계',
      shareStep: '이 단계 공유하기',
      shareCopied: '링크를 클립보드에 복사했다',
      shareFailed: '복사하지 못했다. 링크:',
    },
    timeline: {
      heading: '연표',
      intro: '우크라이나의 핵 포기부터 병사들의 생포와 그 이후까지, 30년의 흐름.',
      afterInterview: '인터뷰 이후',
      error: '연표를 그리지 못했다. 모든 사건은 기사 아래 목록에 있다.',
    },
    sources: {
      heading: '출처',
      intro: '이 해설 기사의 모든 사실은 아래 보도와 문서에 근거한다.',
      describedSource: '내용 설명',
    },
    map: {
      credit: '경계선 자료: 내추럴 어스',
      keyUkraine: '우크라이나',
      keyRussia: '러시아',
      keyFocus: '강조 지역',
      keyOccupied: '2014년부터 러시아 점령',
      approximate: '근삿값',
      distanceLabel: '약 {km}km',
      kilometres: '킬로미터',
      graphicLabel: '그래픽 내용',
      loadError: '지도를 그리지 못했다. 기사는 아래에 이어진다.',
      graphicError: '그래픽을 그리지 못했다. 기사는 아래에 이어진다.',
    },
    embed: {
      sources: '단계마다 해당 출처를 연결해 두었다. 보도와 문서 {count}건은 전체 해설 기사에 모두 실려 있다.',
      openFull: '해설 기사 전체 보기',
      heading: '이 해설 기사 퍼가기',
      intro:
        '이 해설 기사를 여러분의 기사에 넣을 수 있다. 프레임은 내용에 맞게 크기가 조절되고, 페이지가 허용하는 곳에서는 독자의 스크롤에 따라 기사가 진행된다. 그 밖의 곳에서는 독자가 이전·다음 버튼으로 한 단계씩 넘겨 본다.',
      script: '스크립트(권장): 크기를 스스로 맞추고 페이지 스크롤을 따라가는 프레임',
      iframe: '스크립트를 제거하는 시스템용 기본 iframe',
      amp: 'AMP 페이지',
      frameTitle: '해설: 협상 카드가 아니다',
      overflow: '해설 기사 전체 펼치기',
      copyCode: '복사',
      copied: '클립보드에 복사됨',
      copyFailed: '복사 실패: 코드를 선택해 직접 복사하면 된다',
    },
    classroom: {
      heading: '수업 자료',
      intro:
        '한 화면에 한 단계씩 발표하거나, 유인물을 인쇄하거나, 인터넷 없이도 열리는 사본을 내려받을 수 있다. 아래 용어와 질문에는 출처가 함께 달려 있다.',
      glossaryHeading: '용어 풀이',
      questionsHeading: '토론 질문',
      present: '발표하기',
      printHandout: '유인물 인쇄',
      offlineCopy: '오프라인용으로 내려받기',
      offlineNote: '인터넷 없이 브라우저에서 열리는 HTML 파일 한 개',
      handoutHeading: '단계별로 읽는 기사',
      handoutFigure: '이 단계의 그래픽',
    },
    deck: {
      label: '발표 모드',
      slideCount: '{n} / {total}',
      exit: '발표 끝내기',
      keysHeading: '단축키',
      keysNext: '다음: →, ↓, Page Down, Space 또는 N',
      keysPrevious: '이전: ←, ↑, Page Up, Shift + Space 또는 P',
      keysFirstLast: '처음과 마지막: Home, End',
      keysFullscreen: '전체 화면: F',
      keysBlack: '화면 가리기와 되돌리기: B 또는 .',
      keysEscape: '전체 화면 나가기, 이어서 발표 끝내기: Esc',
      keysGoTo: '단계로 이동: G',
      keysHelp: '단축키 목록: ?',
      keysNotes: '교사용 메모: S',
      goToHeading: '단계로 이동',
      close: '닫기',
      fullscreenRefused: '이 브라우저나 페이지에서는 전체 화면을 쓸 수 없다.',
      blackScreen: '화면을 가렸다. B를 누르면 다시 보인다.',
    },
    notes: {
      heading: '교사용 메모',
      point: '짚어 줄 곳',
      ask: '질문',
      explain: '설명',
      next: '다음 단계',
      end: '발표 끝',
    },
  },
  steps: {
    capture: {
      kicker: '{captureDate:month}',
      heading: '쿠르스크에서 붙잡힌 두 병사',
      body: [
        '우크라이나군은 {captureDate} 러시아 쿠르스크주에서 두 차례의 별도 작전으로 북한군 병사 2명을 생포했다.',
        '볼로디미르 젤렌스키 우크라이나 대통령은 {announceDate} 텔레그램과 엑스를 통해 생포 사실을 발표했다. 이튿날 한국 국가정보원(국정원)이 이를 확인했다.',
      ],
      alt: '우크라이나와 국경을 맞댄 러시아 쿠르스크주 지도. 쿠르스크시와 소도시 수자, 우크라이나 도시 수미가 표시돼 있다. 쿠르스크주가 강조돼 있으며, 병사들이 정확히 어디서 붙잡혔는지는 공개되지 않았다. 연표에는 생포일인 {captureDate}이 표시돼 있다.',
    },
    soldiers: {
      kicker: '포로',
      heading: '부상한 두 청년',
      body: [
        '젤렌스키 대통령은 두 사람이 키이우로 옮겨져 우크라이나 보안국의 조사를 받았다고 밝혔다. 보안국은 이들의 출생 연도를 1999년과 2005년으로 밝혔다. 한 명은 총상을 입은 턱에, 다른 한 명은 두 손에 붕대를 감고 있었다.',
        '젤렌스키 대통령은 {videoDate} 이들의 심문 영상을 공개하고 김정은 국무위원장에게 포로 교환을 제안했다. 영상에서 한 명은 우크라이나에 남고 싶다고 말했다.',
      ],
      alt: '쿠르스크주가 강조되고 쿠르스크시와, 두 사람이 옮겨진 키이우가 표시된 우크라이나와 러시아 접경 지도. 연표에는 {videoDate} 공개된 심문 영상이 표시돼 있다.',
    },
    incursion: {
      kicker: '왜 쿠르스크인가',
      heading: '국경을 넘은 전쟁',
      body: [
        '쿠르스크는 러시아 땅이다. 우크라이나군은 {incursionDate} 국경을 넘어 우크라이나 수미주와 맞닿은 이 지역으로 진격했다.',
        '러시아는 이 지역을 되찾으려 싸웠고, 북한은 이를 돕기 위해 병력을 보냈다.',
      ],
      alt: '우크라이나 수미주와 러시아 쿠르스크주 사이의 국경 지도. 쿠르스크주가 강조돼 있고, 국경 바로 안쪽 러시아 땅에 수자가, 국경 건너편에 수미가 표시돼 있다. 연표에는 {incursionDate}이 표시돼 있다.',
    },
    deployment: {
      kicker: '동맹',
      heading: '평양에서 전선까지',
      body: [
        '국정원은 {nisDate} 북한이 4개 여단, 약 {nisTroops}명 규모의 병력을 보내기로 결정했으며, 특수부대 {specialForces}명이 {shipStart}부터 {shipEnd:short}까지 이미 이송됐다고 밝혔다.',
        '한 달 뒤인 {pentagonDate}에는 미 국방부(펜타곤)가 평양에서 {pyongyangKursk} 떨어진 쿠르스크주에 북한군 약 {pentagonTroops}명이 있다고 밝혔다.',
      ],
      alt: '우크라이나에서 한반도까지 보여 주는 넓은 지도. 북한이 강조돼 있고, 평양에서 쿠르스크까지 직선거리 {pyongyangKursk}의 선이 그어져 있다. 연표에는 {nisDate}과 {pentagonDate}이 표시돼 있다.',
    },
    defection: {
      kicker: '{defectionDate:month}',
      heading: '한국행을 원한 포로',
      body: [
        '포로 가운데 한 명은 조선일보 인터뷰에서 한국으로 가고 싶다는 뜻을 밝혔다. 인터뷰는 {defectionDate} 보도됐고, 다른 병사의 인터뷰는 {secondInterviewDate} 실렸다.',
        '연합뉴스에 따르면 이 바람이 알려지자 우크라이나가 두 사람을 어떻게 활용할지를 두고 여러 관측이 나왔다.',
      ],
      alt: '키이우에서 서울까지 선이 그어진 넓은 지도. 한국이 강조돼 있다. 연표에는 {defectionDate}이 표시돼 있다.',
    },
    leverage: {
      kicker: '추측',
      heading: '포로를 지렛대로?',
      body: [
        '일각에서는 우크라이나가 이들의 한국행을 허용하는 대가로 한국에 무기 지원을 압박하는 데 이들을 활용할 수도 있다는 관측이 나왔다.',
        '이들이 전쟁을 끝내기 위한 미국과 러시아의 협상에서 카드가 될 수 있다는 주장도 나왔다.',
      ],
      alt: '키이우, 모스크바, 서울이 표시된 넓은 지도. 우크라이나와 한국이 강조돼 있다. 연표에는 {interviewDate}의 인터뷰가 표시돼 있다.',
    },
    envoy: {
      kicker: '우크라이나의 답',
      heading: '거래가 아닌 국제법',
      body: [
        '드미트로 포노마렌코 주한 우크라이나 대사는 {interviewDate} 보도된 연합뉴스와의 서면 인터뷰에서 이런 관측을 일축했다.',
        `그는 병사들의 운명에 관한 결정을 언제 내릴지 시한을 정하는 것은 ${inline('premature')}라고 말했다.`,
      ],
      quote: block('notBargaining'),
      alt: '키이우와 서울이 표시되고 우크라이나가 강조된 넓은 지도. 연표에는 {interviewDate}의 인터뷰가 표시돼 있다.',
    },
    seoul: {
      kicker: '한국의 입장',
      heading: '헌법 해석상 대한민국 국민',
      body: [
        '한국은 헌법의 영토 조항에 비추어 북한 주민도 대한민국 국민으로 본다. 한국 정부는 두 사람이 귀순을 택한다면 보호하고 지원할 준비가 돼 있다고 밝혀 왔다.',
        '포노마렌코 대사는 우크라이나가 이 문제에 관한 한국의 공식 메시지를 전달받았으며 한국의 우려를 존중한다고 말했다.',
      ],
      alt: '서울이 표시되고 한국이 강조된 한반도 지도. 연표에는 {interviewDate}의 인터뷰가 표시돼 있다.',
    },
    call: {
      kicker: '장관 대 장관',
      heading: '서울과 키이우 사이의 전화 통화',
      body: [
        '조태열 외교부 장관과 안드리 시비하 우크라이나 외무장관은 {callDate} 전화 통화로 병사들 문제를 논의했다. 두 나라 장관이 이 문제를 논의한 것은 이때가 처음이었다.',
        '조 장관은 이들이 한국행을 택한다면 보호하고 지원할 준비가 돼 있다는 한국 정부의 입장을 거듭 밝혔다.',
      ],
      alt: '서울과 키이우를 잇는 선이 그어진 넓은 지도. 우크라이나와 한국이 강조돼 있다. 연표에는 {callDate}이 표시돼 있다.',
    },
    gains: {
      kicker: '대사의 평가',
      heading: '북한이 얻을 수도 있는 것',
      body: [
        '포노마렌코 대사는 북한이 파병의 대가로 러시아에 첨단 군사 기술이나 전략적 지원을 요구했을 가능성이 크다고 말했다.',
        `그는 북한이 실전 경험을 쌓으며 군사력을 키우고 미사일 기술을 가다듬고 있다고 경고했다. 러시아와 북한의 협력은 전 세계에 ${inline('severeSecurityRisk')}이 된다고도 말했다.`,
      ],
      alt: '모스크바에서 평양까지 선이 그어진 넓은 지도. 러시아와 북한이 강조돼 있다. 연표에는 {interviewDate}의 인터뷰가 표시돼 있다.',
    },
    aid: {
      kicker: '서울과 키이우',
      heading: '지원, 그리고 더 큰 요청',
      body: [
        '한국은 {invasionDate} 전면 침공이 시작된 이후 우크라이나에 비살상 지원과 인도적 지원을 제공해 왔다.',
        '포노마렌코 대사는 한국 지도자들에게 북한의 전쟁 개입이 가져올 장기적인 안보 비용을 따져 보고, 우크라이나와 군사·기술 협력을 강화할 것을 촉구했다.',
      ],
      alt: '키이우와 서울이 표시된 넓은 지도. 우크라이나와 한국이 강조돼 있다. 연표에는 {invasionDate}이 표시돼 있다.',
    },
    disarmament: {
      kicker: '{budapestDate:year}',
      heading: '우크라이나가 포기한 핵무기',
      body: [
        '소련이 해체될 때 우크라이나에는 세계 3위 규모의 핵무기가 남았다. 우크라이나 의회는 {radaDate} 핵확산금지조약 가입을 의결했고, {budapestDate} 부다페스트 양해각서가 서명되면서 우크라이나는 비핵국가로 조약에 가입했다.',
        '포노마렌코 대사는 그 결정을 아쉬워했다. 핵 포기가 러시아의 침략으로부터 우크라이나를 지켜 주지 못했다는 것이다.',
      ],
      alt: '크림반도를 포함한 우크라이나 전역이 강조되고 키이우가 표시된 지도. 연표에는 {budapestDate}이 표시돼 있다.',
    },
    crimea: {
      kicker: '{crimeaSeizedDate:year}',
      heading: '핵을 포기한 뒤 겪은 침공',
      body: [
        '핵무기를 포기했어도 러시아를 막지는 못했다. {crimeaSeizedDate} 무장 괴한들이 크림반도의 의회와 정부 청사를 장악했고, 점령 상태에서 {referendumDate} 주민투표가 치러진 뒤 러시아는 {annexationDate} 크림반도 병합 조약에 서명했다.',
        '그럼에도 우크라이나는 조약에 따른 핵 군축 약속을 지키고 있으며, 자국을 방어하기 위해 파트너국들에 재래식 무기를 요청하고 있다고 포노마렌코 대사는 말했다.',
      ],
      alt: '크림반도를 확대한 우크라이나 남부 지도. 2014년부터 러시아가 점령한 크림반도에 빗금이 쳐져 있다. 연표에는 {crimeaSeizedDate}부터 {annexationDate}까지가 표시돼 있다.',
    },
    next: {
      kicker: '앞으로',
      heading: '아직 정해지지 않은 운명',
      body: [
        '쿠르스크에서는 전투가 이어졌다. 러시아는 {sudzhaDate} 수자를 탈환했다고 주장했다. 우크라이나는 그날 이를 확인하지 않았지만, 인터뷰 전인 3월 15~16일 우크라이나군 총참모부 지도에는 우크라이나군이 수자에서 물러난 것으로 나타났다.',
        '인터뷰 이후인 {confirmDate}, 발레리 게라시모프 러시아군 총참모장은 북한군이 쿠르스크에서 싸웠다고 처음으로 확인하고 쿠르스크주 전체를 되찾았다고 주장했다. 우크라이나는 이를 부인했다. 북한은 {kcnaDate} 파병 사실을 인정했다. 2025년 5월 27일에는 유용원 국회의원이 두 사람이 한국 정부의 요청에 따라 5월 23~25일 러시아와 우크라이나의 1,000명 대 1,000명 포로 교환에서 제외됐다고 밝혔다.',
        '두 포로에 대한 대사의 3월 답변은 분명했다. 거래는 없으며, 오직 국제법과 인도주의 원칙에 따른다는 것이다.',
      ],
      alt: '다시 쿠르스크주 지도. 쿠르스크시와 수자가 표시돼 있고, 수자에는 2025년 3월 러시아가 탈환했다고 적혀 있다. 연표에는 {sudzhaDate}과 함께, 인터뷰 이후인 {confirmDate}, {kcnaDate}, 2025년 5월 27일이 표시돼 있다.',
    },
  },
  events: {
    budapest: {
      title: '우크라이나, 핵확산금지조약 가입',
      summary: '우크라이나가 비핵국가로 핵확산금지조약에 가입하고, 부다페스트 양해각서가 서명됐다.',
    },
    crimea: {
      title: '러시아, 크림반도 점령',
      summary:
        '무장 괴한들이 크림반도 의회를 장악했다. 점령 상태에서 주민투표가 치러진 뒤 러시아가 병합 조약에 서명했다.',
    },
    invasion: { title: '전면 침공', summary: '러시아가 우크라이나를 전면 침공했다.' },
    incursion: {
      title: '우크라이나, 쿠르스크 진입',
      summary: '우크라이나군이 국경을 넘어 러시아 쿠르스크주로 진격하기 시작했다.',
    },
    deployment: {
      title: '북한, 파병 결정',
      summary: '국정원은 북한이 러시아에 약 {nisTroops}명의 병력을 보내기로 결정했다고 밝혔다.',
    },
    pentagon: {
      title: '쿠르스크의 북한군',
      summary: '미 국방부는 북한군 약 {pentagonTroops}명이 쿠르스크주에 있다고 밝혔다.',
    },
    capture: {
      title: '병사 2명 생포',
      summary:
        '북한군 병사 2명이 쿠르스크주에서 생포됐다. 젤렌스키 대통령이 {announceDate:short} 이를 발표했고, 이튿날 국정원이 확인했다.',
    },
    video: {
      title: '심문 영상',
      summary: '젤렌스키 대통령이 포로들의 영상을 공개하고 포로 교환을 제안했다.',
    },
    defection: {
      title: '포로의 한국행 희망',
      summary: '포로 한 명이 조선일보 인터뷰에서 한국으로 가고 싶다고 밝혔다.',
    },
    sudzha: {
      title: '수자',
      summary:
        '러시아가 수자를 탈환했다고 주장했다. 3월 15~16일 우크라이나군 총참모부 지도에는 우크라이나군이 수자에서 물러난 것으로 나타났다.',
    },
    call: {
      title: '조태열·시비하 통화',
      summary: '두 나라 외교장관이 처음으로 전화 통화에서 병사들 문제를 논의했다.',
    },
    interview: {
      title: '대사 인터뷰',
      summary: '포노마렌코 대사는 우크라이나가 병사들 문제를 거래의 대상으로 여기지 않는다고 밝혔다.',
    },
    russiaConfirms: {
      title: '러시아, 참전 확인',
      summary: '러시아군 총참모장이 북한군의 쿠르스크 참전을 확인했다.',
    },
    northKoreaConfirms: {
      title: '북한, 파병 인정',
      summary: '북한 관영 매체가 파병 사실을 인정했다.',
    },
    leftOutOfExchange: {
      title: '포로 교환에서 제외',
      summary: '한국 국회의원은 두 사람이 한국 정부의 요청으로 5월 23~25일 포로 교환에서 제외됐다고 밝혔다.',
    },
  },
  places: {
    kursk: '쿠르스크',
    sudzha: '수자',
    sumy: '수미',
    kyiv: '키이우',
    moscow: '모스크바',
    pyongyang: '평양',
    seoul: '서울',
  },
  placeNotes: { sudzha: '2025년 3월 러시아가 탈환' },
  areas: {
    russia: '러시아',
    china: '중국',
    ukraine: '우크라이나',
    northKorea: '북한',
    southKorea: '한국',
    belarus: '벨라루스',
    crimea: '크림반도(2014년부터 점령)',
    kurskRegion: '쿠르스크주',
    sumyRegion: '수미주',
  },
  // 북한 and 한국 are as short as their names go.
  areasShort: {
    crimea: '크림반도',
  },
  ...koClassroom,
} as const satisfies StoryCopy;
