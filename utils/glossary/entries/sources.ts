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
  media: 'common usage in English-language media',
  project: 'this project',
} as const;

/** The date the entries were last checked against the references. */
export const AS_OF = '2026-11-21';
