// English copy: every word of the English edition. Figures in braces are formatted per locale.
import { enClassroom } from './en.classroom';
import { block, inline } from './en.quotes';
import type { StoryCopy } from '../story';

export const en = {
  ui: {
    page: {
      lang: 'en',
      languageLabel: 'Language',
      title: 'Two North Korean soldiers, and why Ukraine says they are no bargaining chip',
      description:
        'Ukraine holds two North Korean soldiers captured in Russia’s Kursk region in {captureDate:month}. One wants to go to South Korea. An explainer with a timeline and a map.',
      kicker: 'Explainer',
      headline: 'Not a bargaining chip',
      dek: 'Ukraine captured two North Korean soldiers in Russia’s Kursk region. One of them wants to go to South Korea. Kyiv’s envoy in Seoul says their fate will follow international law, not a trade. How they got there, and what is at stake.',
      published: 'Based on an interview published {interviewDate}',
      publishedOn: 'Published {date}',
      updatedOn: 'Updated {date}',
      printedOn: 'Printed {date}',
      correctionsHeading: 'Corrections',
      correctionsIntro: 'What earlier versions of this explainer got wrong, and what is right.',
      shareImageAlt: 'The explainer’s headline beside a map of Russia’s Kursk region on the border with Ukraine.',
      skipToStory: 'Skip to the story',
      credits:
        'Boundaries: Natural Earth. Distances are great-circle and approximate. No capture site or front line is shown: none is public.',
    },
    story: {
      storyLabel: 'The story, step by step',
      stepSources: 'Sources',
      progressLabel: 'Reading progress',
      stepAnnouncement: '{heading}',
      stepperLabel: 'Steps of the story',
      previous: 'Previous',
      next: 'Next',
      stepCount: 'Step {n} of {total}',
      shareStep: 'Share this step',
      shareCopied: 'Link copied to the clipboard',
      shareFailed: 'Could not copy. The link:',
    },
    timeline: {
      heading: 'Timeline',
      intro: 'Thirty years, from Ukraine’s nuclear disarmament to the soldiers’ capture and after.',
      afterInterview: 'After the interview',
      error: 'The timeline could not be drawn; every event is listed below the story.',
    },
    sources: {
      heading: 'Sources',
      intro: 'Every fact in this explainer comes from these reports and documents.',
      describedSource: 'description',
    },
    map: {
      credit: 'Boundaries: Natural Earth',
      keyUkraine: 'Ukraine',
      keyRussia: 'Russia',
      keyFocus: 'In focus',
      keyOccupied: 'Occupied by Russia since 2014',
      approximate: 'approximate',
      distanceLabel: 'about {km} km',
      kilometres: 'km',
      graphicLabel: 'What the graphic shows',
      loadError: 'The map could not be drawn; the story continues below.',
      graphicError: 'The graphic could not be drawn; the story continues below.',
    },
    embed: {
      sources: 'Each step links its own sources. All {count} reports and documents are listed in the full explainer.',
      openFull: 'Open the full explainer',
      heading: 'Embed this explainer',
      intro:
        'Put the explainer in your article. The frame fits its content, and the story follows your readers’ scrolling where the page allows it; elsewhere readers step through it with Previous and Next.',
      script: 'Script (recommended): a frame that resizes itself and follows the page’s scrolling',
      iframe: 'Plain iframe, for systems that remove scripts',
      amp: 'AMP page',
      frameTitle: 'Explainer: Not a bargaining chip',
      overflow: 'Show the whole explainer',
      copyCode: 'Copy',
      copied: 'Copied to the clipboard',
      copyFailed: 'Could not copy: select the code and copy it by hand',
    },
    classroom: {
      heading: 'For the classroom',
      intro:
        'Present the story one step per screen, print a handout, or download a copy that works without the internet. The terms and questions below come with their sources.',
      glossaryHeading: 'Glossary',
      questionsHeading: 'Questions for discussion',
      present: 'Present',
      printHandout: 'Print handout',
      offlineCopy: 'Download for offline use',
      offlineNote: 'one HTML file that opens in a browser with no internet',
      handoutHeading: 'The story, step by step',
      handoutFigure: 'The graphic at this step',
    },
    deck: {
      label: 'Presentation',
      slideCount: '{n} / {total}',
      exit: 'Leave the presentation',
      keysHeading: 'Keys',
      keysNext: 'Next: Right, Down, Page Down, Space or N',
      keysPrevious: 'Previous: Left, Up, Page Up, Shift + Space or P',
      keysFirstLast: 'First and last: Home and End',
      keysFullscreen: 'Full screen: F',
      keysBlack: 'Black screen and back: B or .',
      keysEscape: 'Leave full screen, then the presentation: Esc',
      keysGoTo: 'Go to a step: G',
      keysHelp: 'These keys: ?',
      keysNotes: 'Teacher notes: S',
      goToHeading: 'Go to',
      close: 'Close',
      fullscreenRefused: 'This browser or page does not allow full screen.',
      blackScreen: 'Screen blanked. Press B to show it again.',
    },
    notes: {
      heading: 'Teacher notes',
      point: 'Point at',
      ask: 'Ask',
      explain: 'Explain',
      next: 'Next',
      end: 'End of the presentation',
    },
  },
  steps: {
    capture: {
      kicker: '{captureDate:month}',
      heading: 'Two soldiers taken in Kursk',
      body: [
        'On {captureDate}, Ukrainian forces captured two North Korean soldiers in Russia’s Kursk region, in two separate operations.',
        'On {announceDate}, President Volodymyr Zelensky announced the capture on Telegram and X. The next day, South Korea’s intelligence service confirmed it.',
      ],
      alt: 'Map of Russia’s Kursk region on the Ukrainian border, with the city of Kursk, the town of Sudzha and the Ukrainian city of Sumy. The Kursk region is highlighted; where exactly the soldiers were captured is not public. The timeline marks the capture, {captureDate}.',
    },
    soldiers: {
      kicker: 'The prisoners',
      heading: 'Two young men, wounded',
      body: [
        'Zelensky said both were taken to Kyiv, where Ukraine’s security service questioned them. It gave their birth years as 1999 and 2005. One had a bandaged jaw from a gunshot wound; the other’s hands were bandaged.',
        'On {videoDate}, Zelensky released video of their interrogation and offered Kim Jong Un a prisoner exchange. In the video, one of the men said he wanted to stay in Ukraine.',
      ],
      alt: 'Map of Ukraine and its Russian border, with the Kursk region highlighted and the city of Kursk and Kyiv, where the two men were taken, marked. The timeline marks the interrogation video, {videoDate}.',
    },
    incursion: {
      kicker: 'Why Kursk',
      heading: 'A war that crossed the border',
      body: [
        'Kursk is in Russia. On {incursionDate}, Ukrainian troops pushed across the border into the region, next to Ukraine’s Sumy region.',
        'Russia fought to take the area back, and North Korea sent soldiers to help.',
      ],
      alt: 'Map of the border between Ukraine’s Sumy region and Russia’s Kursk region, which is highlighted, with Sudzha just inside Russia and Sumy across the border. The timeline marks {incursionDate}.',
    },
    deployment: {
      kicker: 'The ally',
      heading: 'From Pyongyang to the front',
      body: [
        'On {nisDate}, South Korea’s National Intelligence Service said North Korea had decided to send about {nisTroops} troops, in four brigades, and that {specialForces} special forces had already been shipped between {shipStart:short} and {shipEnd}.',
        'A month later, on {pentagonDate}, the Pentagon said about {pentagonTroops} North Korean soldiers were in the Kursk region, {pyongyangKursk} from Pyongyang.',
      ],
      alt: 'Wide map from Ukraine to the Korean peninsula. North Korea is highlighted, and a line runs from Pyongyang to Kursk, {pyongyangKursk} as the crow flies. The timeline marks {nisDate} and {pentagonDate}.',
    },
    defection: {
      kicker: '{defectionDate:month}',
      heading: 'One prisoner wants to go to South Korea',
      body: [
        `One of the prisoners told South Korea’s Chosun Ilbo newspaper that he wanted to go to South Korea. Chosun Ilbo printed his words in English as ${inline('asylum')}. The interview was published on {defectionDate}; the second soldier’s followed on {secondInterviewDate}.`,
        'That wish, Yonhap reported, led to speculation about what Ukraine might do with the two men.',
      ],
      alt: 'Wide map with a line from Kyiv to Seoul; South Korea is highlighted. The timeline marks {defectionDate}.',
    },
    leverage: {
      kicker: 'The speculation',
      heading: 'Prisoners as leverage?',
      body: [
        'Some observers wondered whether Ukraine might use the men to press Seoul for weapons, in return for letting them go south.',
        'Others suggested they could become a card in the talks between the United States and Russia on ending the war.',
      ],
      alt: 'Wide map with Kyiv, Moscow and Seoul marked; Ukraine and South Korea are highlighted. The timeline marks the interview, {interviewDate}.',
    },
    envoy: {
      kicker: 'Ukraine’s answer',
      heading: 'International law, not bargaining',
      body: [
        'Ukraine’s ambassador to South Korea, Dmytro Ponomarenko, rejected that idea in a written interview with Yonhap News Agency, published {interviewDate}.',
        `Setting a timeline for any decision on the soldiers’ fate would be ${inline('premature')}, he said.`,
      ],
      quote: block('notBargaining'),
      alt: 'Wide map with Kyiv and Seoul marked and Ukraine highlighted. The timeline marks the interview, {interviewDate}.',
    },
    seoul: {
      kicker: 'South Korea’s stance',
      heading: 'Citizens, as Seoul reads its constitution',
      body: [
        'Seoul reads its Constitution as making North Koreans its citizens. It has said it is ready to protect and assist the two men if they choose to defect.',
        'Ponomarenko said Ukraine had received South Korea’s official messages on the matter and respected its concerns.',
      ],
      alt: 'Map of the Korean peninsula with Seoul marked and South Korea highlighted. The timeline marks the interview, {interviewDate}.',
    },
    call: {
      kicker: 'Minister to minister',
      heading: 'A phone call between Seoul and Kyiv',
      body: [
        'On {callDate}, South Korea’s foreign minister, Cho Tae-yul, and Ukraine’s, Andrii Sybiha, discussed the soldiers by phone: the first time the two countries’ ministers had talked about them.',
        'Cho restated Seoul’s position: it is ready to protect and assist the men if they choose to come.',
      ],
      alt: 'Wide map with a line between Seoul and Kyiv; Ukraine and South Korea are highlighted. The timeline marks {callDate}.',
    },
    gains: {
      kicker: 'The envoy’s assessment',
      heading: 'What Pyongyang may get',
      body: [
        'In return for its troops, North Korea has probably sought advanced military technology or strategic support from Moscow, Ponomarenko said.',
        `He warned that North Korea is strengthening its forces and refining its missiles with battlefield experience, and said the cooperation between Russia and North Korea posed a ${inline('severeSecurityRisk')} to the world.`,
      ],
      alt: 'Wide map with a line from Moscow to Pyongyang; Russia and North Korea are highlighted. The timeline marks the interview, {interviewDate}.',
    },
    aid: {
      kicker: 'Seoul and Kyiv',
      heading: 'Aid, and a call for more',
      body: [
        'Since the full-scale invasion began on {invasionDate}, South Korea has given Ukraine non-lethal and humanitarian aid.',
        'Ponomarenko urged South Korea’s leaders to weigh the long-term security cost of North Korea’s role in the war, and to build closer military-technical cooperation with Kyiv.',
      ],
      alt: 'Wide map with Kyiv and Seoul marked; Ukraine and South Korea are highlighted. The timeline marks {invasionDate}.',
    },
    disarmament: {
      kicker: '{budapestDate:year}',
      heading: 'The arsenal Ukraine gave up',
      body: [
        'When the Soviet Union broke up, Ukraine was left with the world’s third-largest nuclear arsenal. Its parliament voted on {radaDate} to join the Treaty on the Non-Proliferation of Nuclear Weapons, and on {budapestDate} Ukraine acceded as a non-nuclear state as the Budapest Memorandum was signed.',
        'Ponomarenko lamented that decision: it did not protect Ukraine from Russian aggression.',
      ],
      alt: 'Map of Ukraine, including Crimea, highlighted, with Kyiv marked. The timeline marks {budapestDate}.',
    },
    crimea: {
      kicker: '{crimeaSeizedDate:year}',
      heading: 'Disarmed, then invaded',
      body: [
        'Giving up the weapons did not stop Russia. On {crimeaSeizedDate}, armed men seized Crimea’s parliament and government buildings; after a referendum held under occupation on {referendumDate}, Moscow signed a treaty annexing the peninsula on {annexationDate}.',
        'Even so, Ponomarenko said, Ukraine remains committed to nuclear disarmament under the treaty, and asks its partners for conventional weapons to defend itself.',
      ],
      alt: 'Map of southern Ukraine, zoomed in on Crimea, which is hatched as occupied by Russia since 2014. The timeline marks {crimeaSeizedDate} to {annexationDate}.',
    },
    next: {
      kicker: 'What comes next',
      heading: 'Their fate, still open',
      body: [
        'The fighting in Kursk went on. On {sudzhaDate}, Russia claimed to have retaken Sudzha. Kyiv did not confirm it that day, but the maps of Ukraine’s General Staff showed its troops out of the town by March 15–16, before the interview.',
        'After the interview, on {confirmDate}, Russia’s chief of general staff, Valery Gerasimov, confirmed for the first time that North Korean troops had fought in Kursk, and claimed the whole region was back in Russian hands, which Ukraine denied. North Korea acknowledged the deployment on {kcnaDate}. On May 27, 2025, South Korean lawmaker Yu Yong-won said the two men had been left out of the 1,000-for-1,000 prisoner exchange between Russia and Ukraine of May 23–25, at Seoul’s request.',
        'For the two prisoners, the envoy’s answer in March was plain: no trade, only international law and humanitarian principles.',
      ],
      alt: 'Map of the Kursk region again, with the city of Kursk and Sudzha marked, Sudzha as retaken by Russia in March 2025. The timeline marks {sudzhaDate} and, after the interview, {confirmDate}, {kcnaDate} and May 27, 2025.',
    },
  },
  events: {
    budapest: {
      title: 'Ukraine joins the NPT',
      summary:
        'Ukraine accedes to the Non-Proliferation Treaty as a non-nuclear state; the Budapest Memorandum is signed.',
    },
    crimea: {
      title: 'Russia occupies Crimea',
      summary:
        'Armed men seize Crimea’s parliament; after a referendum under occupation, Moscow signs an annexation treaty.',
    },
    invasion: { title: 'Full-scale invasion', summary: 'Russia launches its full-scale invasion of Ukraine.' },
    incursion: {
      title: 'Ukraine enters Kursk',
      summary: 'Ukraine’s cross-border incursion into Russia’s Kursk region begins.',
    },
    deployment: {
      title: 'North Korea to send troops',
      summary: 'South Korea’s spy agency says North Korea decided to send about {nisTroops} troops to Russia.',
    },
    pentagon: {
      title: 'North Koreans in Kursk',
      summary: 'The Pentagon says about {pentagonTroops} North Korean troops are in the Kursk region.',
    },
    capture: {
      title: 'Two soldiers captured',
      summary:
        'Two North Korean soldiers are captured in Kursk region; Zelensky announces it on {announceDate:short}, and South Korea’s intelligence service confirms it the next day.',
    },
    video: {
      title: 'Interrogation video',
      summary: 'Zelensky releases video of the prisoners and proposes an exchange.',
    },
    defection: {
      title: 'A wish to go to South Korea',
      summary: 'One prisoner tells Chosun Ilbo he wants to go to South Korea.',
    },
    sudzha: {
      title: 'Sudzha',
      summary:
        'Russia claims to have retaken Sudzha; by March 15–16, maps of Ukraine’s General Staff show Ukrainian troops out of the town.',
    },
    call: {
      title: 'Cho and Sybiha talk',
      summary: 'The two foreign ministers discuss the soldiers by phone for the first time.',
    },
    interview: {
      title: 'The envoy’s interview',
      summary: 'Ambassador Ponomarenko says Ukraine does not treat the soldiers as a matter for bargaining.',
    },
    russiaConfirms: {
      title: 'Russia confirms',
      summary: 'Russia’s chief of general staff confirms North Korean troops fought in Kursk.',
    },
    northKoreaConfirms: {
      title: 'North Korea confirms',
      summary: 'North Korea’s state media acknowledge the deployment.',
    },
    leftOutOfExchange: {
      title: 'Left out of an exchange',
      summary:
        'A South Korean lawmaker says the two men were left out of the May 23–25 prisoner exchange at Seoul’s request.',
    },
  },
  places: {
    kursk: 'Kursk',
    sudzha: 'Sudzha',
    sumy: 'Sumy',
    kyiv: 'Kyiv',
    moscow: 'Moscow',
    pyongyang: 'Pyongyang',
    seoul: 'Seoul',
  },
  placeNotes: { sudzha: 'retaken by Russia, March 2025' },
  areas: {
    russia: 'RUSSIA',
    china: 'CHINA',
    ukraine: 'UKRAINE',
    northKorea: 'NORTH KOREA',
    southKorea: 'SOUTH KOREA',
    belarus: 'BELARUS',
    crimea: 'Crimea, occupied since 2014',
    kurskRegion: 'Kursk region',
    sumyRegion: 'Sumy region',
  },
  areasShort: {
    crimea: 'Crimea',
    northKorea: 'N. KOREA',
    southKorea: 'S. KOREA',
  },
  ...enClassroom,
} as const satisfies StoryCopy;
