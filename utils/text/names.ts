/**
 * Person names the dictionary does not list: a surname (single or compound) followed by a given name of
 * one or two characters that the segmenter left in pieces, when the context says "person" (记者赖志凯,
 * 副部长田云飞说, 郭大为表示). The name becomes one token read with the surname's reading (单 Shàn,
 * 覃 Tán, 解 Xiè) and the given name's characters read as they are read alone.
 */
import { segmentOf, type Segment } from './segment';
import { wordSet } from './word-set';

/** Common Chinese surnames (single characters), the 百家姓 core as met in news. */
export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖洪萧阎庹郗酆晏种'.split(
    '',
  ),
]);
export const COMPOUND_SURNAMES = wordSet(
  '欧阳 司马 诸葛 上官 东方 皇甫 令狐 司徒 慕容 尉迟 长孙 夏侯 公孙 端木 宇文 司空 西门 南宫 独孤 万俟 呼延 澹台 公冶 轩辕',
);

/** Readings of surnames that differ from the character's common reading. Numbered. */
export const SURNAME_READINGS: Record<string, string> = {
  单: 'shan4',
  朴: 'piao2',
  覃: 'tan2',
  区: 'ou1',
  仇: 'qiu2',
  解: 'xie4',
  曾: 'zeng1',
  查: 'zha1',
  盖: 'ge3',
  华: 'hua4',
  任: 'ren2',
  乐: 'yue4',
  都: 'du1',
  缪: 'miao4',
  翟: 'zhai2',
  燕: 'yan1',
  纪: 'ji3',
  尉: 'wei4',
  宁: 'ning4',
  种: 'chong2',
  殷: 'yin1',
  召: 'shao4',
  长: 'chang2',
  尉迟: 'yu4 chi2',
  万俟: 'mo4 qi2',
};

/**
 * Readings of characters in a given name that differ from how they are read alone: 为 in a name is
 * wéi (张为民 Zhāng Wéimín, 郭大为 Guō Dàwéi), never the preposition wèi; 少 shào, 乐 lè, 琢 zhuó, 侗 tóng.
 * Numbered.
 */
export const GIVEN_NAME_READINGS: Record<string, string> = {
  为: 'wei2',
  為: 'wei2',
  // "young" (刘少奇 Liú Shàoqí, 少华, 少峰), not shǎo "few".
  少: 'shao4',
  // "joy" (张乐, 乐乐), not yuè "music".
  乐: 'le4',
  // "to carve (jade)" (钱元琢), not zuó of 琢磨; "sincere" (李继侗), not Dòng, the people.
  琢: 'zhuo2',
  侗: 'tong2',
};

/** Tokens that announce a person's name right after them. */
const BEFORE = wordSet(
  '叫 名叫 叫作 劳动模范 全国劳动模范 模范 技术能手 大国工匠 记者 通讯员 本报记者 实习生 摄影 摄 作者 编辑 主编 同志 先生 女士 老人 师傅 工人 职工 员工 农民工 司机 医生 护士 教师 老师 学生 村民 居民 党员 代表 委员 书记 副书记 主任 副主任 局长 副局长 部长 副部长 厅长 处长 科长 县长 市长 省长 镇长 乡长 村长 主席 副主席 总经理 经理 董事长 厂长 院长 校长 所长 站长 队长 班长 组长 社长 馆长 行长 会长 秘书长 教授 研究员 工程师 技师 高级工程师 总工程师 专家 院士 博士 冠军 选手 运动员 教练 负责人 创始人 带头人 劳模 工匠 市民 网友 妻子 丈夫 儿子 女儿 父亲 母亲 爷爷 奶奶',
);
/** Tokens that follow a person's name. */
const AFTER = wordSet(
  '说 表示 主持 出席 讲话 发言 致辞 作报告 宣读 陪同 介绍 告诉 认为 指出 强调 坦言 回忆 笑 称 透露 感慨 感叹 直言 说道 谈到 谈起 提到 解释 补充 坦承 同志 先生 女士 老师 师傅 书记 主任 局长 部长 厂长 院长 校长 经理 教授 博士 院士 代表 委员 等人 一家 夫妇 老人 大爷 大妈 阿姨 等',
);
/** Titles after a bare surname (覃先生, 单师傅, 老解): the surname alone is read as a surname. */
export const SURNAME_TITLES = wordSet(
  '先生 女士 小姐 老师 师傅 同志 书记 主任 局长 部长 厂长 院长 校长 经理 教授 博士 院士 大爷 大妈 阿姨 大姐 大哥 爷爷 奶奶 叔叔 伯伯 大叔 大婶 婆婆 阿婆 老伯 师父 老 总 工 姓 家 氏',
);
/**
 * Surnames that are also adverbs, prepositions or conjunctions (曾 céng "once", 于, 向, 将, 和, 同, 从, 都,
 * 单 "only", 任 "any", 但 "but", 来, 全 "all", 那 "that"): before a function word (厂长曾多次到一线, 主任曾在会上) they belong to the sentence and
 * start no name.
 */
const ADVERB_SURNAMES = '曾于向将和同从都单任但来全那';
/** Of them, the adverbs that follow a plural subject (队员都, 职工将, 大家和): only strong context after the name makes them a surname. */
const ADVERB_AFTER_SUBJECT = '都将和同从向于';
/** Of them, those that join clauses or people (但 | 王师傅说, 和 | 李师傅一起): before a surname they start no name. */
const CONJUNCTION_SURNAMES = '但和同那来全';
/** Adverbs between a name and its verb (高洪波 | 曾 | 解释), and seldom in a given name (正, 再, 亦, 才 are). */
const ADVERBS_BEFORE_VERB = '曾也都就还又已便却仍';
/** Particles: no character of a given name. */
const PARTICLES = '了着过的地得们吗呢吧啊呀嘛';
/** Single characters and words that start no given name after such a surname. */
const NOT_GIVEN_START = '在于从向对把被将与跟也都就还又再已曾不没很最更是以让给多便却仍并均亦乃即所';
const NOT_GIVEN_WORDS = wordSet(
  '多次 曾经 已经 正在 经常 一直 一度 先后 多年 还是 也是 就是 都是 不断 再次 依然 仍然 始终 于是 从未 从不 从小 对此 一起 共同 这样 那样 这么 那么 如此 一样 这些 那些 这个 那个 自己 大家',
);
/** Continuations of a sentence after a person named with a title before the name (主任曾建平一边查看). */
const AFTER_TITLED = wordSet(
  '一边 正在 带领 带着 和 与 向 对 把 也 还 又 就 都 今年 如今 已经 从 在 每天 常常 总是 一直',
);
const TITLE_BEFORE = wordSet('老 小 姓');
/**
 * After a one-character title: the rest of an organisation's name, so the title was its first
 * character (区 | 总 | 工会 "the district federation of trade unions", not Mr Ōu).
 */
const ORGAN_AFTER = wordSet('工会 公司 局 部 站 队 院 厂 支队 指挥部 商会 会 社 所 医院 工会主席');
/**
 * After a reporter's name in a dateline or a byline (记者查文静报道, 记者单雪梅摄, 通讯员解明 文/图), and
 * what a reporter does next (记者王芳了解到, 记者李明获悉).
 */
const BYLINE_AFTER = wordSet(
  '报道 摄 摄影 文 图 通讯员 实习生 特约记者 见习记者 了解 获悉 采访 走访 看到 发现 注意到 从',
);
const PUNCT_AROUND = wordSet('、 （ ） ， ( )');

/** Clause starts: no token before, or a punctuation mark. */
const CLAUSE_START = wordSet('。 ！ ？ ； ： “ ” 》 \n');
/** After a name at a clause start (区志红是一名纺织女工), or the comma of a list of names (覃志刚、李明华等). */
const AFTER_AT_START = wordSet('是 在 今年 从 、 带领 一直 已经 每天 多年');
/**
 * Conjunctions after a name that opens a sentence (单红霞和她的同事们): only for a surname read
 * otherwise as a word (单 Shàn), where a wrong reading is what the name would fix; 奉化江和 is a river.
 */
const AND_AT_START = wordSet('和 与 跟');

const isSingleHan = (t: Segment | undefined) => !!t && t.kind === 'han' && t.text.length === 1;

/** Length of the longest compound surname (a longer token is not looked up). */
const COMPOUND_MAX = Math.max(0, ...[...COMPOUND_SURNAMES].map((s) => s.length));

/** Code units of the single-character surnames, to test a character of a token without slicing it. */
const SURNAME_UNITS = new Uint8Array(65536);
for (const s of SURNAMES) if (s.length === 1) SURNAME_UNITS[s.charCodeAt(0)] = 1;

/**
 * Merges surname + given name into one token where the context announces a person. `syllables` of a
 * merged token holds its numbered reading; `read` gives a token's numbered syllables.
 */
export function mergeNames(
  tokens: Segment[],
  read: (t: Segment) => string[],
  nodeOf: (word: string) => number = () => -1,
  met: NameMemory = new Set(),
): void {
  // One pass that compacts in place: tokens[0, w) are done (a merged name is one of them), tokens[r]
  // is the one under decision and tokens[r + 1 ...] the ones after it, untouched. No splice, so the
  // cost stays linear in the number of tokens.
  let w = 0;
  for (let r = 0; r < tokens.length;) {
    let taken = nameAt(tokens, w, r, read, nodeOf);
    const found = taken > 0;
    if (!found && met.size > 0) taken = metAt(tokens, r, met);
    if (taken > 0) {
      const name = mergedName(tokens.slice(r, r + taken), read);
      if (found && announced(tokens[w - 1], tokens[r + taken])) met.add(name.text);
      tokens[w++] = name;
      r += taken;
    } else tokens[w++] = tokens[r++];
  }
  tokens.length = w;
}

/**
 * Names met earlier in the same text or article (where the context announced them: 电焊工仇国强): a
 * later mention needs no context (去年，仇国强获评全国技术能手 is Qiú Guóqiáng again). One per article.
 */
export type NameMemory = Set<string>;

/**
 * Whether a name was announced by a title before it or a verb of persons after it (电焊工仇国强,
 * 仇国强说): only such names are remembered, not one that a list or a sentence's start suggested.
 */
function announced(before: Segment | undefined, after: Segment | undefined): boolean {
  if (before && (BEFORE.has(before.text) || TITLE_END.test(before.text))) return true;
  return !!after && (AFTER.has(after.text) || BYLINE_AFTER.has(after.text));
}

/** Longest name remembered (surname + two characters, or a compound surname + two). */
const MET_MAX = 4;

/**
 * How many tokens from tokens[r] spell a name met before (0: none). The tokens must spell it exactly,
 * split as unknown names are (仇 | 国 | 强); one token only when it is no dictionary word, so 殷红 "dark
 * red" stays a colour after the person 殷红 was named.
 */
function metAt(tokens: Segment[], r: number, met: NameMemory): number {
  const first = tokens[r];
  if (first.kind !== 'han') return 0;
  if (
    !SURNAME_UNITS[first.text.charCodeAt(0)] &&
    !(first.text.length > 1 && COMPOUND_SURNAMES.has(first.text.slice(0, 2)))
  )
    return 0;
  let text = '';
  for (let k = 0; k < 3 && r + k < tokens.length; k++) {
    const t = tokens[r + k];
    if (t.kind !== 'han') return 0;
    text += t.text;
    if (text.length > MET_MAX) return 0;
    if (met.has(text) && (k > 0 || t.entry === undefined)) return k + 1;
  }
  return 0;
}

/**
 * How many tokens from tokens[r] make one person name (0: none); tokens[w - 1] is the token before
 * it. May re-split a title that swallowed the surname (tokens[w - 1] and tokens[r] are then replaced)
 * and give a lone surname its surname reading.
 */
function nameAt(
  tokens: Segment[],
  w: number,
  r: number,
  read: (t: Segment) => string[],
  nodeOf: (word: string) => number,
): number {
  // A title that swallowed the surname: 经 | 理解 | 文斌 → 经理 | 解 | 文斌.
  const p0 = tokens[w - 1];
  const t0 = tokens[r];
  if (
    p0 &&
    isSingleHan(p0) &&
    t0.kind === 'han' &&
    t0.text.length === 2 &&
    SURNAME_UNITS[t0.text.charCodeAt(1)] === 1 &&
    BEFORE.has(p0.text + t0.text[0]) &&
    nodeOf(p0.text + t0.text[0]) > 0
  ) {
    const title = p0.text + t0.text[0];
    tokens[w - 1] = segmentOf(title, p0.start, t0.start + 1, 'han', nodeOf(title));
    const rest = t0.text[1];
    tokens[r] = segmentOf(rest, t0.start + 1, t0.end, 'han', nodeOf(rest) > 0 ? nodeOf(rest) : undefined);
  }
  const t = tokens[r];
  if (t.kind !== 'han') return 0;
  // A byline puts a space between the title and the name (本报通讯员 区颖): the title comes before it.
  const prev = tokens[w - 1]?.kind === 'space' && BEFORE.has(tokens[w - 2]?.text ?? '') ? tokens[w - 2] : tokens[w - 1];
  if (wordTookSurname(tokens, r, prev)) return 2;
  if (bylineWordName(tokens, r, prev, tokens[w - 2])) return 1;
  // 那 | 位 | 老教授, 几 | 位 | 老师傅: a surname that is also a measure word, after a demonstrative or a
  // number, is the measure word.
  if (
    t.text.length === 1 &&
    MEASURE_SURNAMES.includes(t.text) &&
    prev &&
    (prev.kind === 'number' || /^(?:[这那哪每几各]|[〇零一二三四五六七八九十百千万亿两]+)$/u.test(prev.text))
  )
    return 0;
  const length = t.text.length;
  const compound = length > 1 && length <= COMPOUND_MAX && COMPOUND_SURNAMES.has(t.text);
  if (!compound && !(length === 1 && SURNAME_UNITS[t.text.charCodeAt(0)] === 1)) return 0;
  if (!compound && SURNAME_READINGS[t.text]) {
    const n = tokens[r + 1];
    const titled =
      !!n && SURNAME_TITLES.has(n.text) && !(n.text.length === 1 && ORGAN_AFTER.has(tokens[r + 2]?.text ?? ''));
    if (titled || (prev && TITLE_BEFORE.has(prev.text))) {
      t.syllables = [SURNAME_READINGS[t.text]];
      return 0;
    }
  }
  // A given name whose last character a word took from the verb after it: 张 | 为 | 民主 | 持 →
  // 张 | 为 | 民 | 主持 (the verb 主持 follows names).
  resplitGivenName(tokens, r, nodeOf);
  // Given name: two single characters, one two-character token, or one character.
  const a = tokens[r + 1];
  const b = tokens[r + 2];
  // 曾 | 多次, 曾 | 在: an adverb, not a given name; 王 | 表示: a verb that follows names; 但 | 王师傅:
  // a conjunction before the surname that starts the name.
  // 区 | 工会, 丁 | 公司: a surname character before an organisation is the organisation's.
  if (!a || AFTER.has(a.text) || (a.text.length > 1 && ORGAN_AFTER.has(a.text))) return 0;
  if (
    ADVERB_SURNAMES.includes(t.text) &&
    ((a.text.length === 1 &&
      (NOT_GIVEN_START.includes(a.text) ||
        (CONJUNCTION_SURNAMES.includes(t.text) && SURNAME_UNITS[a.text.charCodeAt(0)] === 1))) ||
      NOT_GIVEN_WORDS.has(a.text))
  )
    return 0;
  // 长 | 高 | 了 | 十厘米: a particle is no given name (nor is anything after it).
  if (isSingleHan(a) && PARTICLES.includes(a.text)) return 0;
  let take = 0;
  if (
    isSingleHan(a) &&
    isSingleHan(b) &&
    !PARTICLES.includes(b.text) &&
    // 司机王亮说, 张华等: the verb or 等 that follows a name is not its last character.
    !AFTER.has(b.text) &&
    !(ADVERBS_BEFORE_VERB.includes(b.text) && AFTER.has(tokens[r + 3]?.text ?? ''))
  )
    take = 2;
  else if (a && a.kind === 'han' && a.text.length === 2 && !a.entry) take = 1;
  else if (a && a.kind === 'han' && a.text.length === 2) take = 1;
  else if (isSingleHan(a)) take = 1;
  if (!take) return 0;
  const before = !!prev && (BEFORE.has(prev.text) || TITLE_END.test(prev.text));
  // 但句句说到了心坎上: a conjunction that is also a surname names a person only after a title; and
  // not before a word (师傅和学校老师: 和 | 学校).
  if (CONJUNCTION_SURNAMES.includes(t.text) && (!before || (take === 1 && a.entry !== undefined))) return 0;
  const atStart = !prev || (prev.kind !== 'han' && CLAUSE_START.has(prev.text));
  // The first name of a list after a comma (会上，覃海燕、区文斌分别发言): a three-character name before 、.
  const listAfterComma = !!prev && (prev.text === '，' || prev.text === ',');
  // A name after another name and 、 (覃海燕、区文斌分别发言): the list goes on.
  const before2 = tokens[w - 2];
  const listAfterName =
    !!prev &&
    prev.text === '、' &&
    !!before2 &&
    before2.entry === undefined &&
    !!before2.syllables &&
    before2.text.length > 1;
  let k = take;
  // A two-character given name of two single characters needs the context right after it; else one.
  // A given name of one two-character token, which the two kinds below narrow down.
  const oneToken = take === 1 && a.text.length === 2 && !NOT_GIVEN_WORDS.has(a.text);
  const adverbSurname = ADVERB_SURNAMES.includes(t.text);
  const givenWord = oneToken && (/^(.)\1$/u.test(a.text) || (a.entry === undefined && !adverbSurname));
  const surnameReads = !compound && SURNAME_READINGS[t.text] !== undefined;
  const givenToken = oneToken && surnameReads && !adverbSurname;
  const around: NameContext = {
    prev,
    before,
    atStart,
    listAfterComma,
    listAfterName,
    givenWord,
    givenToken,
    surnameReads,
  };
  if (k === 2 && !nameEndsAt(tokens, r + 3, 2, around)) k = nameEndsAt(tokens, r + 2, 1, around) ? 1 : 0;
  else if (k === 1 && !nameEndsAt(tokens, r + 2, 1, around)) k = 0;
  // 队员都拼尽了全力, 职工将进一步: after a plural subject these are adverbs; a name needs a verb of
  // names or the end of the phrase after it (记者都云飞报道, 记者将军，).
  if (k && ADVERB_AFTER_SUBJECT.includes(t.text)) {
    const after = tokens[r + 1 + k];
    // 老职工都记得，: a given name that is one dictionary word (a verb) is the adverb's verb.
    const verb = k === 1 && tokens[r + 1].entry !== undefined;
    if (after && (after.kind === 'han' || verb) && !AFTER.has(after.text) && !BYLINE_AFTER.has(after.text)) k = 0;
  }
  return k ? 1 + k : 0;
}

/**
 * Whether a given name of `k` tokens may end before `after` (the token after it): the context
 * right after the name, or around it, says "person".
 */
function nameEndsAt(tokens: Segment[], at: number, k: number, around: NameContext): boolean {
  const { prev, before, atStart, listAfterComma, listAfterName } = around;
  const after = tokens[at];
  return (
    (before &&
      (!after ||
        after.kind !== 'han' ||
        AFTER.has(after.text) ||
        AFTER_TITLED.has(after.text) ||
        BYLINE_AFTER.has(after.text) ||
        (isSingleHan(after) && !NOT_AFTER_NAME.includes(after.text)) ||
        // 书记覃志刚调研了, 市委书记李强调研, 选手盖丽丽获得: after a title, a two-character word starts
        // the sentence again once the name is out.
        ((k === 2 || around.givenWord) && after.text.length === 2 && after.entry !== undefined))) ||
    (!!after && AFTER.has(after.text)) ||
    // 高洪波曾解释, 李华也表示: an adverb, then a verb that follows names.
    (isSingleHan(after) && ADVERBS_BEFORE_VERB.includes(after.text) && AFTER.has(tokens[at + 1]?.text ?? '')) ||
    (atStart &&
      (k === 2 || around.givenToken) &&
      !!after &&
      (AFTER_AT_START.has(after.text) || (around.surnameReads && AND_AT_START.has(after.text)))) ||
    (listAfterComma && k === 2 && !!after && after.text === '、') ||
    (listAfterName && k === 2) ||
    (!!prev && PUNCT_AROUND.has(prev.text) && !!after && PUNCT_AROUND.has(after.text) && prev.text !== '，')
  );
}

/** Surnames that are also measure words (位, 名, 支, 门, 家, 户, 盘, 包, 车). */
const MEASURE_SURNAMES = '位名支门家户盘包车种';

/** Aspect particles and the plural 们: what ends before them is a verb or a noun (都 | 买 | 了, 家长 | 们), not a name. */
const NOT_AFTER_NAME = '了着过们';

/** What around a name's surname says about where the name may end. */
interface NameContext {
  prev: Segment | undefined;
  /** A word that comes before names (a title, 记者 …). */
  before: boolean;
  /** The name starts a clause. */
  atStart: boolean;
  /** The name follows a comma (the first of a list). */
  listAfterComma: boolean;
  /** The name follows another name and 、 (the list goes on). */
  listAfterName: boolean;
  /**
   * The given name is one two-character token that reads as one: a name said twice (盖 | 丽丽) or
   * one no dictionary lists, after a surname that is no adverb (闵 | 建华); not a word such as the
   * verb of 常 | 提醒.
   */
  givenWord?: boolean;
  /**
   * The given name is one two-character token after a surname that is no adverb and is read as a
   * surname otherwise than as a word (查 | 建国); not 常 | 栖息, 由 | 中国.
   */
  givenToken?: boolean;
  /** The surname has a reading of its own as a surname (单 Shàn, 查 Zhā). */
  surnameReads?: boolean;
}

/**
 * Surname, one given-name character, then a two-character word whose second character starts a verb
 * that follows names with the single character after it (民主 | 持 → 民 | 主持): re-splits the pair so
 * that the name can take its character. Only when that verb is a dictionary word.
 */
function resplitGivenName(tokens: Segment[], r: number, nodeOf: (word: string) => number): void {
  const a = tokens[r + 1];
  const b = tokens[r + 2];
  const c = tokens[r + 3];
  if (!isSingleHan(a) || !b || b.kind !== 'han' || b.text.length !== 2 || !isSingleHan(c)) return;
  const verb = b.text[1] + c.text;
  if (!AFTER.has(verb) || AFTER.has(b.text + c.text) || nodeOf(verb) <= 0) return;
  const first = b.text[0];
  tokens[r + 2] = segmentOf(first, b.start, b.start + 1, 'han', nodeOf(first) > 0 ? nodeOf(first) : undefined);
  tokens[r + 3] = segmentOf(verb, b.start + 1, c.end, 'han', nodeOf(verb));
}

/** What a place or an organisation ends in, after a word (宿舍 | 楼, 高新 | 区): no given name. */
const PLACE_ENDS = '楼区村路街厂院室局站组部处科会队所店馆港湾桥山河江湖省市县镇乡家门口园场城岛州坊屯庄';

/**
 * A word that took the surname and the first character of a three-character name right after a
 * title (焊工 | 查德 | 胜, 本报记者 | 查看 | 报道's 查看 before 报道): the name ends after the next character,
 * before punctuation, a verb of names or a byline's word.
 */
function wordTookSurname(tokens: Segment[], r: number, prev: Segment | undefined): boolean {
  const t = tokens[r];
  if (t.text.length !== 2 || t.entry === undefined || COMPOUND_SURNAMES.has(t.text)) return false;
  if (SURNAME_UNITS[t.text.charCodeAt(0)] !== 1 || BEFORE.has(t.text) || TITLE_END.test(t.text)) return false;
  if (!prev || !(BEFORE.has(prev.text) || TITLE_END.test(prev.text))) return false;
  const g = tokens[r + 1];
  if (!isSingleHan(g) || PARTICLES.includes(g.text) || PLACE_ENDS.includes(g.text) || AFTER.has(g.text)) return false;
  const after = tokens[r + 2];
  return !after || after.kind !== 'han' || AFTER.has(after.text) || BYLINE_AFTER.has(after.text);
}

/** Titles of a byline, before the name of who wrote or photographed (记者殷红报道, 通讯员 查看). */
const BYLINE_TITLES = wordSet('记者 本报记者 通讯员 本报通讯员 实习生 见习记者 特约记者 摄影 摄');
/**
 * A dictionary word that is the whole name in a byline (记者殷红报道 Yīn Hóng, not yānhóng "dark red";
 * 通讯员 查看 Zhā Kàn): a two-character word starting with a surname, after a byline's title and
 * before what ends a byline (报道, 摄, the next title, a bracket, the end).
 */
function bylineWordName(tokens: Segment[], r: number, prev: Segment | undefined, before: Segment | undefined): boolean {
  const t = tokens[r];
  if (t.text.length !== 2 || t.entry === undefined || SURNAME_UNITS[t.text.charCodeAt(0)] !== 1) return false;
  // The second name of a byline's list (本报记者 王华 殷红 摄): a space after a name.
  const listed = prev?.kind === 'space' && !!before && before.entry === undefined && !!before.syllables;
  if (!prev || !(BYLINE_TITLES.has(prev.text) || listed)) return false;
  let k = r + 1;
  if (tokens[k]?.kind === 'space') k++;
  const after = tokens[k];
  return !after || BYLINE_AFTER.has(after.text) || BYLINE_TITLES.has(after.text) || '）)、'.includes(after.text);
}

/** Words ending a person's title (…记者, 副站长, 王师傅's 师傅) right before a name. */
const TITLE_END =
  /(?:记者|员|长|书记|主任|经理|师傅|师|焊工|电工|钳工|车工|技工|女工|农民工|装卸工|维修工|操作工|清洁工|铆工|架子工|钢筋工|大户|能手|户主)$/;

/** One token for surname + given name, read with the surname's reading. */
function mergedName(parts: Segment[], read: (t: Segment) => string[]): Segment {
  const t = parts[0];
  const surname = SURNAME_READINGS[t.text];
  const syl = [...(surname ? surname.split(' ') : read(t))];
  // A word that took the surname and the given name's first character (查德 of 查德胜): the surname's reading.
  const first = t.text.length === 2 && !COMPOUND_SURNAMES.has(t.text) ? SURNAME_READINGS[t.text[0]] : undefined;
  if (first) syl[0] = first;
  for (const p of parts.slice(1)) {
    const own = read(p);
    const chars = [...p.text];
    for (let k = 0; k < own.length; k++) syl.push(GIVEN_NAME_READINGS[chars[k]] ?? own[k]);
  }
  const last = parts[parts.length - 1];
  return segmentOf(parts.map((p) => p.text).join(''), t.start, last.end, 'han', undefined, syl);
}
