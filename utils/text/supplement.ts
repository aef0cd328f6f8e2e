/**
 * Words of news prose that CC-CEDICT does not list, added to the bundled dictionary so that the
 * segmenter keeps them whole and reads them right. Each has a short English gloss written for this
 * project (MIT, like the code), and a corpus-like frequency used only to rank competing splits.
 * Keep this list short and factual: every word must be a real, established word or name.
 */
export interface SupplementWord {
  simplified: string;
  traditional?: string;
  /** CC-CEDICT style numbered pinyin, one syllable per character. */
  pinyin: string;
  gloss: string;
  frequency: number;
}

export const SUPPLEMENT: SupplementWord[] = [
  // A district's bodies (CC-CEDICT lists 县委, 市委, 省委 and 区长 but not these): without them 区 | 委
  // before 书记 was taken for a person named Ōu.
  { simplified: '区委', traditional: '區委', pinyin: 'qu1 wei3', gloss: 'district Party committee', frequency: 20000 },
  {
    simplified: '区政府',
    traditional: '區政府',
    pinyin: 'qu1 zheng4 fu3',
    gloss: 'district government',
    frequency: 20000,
  },
  {
    simplified: '副区长',
    traditional: '副區長',
    pinyin: 'fu4 qu1 zhang3',
    gloss: 'deputy district chief',
    frequency: 5000,
  },
  {
    simplified: '区纪委',
    traditional: '區紀委',
    pinyin: 'qu1 ji4 wei3',
    gloss: 'district discipline inspection commission',
    frequency: 3000,
  },
  { simplified: '镇委', traditional: '鎮委', pinyin: 'zhen4 wei3', gloss: 'township Party committee', frequency: 3000 },
  {
    simplified: '别提',
    traditional: '別提',
    pinyin: 'bie2 ti2',
    gloss: "don't mention; (别提多…了) indescribably, ever so",
    frequency: 20000,
  },
  {
    simplified: '急难愁盼',
    traditional: '急難愁盼',
    pinyin: 'ji2 nan2 chou2 pan4',
    gloss: "people's most pressing difficulties and concerns (lit. urgent, hard, worrying, longed-for)",
    frequency: 5000,
  },
  {
    simplified: '三八红旗手',
    traditional: '三八紅旗手',
    pinyin: 'San1 ba1 Hong2 qi2 shou3',
    gloss: 'March 8th Red-Banner Pacesetter (national honour for women)',
    frequency: 3000,
  },
  { simplified: '专利奖', traditional: '專利獎', pinyin: 'zhuan1 li4 jiang3', gloss: 'patent award', frequency: 2000 },
  {
    simplified: '供给侧',
    traditional: '供給側',
    pinyin: 'gong1 ji3 ce4',
    gloss: 'supply side (economics)',
    frequency: 20000,
  },
  {
    simplified: '人社局',
    pinyin: 'ren2 she4 ju2',
    gloss: 'human resources and social security bureau (abbr.)',
    frequency: 5000,
  },
  {
    simplified: '黄骅港',
    traditional: '黃驊港',
    pinyin: 'Huang2 hua2 gang3',
    gloss: 'Huanghua Port, Hebei',
    frequency: 2000,
  },
  { simplified: '二十大', pinyin: 'Er4 shi2 Da4', gloss: '20th National Congress (of the CCP)', frequency: 30000 },
  {
    simplified: '十九届',
    traditional: '十九屆',
    pinyin: 'shi2 jiu3 jie4',
    gloss: 'nineteenth (session, congress)',
    frequency: 30000,
  },
  {
    simplified: '新业态',
    traditional: '新業態',
    pinyin: 'xin1 ye4 tai4',
    gloss: 'new forms of business',
    frequency: 20000,
  },
  {
    simplified: '新就业形态',
    traditional: '新就業形態',
    pinyin: 'xin1 jiu4 ye4 xing2 tai4',
    gloss: 'new forms of employment (gig work)',
    frequency: 5000,
  },
  { simplified: '全身心', pinyin: 'quan2 shen1 xin1', gloss: 'wholeheartedly; body and soul', frequency: 20000 },
  { simplified: '卷面', pinyin: 'juan4 mian4', gloss: 'answer sheet; (of exam scores) on paper', frequency: 5000 },
  {
    simplified: '重焕',
    traditional: '重煥',
    pinyin: 'chong2 huan4',
    gloss: 'to shine again (literary)',
    frequency: 300,
  },
  {
    simplified: '快递小哥',
    traditional: '快遞小哥',
    pinyin: 'kuai4 di4 xiao3 ge1',
    gloss: 'delivery man (colloquial)',
    frequency: 3000,
  },
  // Work against the clock, everywhere in reports from sites and workshops (赶制订单, 倒排工期): without
  // them 赶 | 制订 | 单 took the wrong words and 倒排 read dǎo "to fall".
  {
    simplified: '赶制',
    traditional: '趕製',
    pinyin: 'gan3 zhi4',
    gloss: 'to rush to make (an order, goods)',
    frequency: 3000,
  },
  {
    simplified: '倒排',
    pinyin: 'dao4 pai2',
    gloss: 'to schedule backwards from a deadline (倒排工期)',
    frequency: 2000,
  },
  // Without it 手 | 把手 "handle" in 师傅手把手地教.
  {
    simplified: '手把手',
    pinyin: 'shou3 ba3 shou3',
    gloss: 'hand in hand; (to teach) personally, step by step',
    frequency: 5000,
  },
];
