// English teacher materials: a note per step, the glossary and the discussion questions.
// Keys follow src/data/classroom.ts; every fact rests on the sources listed there.
import type { StoryCopy } from '../story';
import { inline } from './en.quotes';

export const enClassroom = {
  notes: {
    capture: {
      point:
        'The highlighted area is Russia’s Kursk region, not Ukraine: the two soldiers were captured on Russian soil. There is no pin for the capture site, because no source says where it was.',
      ask: 'Why would North Korean soldiers be fighting in Russia at all?',
      explain:
        'Kursk region: a region of western Russia on the border with Ukraine’s Sumy region. Ukrainian troops crossed into it in August 2024.',
    },
    soldiers: {
      point:
        'The timeline marks January 12, 2025, when Zelensky released the interrogation video and offered Kim Jong Un an exchange. In the text, point to the birth years, 1999 and 2005, given by Ukraine’s security service.',
      ask: 'One of the men said in the video that he wanted to stay in Ukraine. How much can we read into what a prisoner says while he is being held?',
      explain:
        'Prisoner of war: a member of the armed forces captured by the enemy in a war. The Third Geneva Convention of 1949 says prisoners of war must be protected and treated humanely.',
    },
    incursion: {
      point:
        'Find Sumy, in Ukraine, and Sudzha, just across the border in Russia. On August 6, 2024, Ukrainian troops crossed this border into the Kursk region. The map draws no front line: no source gives one.',
      ask: 'What changes when part of this war is fought on Russian rather than Ukrainian soil?',
    },
    deployment: {
      point:
        'Follow the line from Pyongyang to Kursk and read its length. Then compare the two troop figures: about 12,000 that North Korea had decided to send, according to South Korea’s intelligence service in October 2024, and about 11,000 in the Kursk region, according to the Pentagon in November 2024.',
      ask: 'What could explain the difference between the two figures?',
    },
    defection: {
      point:
        'The line runs from Kyiv to Seoul, not to Pyongyang: one prisoner told South Korea’s Chosun Ilbo newspaper that he wanted to go to South Korea. The timeline marks February 19, 2025, when the interview was published.',
      ask: 'What might a prisoner gain, and what might he risk, by saying this in public?',
      explain:
        'Defection: leaving your country or side to go over to another, usually a rival. South Korea says it is ready to protect and assist the two men if they choose to defect.',
    },
    leverage: {
      point:
        'Three capitals are marked: Kyiv, Seoul and Moscow. Point out that both paragraphs report what some observers wondered and what others suggested: this step reports speculation, not facts.',
      ask: 'Who might gain if the prisoners were traded for something, and who might lose?',
    },
    envoy: {
      point: `Read the block quote aloud: these are the ambassador’s exact words, from a written interview with Yonhap News Agency published on March 23, 2025. Then point to his word ${inline('premature')} in the text.`,
      ask: 'What does the ambassador commit Ukraine to, and what does he leave open?',
    },
    seoul: {
      point:
        'South Korea is highlighted, with Seoul marked. The key sentence: Seoul reads its Constitution as making North Koreans its citizens.',
      ask: 'What difference does it make that South Korea counts the two men as its own citizens?',
      explain:
        'South Korea’s Constitution: its Article 3 defines the country’s territory as the Korean peninsula and its adjacent islands. South Korea’s courts and government read that clause, with the nationality law, as making North Koreans citizens of South Korea. On that basis, Seoul says it is ready to protect and assist the two soldiers if they choose to defect.',
    },
    call: {
      point:
        'The line now runs from Seoul to Kyiv. On March 17, 2025, the two foreign ministers, Cho Tae-yul and Andrii Sybiha, discussed the soldiers by phone, the first time ministers of the two countries had talked about them.',
      ask: 'Why might it matter that the question reached the level of foreign ministers?',
    },
    gains: {
      point:
        'The line runs from Moscow to Pyongyang. Point to how the text hedges: North Korea has probably sought technology or support, the ambassador said, and he warned of what it learns in battle. This is his assessment, not a confirmed fact.',
      ask: 'What might Russia and North Korea each get from the other, and why would Ukraine’s ambassador stress this to South Korean readers?',
    },
    aid: {
      point:
        'The timeline marks February 24, 2022, the start of Russia’s full-scale invasion. In the text, point to the kind of aid, non-lethal and humanitarian: aid that does not include weapons.',
      ask: 'What might South Korea weigh in deciding whether to go beyond non-lethal aid?',
    },
    disarmament: {
      point:
        'All of Ukraine is highlighted, Crimea included. The timeline marks December 5, 1994, when Ukraine joined the Non-Proliferation Treaty as a non-nuclear state and the Budapest Memorandum was signed.',
      ask: 'Ukraine was left with the world’s third-largest nuclear arsenal. What did it receive for giving it up, and what did it not receive?',
      explain:
        'NPT: the Treaty on the Non-Proliferation of Nuclear Weapons, an agreement against the spread of nuclear weapons. Ukraine had agreed in January 1994 to give up the nuclear arsenal it was left with when the Soviet Union broke up; it joined the treaty as a non-nuclear state in December 1994, and the last warheads left in June 1996.',
    },
    crimea: {
      point:
        'Crimea is hatched: it is Ukrainian territory under Russian occupation since 2014. The timeline runs from February 27, 2014, when armed men seized its parliament, to March 18, 2014, when Moscow signed the annexation treaty.',
      ask: 'The ambassador regrets giving up the weapons, yet Ukraine stays committed to the treaty. Why might it keep that commitment?',
      explain:
        'Crimea: a peninsula in the south of Ukraine. Armed men seized its parliament in February 2014, and Moscow signed a treaty annexing it in March 2014 after a referendum held under occupation. It is Ukrainian territory under Russian occupation.',
    },
    next: {
      point:
        'Back on the Kursk map, find Sudzha: Russia claimed to have retaken it on March 13, 2025. Kyiv did not confirm it that day, but its General Staff’s maps of March 15–16 showed Ukrainian troops out of the town. The events of late April and May 2025 on the timeline are marked as after the interview.',
      ask: 'Who should decide where the two men go next: Ukraine, South Korea, North Korea, or the men themselves?',
      explain:
        'Prisoner of war: under the Third Geneva Convention of 1949, prisoners of war are to be released and repatriated, that is, sent back to their own country, without delay once active hostilities end.',
    },
  },
  glossary: {
    npt: {
      term: 'Non-Proliferation Treaty (NPT)',
      definition:
        'The Treaty on the Non-Proliferation of Nuclear Weapons, an international agreement against the spread of nuclear weapons. When the Soviet Union broke up, Ukraine was left with the world’s third-largest nuclear arsenal. It agreed to give those weapons up on January 14, 1994, joined the treaty as a non-nuclear state on December 5, 1994, and saw the last warheads leave in June 1996. Its ambassador to South Korea says Ukraine remains committed to the treaty.',
    },
    budapest: {
      term: 'Budapest Memorandum',
      definition:
        'A document signed on December 5, 1994, as Ukraine joined the Non-Proliferation Treaty as a non-nuclear state. In it, Russia, the United States and the United Kingdom gave Ukraine security assurances: they promised to respect its independence and its borders and not to threaten or use force against it.',
    },
    pow: {
      term: 'Prisoner of war',
      definition:
        'A member of the armed forces captured by the enemy during a war. Under the Third Geneva Convention of 1949, prisoners of war must be protected and treated humanely at all times. They are to be released and repatriated, that is, sent back to their own country, without delay once active hostilities end. Under the principle of non-refoulement, the International Committee of the Red Cross says, a country holding a prisoner may not send him back where he would face persecution, torture or other ill-treatment. What that means for a prisoner who does not want to go home is one of the questions for discussion.',
    },
    defection: {
      term: 'Defection',
      definition:
        'Leaving your country or side to go over to another, usually a rival. One of the two captured North Korean soldiers told a South Korean newspaper in February 2025 that he wanted to go to South Korea. Seoul says it is ready to protect and assist the two men if they choose to defect.',
    },
    constitution: {
      term: 'South Korea’s Constitution',
      definition:
        'South Korea’s highest law. Its Article 3 defines the country’s territory as the Korean peninsula and its adjacent islands; South Korea’s courts and government read that clause, with the nationality law, as making North Koreans citizens of South Korea. On that basis, Seoul says it is ready to protect and assist the two captured soldiers if they choose to defect.',
    },
    kursk: {
      term: 'Kursk region',
      definition:
        'A region of western Russia on the border with Ukraine’s Sumy region; its main city is also called Kursk. Ukrainian troops crossed into it in August 2024, and in November 2024 the Pentagon said about 11,000 North Korean troops were there. In January 2025, Ukraine announced that it had captured two North Korean soldiers there.',
    },
    crimea: {
      term: 'Crimea',
      definition:
        'A peninsula in the south of Ukraine, on the Black Sea. On February 27, 2014, armed men seized its parliament and government buildings; after a referendum held under occupation on March 16, Moscow signed a treaty annexing it on March 18. It is Ukrainian territory under Russian occupation.',
    },
  },
  questions: {
    bargaining: `In January 2025, President Zelensky offered Kim Jong Un a prisoner exchange. In March 2025, Ukraine’s ambassador said Ukraine does not view the matter as a ${inline('bargainingIssue')}. How do the two statements fit together, and who was each one addressed to?`,
    repatriation:
      'The Third Geneva Convention says prisoners of war are to be sent home without delay once active hostilities end. What should happen to a prisoner who says he does not want to go home? Whose wishes, and which rules, should count most?',
    pastAndPresent:
      'In the same interview about the two prisoners, the ambassador also brought up Ukraine’s nuclear disarmament in 1994 and the occupation of Crimea in 2014. Why might he have done so, and how might readers in Seoul, Moscow or Pyongyang hear that message?',
    troopFigures:
      'In October 2024, South Korea’s intelligence service said North Korea had decided to send about 12,000 troops; in November, the Pentagon said about 11,000 were in the Kursk region. Why might the figures differ, and what would you need to know to compare them fairly?',
    mapLimits:
      'The map shows the Kursk region but no capture site and no front line. When Russia claimed to have retaken Sudzha, Kyiv did not confirm it at first; its General Staff’s maps showed the withdrawal days later. What does the map not show, why might that be, and how does it limit what a reader can conclude?',
    prisonerVoices:
      'Much of what we know about the soldiers’ wishes comes from a video released by Ukraine and from newspaper interviews given while they were held as prisoners. How much weight can these accounts carry, and what other evidence would help?',
    interests:
      'What do Ukraine, South Korea, North Korea, Russia and the two soldiers each want from this situation? Where do their interests clash, and where might they overlap?',
  },
} as const satisfies Pick<StoryCopy, 'notes' | 'glossary' | 'questions'>;
