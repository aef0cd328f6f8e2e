/**
 * The numbered events the paper refers to by number: Party congresses, plenary sessions of the
 * Central Committee, national congresses of the Chinese trade unions, sessions of the NPC and the
 * CPPCC, five-year plans. Only facts that are established go in; where a date or a document is not
 * certain the field is left out (the tooltip then shows less, never a guess).
 */
import { SRC } from '../entries/sources';
import type { AdoptedDocument } from '../types';

export type EventFamily =
  'party-congress' | 'cc-plenum' | 'union-congress' | 'npc-session' | 'cppcc-session' | 'five-year-plan';

export interface EventRow {
  family: EventFamily;
  /** Congress, Central Committee, NPC / CPPCC term or plan number. */
  number: number;
  /** Plenary session or session number within the term. */
  session?: number;
  /** First and last day of the meeting (for a plan: the day its outline was adopted), as far as known. */
  start?: string;
  end?: string;
  adopted: AdoptedDocument[];
  /** One further established fact, e.g. what was written into the constitution. */
  fact?: string;
  source: string;
  /** Id of the hand-written entry this row describes, where one exists (saved data keeps that id). */
  entryId?: string;
}

const congressReport = (zh: string, en: string): AdoptedDocument => ({ zh, en, officialTitle: true });

export const EVENT_TABLE: readonly EventRow[] = [
  // Party congresses
  {
    family: 'party-congress',
    number: 15,
    start: '1997-09-12',
    end: '1997-09-18',
    adopted: [
      congressReport(
        '高举邓小平理论伟大旗帜，把建设有中国特色社会主义事业全面推向二十一世纪',
        "Hold High the Great Banner of Deng Xiaoping Theory for an All-round Advancement of the Cause of Building Socialism with Chinese Characteristics into the 21st Century (Jiang Zemin's report)",
      ),
    ],
    fact: 'Wrote Deng Xiaoping Theory into the Party Constitution.',
    source: SRC.xinhua,
  },
  {
    family: 'party-congress',
    number: 16,
    start: '2002-11-08',
    end: '2002-11-14',
    adopted: [
      congressReport(
        '全面建设小康社会，开创中国特色社会主义事业新局面',
        "Build a Well-off Society in an All-Round Way and Create a New Situation in Building Socialism with Chinese Characteristics (Jiang Zemin's report)",
      ),
    ],
    fact: 'Wrote the important thought of the Three Represents into the Party Constitution.',
    source: SRC.xinhua,
  },
  {
    family: 'party-congress',
    number: 17,
    start: '2007-10-15',
    end: '2007-10-21',
    adopted: [
      congressReport(
        '高举中国特色社会主义伟大旗帜 为夺取全面建设小康社会新胜利而奋斗',
        "Hold High the Great Banner of Socialism with Chinese Characteristics and Strive for New Victories in Building a Moderately Prosperous Society in All Respects (Hu Jintao's report)",
      ),
    ],
    fact: 'Wrote the Scientific Outlook on Development into the Party Constitution.',
    source: SRC.xinhua,
  },
  {
    family: 'party-congress',
    number: 18,
    start: '2012-11-08',
    end: '2012-11-14',
    adopted: [
      congressReport(
        '坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗',
        "Firmly March on the Path of Socialism with Chinese Characteristics and Strive to Complete the Building of a Moderately Prosperous Society in All Respects (Hu Jintao's report)",
      ),
    ],
    fact: 'Elected the Central Committee whose first plenum chose Xi Jinping as General Secretary.',
    source: SRC.xinhua,
  },
  {
    family: 'party-congress',
    number: 19,
    start: '2017-10-18',
    end: '2017-10-24',
    adopted: [
      congressReport(
        '决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利',
        "Secure a Decisive Victory in Building a Moderately Prosperous Society in All Respects and Strive for the Great Success of Socialism with Chinese Characteristics for a New Era (Xi Jinping's report)",
      ),
    ],
    fact: 'Wrote Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era into the Party Constitution.',
    source: SRC.r19,
  },
  {
    family: 'party-congress',
    number: 20,
    start: '2022-10-16',
    end: '2022-10-22',
    adopted: [
      congressReport(
        '高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗',
        "Hold High the Great Banner of Socialism with Chinese Characteristics and Strive in Unity to Build a Modern Socialist Country in All Respects (Xi Jinping's report)",
      ),
      { zh: '中国共产党章程（修正案）', en: 'an amendment to the Party Constitution' },
    ],
    source: SRC.r20,
    entryId: 'twentieth-party-congress',
  },

  // Plenary sessions of the Central Committee
  {
    family: 'cc-plenum',
    number: 18,
    session: 1,
    start: '2012-11-15',
    end: '2012-11-15',
    adopted: [],
    fact: 'Elected Xi Jinping General Secretary.',
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 18,
    session: 2,
    start: '2013-02-26',
    end: '2013-02-28',
    adopted: [
      {
        zh: '国务院机构改革和职能转变方案',
        en: 'the plan for restructuring the State Council and transforming its functions',
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 18,
    session: 3,
    start: '2013-11-09',
    end: '2013-11-12',
    adopted: [
      {
        zh: '中共中央关于全面深化改革若干重大问题的决定',
        en: 'Decision of the CPC Central Committee on Some Major Issues Concerning Comprehensively Deepening the Reform',
        officialTitle: true,
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 18,
    session: 4,
    start: '2014-10-20',
    end: '2014-10-23',
    adopted: [
      {
        zh: '中共中央关于全面推进依法治国若干重大问题的决定',
        en: 'a decision on comprehensively advancing law-based governance',
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 18,
    session: 5,
    start: '2015-10-26',
    end: '2015-10-29',
    adopted: [
      {
        zh: '中共中央关于制定国民经济和社会发展第十三个五年规划的建议',
        en: 'the recommendations for the 13th Five-Year Plan (2016–2020)',
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 18,
    session: 6,
    start: '2016-10-24',
    end: '2016-10-27',
    adopted: [
      {
        zh: '关于新形势下党内政治生活的若干准则',
        en: 'norms of political life within the Party under new circumstances',
      },
      { zh: '中国共产党党内监督条例', en: 'regulations on supervision within the Party' },
    ],
    fact: 'Named Xi Jinping the core of the Central Committee.',
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 18,
    session: 7,
    start: '2017-10-11',
    end: '2017-10-14',
    adopted: [],
    fact: 'Prepared the 19th National Congress.',
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 19,
    session: 1,
    start: '2017-10-25',
    end: '2017-10-25',
    adopted: [],
    fact: 'Elected the Political Bureau and re-elected Xi Jinping General Secretary.',
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 19,
    session: 2,
    start: '2018-01-18',
    end: '2018-01-19',
    adopted: [{ zh: '中共中央关于修改宪法部分内容的建议', en: 'the proposal to amend the PRC Constitution' }],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 19,
    session: 3,
    start: '2018-02-26',
    end: '2018-02-28',
    adopted: [
      {
        zh: '中共中央关于深化党和国家机构改革的决定',
        en: 'a decision on deepening the reform of Party and state institutions',
      },
      { zh: '深化党和国家机构改革方案', en: 'the plan for deepening the reform of Party and state institutions' },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 19,
    session: 4,
    start: '2019-10-28',
    end: '2019-10-31',
    adopted: [
      {
        zh: '中共中央关于坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化若干重大问题的决定',
        en: "a decision on upholding and improving the system of socialism with Chinese characteristics and modernising China's system and capacity for governance",
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 19,
    session: 5,
    start: '2020-10-26',
    end: '2020-10-29',
    adopted: [
      {
        zh: '中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
        en: 'the recommendations for the 14th Five-Year Plan (2021–2025) and the long-range objectives through 2035',
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 19,
    session: 6,
    start: '2021-11-08',
    end: '2021-11-11',
    adopted: [
      {
        zh: '中共中央关于党的百年奋斗重大成就和历史经验的决议',
        en: 'Resolution of the CPC Central Committee on the Major Achievements and Historical Experience of the Party over the Past Century',
        officialTitle: true,
      },
    ],
    source: 'Xinhua, "CPC plenum passes landmark resolution", 11 Nov 2021',
    entryId: 'sixth-plenum-19th',
  },
  {
    family: 'cc-plenum',
    number: 19,
    session: 7,
    start: '2022-10-09',
    end: '2022-10-12',
    adopted: [],
    fact: 'Prepared the 20th National Congress.',
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 20,
    session: 1,
    start: '2022-10-23',
    end: '2022-10-23',
    adopted: [],
    fact: 'Elected the Political Bureau and re-elected Xi Jinping General Secretary.',
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 20,
    session: 2,
    start: '2023-02-26',
    end: '2023-02-28',
    adopted: [{ zh: '党和国家机构改革方案', en: 'the plan for reforming Party and state institutions' }],
    source: SRC.xinhua,
  },
  {
    family: 'cc-plenum',
    number: 20,
    session: 3,
    start: '2024-07-15',
    end: '2024-07-18',
    adopted: [
      {
        zh: '中共中央关于进一步全面深化改革、推进中国式现代化的决定',
        en: 'Resolution of the CPC Central Committee on Further Deepening Reform Comprehensively to Advance Chinese Modernization',
        officialTitle: true,
      },
    ],
    source:
      'Xinhua, "CPC Central Committee adopts resolution on further deepening reform comprehensively", 20 Jul 2024',
  },
  {
    family: 'cc-plenum',
    number: 20,
    session: 4,
    start: '2025-10-20',
    end: '2025-10-23',
    adopted: [
      {
        zh: '中共中央关于制定国民经济和社会发展第十五个五年规划的建议',
        en: 'the recommendations for the 15th Five-Year Plan (2026–2030)',
      },
    ],
    source: SRC.xinhua,
  },

  // National congresses of the Chinese trade unions
  { family: 'union-congress', number: 15, start: '2008', adopted: [], source: SRC.xinhua },
  { family: 'union-congress', number: 16, start: '2013-10', adopted: [], source: SRC.xinhua },
  {
    family: 'union-congress',
    number: 17,
    start: '2018-10-22',
    end: '2018-10-26',
    adopted: [{ zh: '中国工会章程（修正案）', en: 'an amendment to the Constitution of the Chinese Trade Unions' }],
    source: 'Made in China Journal, "The Chinese Trade Union Holds Its National Congress", 26 Oct 2018',
  },
  {
    family: 'union-congress',
    number: 18,
    start: '2023-10-09',
    end: '2023-10-12',
    adopted: [{ zh: '中国工会章程（修正案）', en: 'an amendment to the Constitution of the Chinese Trade Unions' }],
    source:
      'Qiushi English, "Mobilizing Hundreds of Millions of Workers to Build a Great Country and Advance National Rejuvenation" (speech to the 18th National Congress of Chinese Trade Unions), 4 Jul 2024',
  },

  // Sessions of the National People's Congress
  {
    family: 'npc-session',
    number: 13,
    session: 1,
    start: '2018-03-05',
    end: '2018-03-20',
    adopted: [
      { zh: '中华人民共和国宪法修正案', en: 'an amendment to the PRC Constitution' },
      { zh: '中华人民共和国监察法', en: 'the Supervision Law' },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'npc-session',
    number: 13,
    session: 2,
    start: '2019-03-05',
    end: '2019-03-15',
    adopted: [{ zh: '中华人民共和国外商投资法', en: 'the Foreign Investment Law' }],
    source: SRC.xinhua,
  },
  {
    family: 'npc-session',
    number: 13,
    session: 3,
    start: '2020-05-22',
    end: '2020-05-28',
    adopted: [{ zh: '中华人民共和国民法典', en: 'the Civil Code' }],
    fact: 'Held in May instead of March because of the COVID-19 epidemic.',
    source: SRC.xinhua,
  },
  {
    family: 'npc-session',
    number: 13,
    session: 4,
    start: '2021-03-05',
    end: '2021-03-11',
    adopted: [
      {
        zh: '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
        en: 'the outline of the 14th Five-Year Plan (2021–2025) and the long-range objectives through 2035',
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'npc-session',
    number: 13,
    session: 5,
    start: '2022-03-05',
    end: '2022-03-11',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'npc-session',
    number: 14,
    session: 1,
    start: '2023-03-05',
    end: '2023-03-13',
    adopted: [{ zh: '国务院机构改革方案', en: 'the plan for reforming the institutions of the State Council' }],
    fact: 'Elected the state leadership for the new five-year term.',
    source: SRC.xinhua,
  },
  {
    family: 'npc-session',
    number: 14,
    session: 2,
    start: '2024-03-05',
    end: '2024-03-11',
    adopted: [{ zh: '中华人民共和国国务院组织法（修订）', en: 'the revised Organic Law of the State Council' }],
    source: SRC.xinhua,
  },
  {
    family: 'npc-session',
    number: 14,
    session: 3,
    start: '2025-03-05',
    end: '2025-03-11',
    adopted: [],
    source: SRC.xinhua,
  },

  // Sessions of the CPPCC National Committee
  {
    family: 'cppcc-session',
    number: 13,
    session: 1,
    start: '2018-03-03',
    end: '2018-03-15',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'cppcc-session',
    number: 13,
    session: 2,
    start: '2019-03-03',
    end: '2019-03-13',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'cppcc-session',
    number: 13,
    session: 3,
    start: '2020-05-21',
    end: '2020-05-27',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'cppcc-session',
    number: 13,
    session: 4,
    start: '2021-03-04',
    end: '2021-03-10',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'cppcc-session',
    number: 13,
    session: 5,
    start: '2022-03-04',
    end: '2022-03-10',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'cppcc-session',
    number: 14,
    session: 1,
    start: '2023-03-04',
    end: '2023-03-13',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'cppcc-session',
    number: 14,
    session: 2,
    start: '2024-03-04',
    end: '2024-03-10',
    adopted: [],
    source: SRC.xinhua,
  },
  {
    family: 'cppcc-session',
    number: 14,
    session: 3,
    start: '2025-03-04',
    end: '2025-03-10',
    adopted: [],
    source: SRC.xinhua,
  },

  // Five-year plans (start: the day the NPC adopted the plan or its outline)
  {
    family: 'five-year-plan',
    number: 11,
    start: '2006-03-14',
    adopted: [
      {
        zh: '中华人民共和国国民经济和社会发展第十一个五年规划纲要',
        en: 'the outline of the 11th Five-Year Plan, the first called 规划 instead of 计划',
      },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'five-year-plan',
    number: 12,
    start: '2011-03-14',
    adopted: [
      { zh: '中华人民共和国国民经济和社会发展第十二个五年规划纲要', en: 'the outline of the 12th Five-Year Plan' },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'five-year-plan',
    number: 13,
    start: '2016-03-16',
    adopted: [
      { zh: '中华人民共和国国民经济和社会发展第十三个五年规划纲要', en: 'the outline of the 13th Five-Year Plan' },
    ],
    source: SRC.xinhua,
  },
  {
    family: 'five-year-plan',
    number: 14,
    start: '2021-03-11',
    adopted: [
      {
        zh: '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
        en: 'the outline of the 14th Five-Year Plan (2021–2025) and the long-range objectives through 2035',
      },
    ],
    source: SRC.xinhua,
    entryId: 'fourteenth-five-year-plan',
  },
  {
    family: 'five-year-plan',
    number: 15,
    adopted: [
      {
        zh: '中共中央关于制定国民经济和社会发展第十五个五年规划的建议',
        en: "the Central Committee's recommendations (Fourth Plenary Session of the 20th Central Committee, October 2025)",
      },
    ],
    source: SRC.xinhua,
  },
];
