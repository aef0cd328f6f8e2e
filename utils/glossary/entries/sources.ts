/** Names of the references cited by the entries, kept in one place so they are spelled alike. */
export const SRC = {
  ck: 'China Keywords (CICG / China Academy of Translation), keywords.china.org.cn',
  r20: 'Report to the 20th National Congress of the CPC, official English text (Xinhua)',
  r19: 'Report to the 19th National Congress of the CPC, official English text (Xinhua)',
  res21:
    'Resolution of the CPC Central Committee on the Major Achievements and Historical Experience of the Party over the Past Century, official English text (Xinhua)',
  cent: "Xi Jinping's speech at the ceremony marking the CPC centenary, official English text (Xinhua)",
  constitution: 'Constitution of the Communist Party of China, official English text (Xinhua)',
  goc: 'Xi Jinping: The Governance of China (Foreign Languages Press)',
  xinhua: 'Xinhua News Agency, English-language reports',
  gov: 'State Council of the PRC, English website (english.www.gov.cn)',
  gwr: 'Report on the Work of the Government, official English text',
  cmp: 'China Media Project, CCP Dictionary',
  scio20:
    "SCIO / China.org.cn, Press Center for the 20th CPC National Congress, 2nd press conference (Qiushi's question and the official answer)",
  iphl20:
    'Institute of Party History and Literature, official English of the report to the 20th National Congress (en.theorychina.org.cn)',
  scioWp2023: 'SCIO white paper "A Global Community of Shared Future: China\'s Proposals and Actions"',
  gov2020skills:
    'State Council of the PRC, English website (China Daily copy), on the first national vocational skills competition',
  qiushi2024unions:
    'Qiushi English, "Mobilizing Hundreds of Millions of Workers to Build a Great Country and Advance National Rejuvenation" (speech to the 18th National Congress of Chinese Trade Unions)',
  acftu: 'ACFTU English website (en.acftu.org)',
  media: 'common usage in English-language media',
  project: 'this project',
} as const;

/**
 * The date the entries were last checked against the references. A body's own English name taken
 * from its website (NPC, State Council, ministries) carries this date: the site as consulted then.
 */
export const AS_OF = '2026-11-21';
