/**
 * Dictionary words whose sense (and so their split or their reading) the neighbouring words decide:
 * - 一个人 is the headword "alone, by oneself" after the person who is alone (他一个人住, 我一个人办不了);
 *   elsewhere it is the numeral phrase 一个 | 人 "one person" (来了一个人, 每一个人, 一个人的力量).
 * - A pronoun + verb headword (他用 "other use", 他杀 "homicide") before the particle 了, 着 or 过 is
 *   the pronoun and the verb: 他 | 用 | 了.
 * - 得到 after a one-character verb is the potential complement 得 de + 到 (做得到, 看得到, 找得到);
 *   elsewhere the verb dédào "to obtain" (职工得到了实惠).
 * - 地方 reads dìfāng "local, regional" before the institution it qualifies (地方政府, 中央和地方) and
 *   dìfang "place" elsewhere (这个地方, 什么地方, 有的地方).
 * - 一行 reads yīháng "a line of work" after a demonstrative or a verb of work (这一行, 干一行爱一行)
 *   and yīxíng "the party (travelling)" elsewhere (调研组一行五人).
 * - 背着 reads bēizhe "carrying on the back" before what is carried (背着工具包, 背着沉重的设备,
 *   背着孩子, 背着他往山下走) and bèizhe "behind the back of, with the back to" before the people
 *   kept unaware (背着家人, 背着他报了名) and 手, 光, 脸, 身.
 * - 东西 reads dōngxī "east and west" before a side, a direction or a length (东西部, 东西两侧, 东西长
 *   三公里) and after 横贯, 南北; dōngxi "thing" elsewhere (买了很多东西).
 * - 多少 reads duōshǎo "more or less" before a verb or adverb of degree (多少有些紧张, 多少会受影响) and
 *   duōshao "how many, how much" elsewhere (挣了多少钱, 有多少人).
 * - 为人 reads wéirén "one's conduct" before what it is said to be, after 的 or at a clause's end (为人朴实,
 *   他的为人) and wèirén "for others" elsewhere (CC-CEDICT's first).
 * - 挑起 reads tiāoqǐ "to shoulder" before a burden (挑起重担, 挑起了大梁) and tiǎoqǐ "to stir up" elsewhere.
 * - 地道 reads dìdao "genuine" after a degree adverb or before 的 (地道的北京菜, 很地道) and dìdào
 *   "tunnel" elsewhere (挖地道).
 * - 到了 is the verb or complement 到 and the particle 了 (调 | 到 | 了新岗位, 感受 | 到 | 了压力, 到 | 了晚上):
 *   CC-CEDICT's 到了 "at last" would give the learner the wrong card.
 * - After a number, a word that starts with 余 or 多 "more than" is that and the measure word (十 | 余 | 项,
 *   二十 | 余 | 年, 三千 | 多 | 元; not 多元 "multiple"; 多个 stays the word CC-CEDICT reads duō ge).
 * - After a number, a word that starts with a measure word is the measure word and the rest (一 | 口 | 水
 *   "a mouthful of water", not 口水 "saliva"; 三 | 个 | 人; 一 | 名 | 为群众服务 when 为 is "for").
 * - After an adverb of degree, a headword of a one-character adjective + 地 is the adjective and the
 *   adverbial 地 de (更 | 高 | 地举起, 很 | 大 | 地提高; not 高地 "highland", 大地 "the earth").
 * - 精神 reads jīngshen "lively" after a degree adverb or 显得 (显得格外精神) and jīngshén "spirit" elsewhere.
 * - 落下 reads làoxià "to be left with" before an illness (落下了残疾), làxià "to leave out" after a negation
 *   (不落下一户), and luòxià elsewhere.
 * - 更深 is 更 gèng + 深 "deeper" (认识更深了, 更深地理解) but after 夜 or 已, where it is gēngshēn "late at night".
 * - 各地 before 区 gives its 地 back: 全国 | 各 | 地区 (全国各地区各部门), not 全国各地 | 区.
 * - 地上 after the first character of a word for land gives it the 地: 祖国 | 大地 | 上, 高地 | 上
 *   (not 大 | 地上 dìshang), but after an adverb of degree (很 | 大 | 地 | 上涨).
 */
import type { Dictionary } from './dictionary';
import { segmentOf, type Segment } from './segment';
import {
  DEGREE,
  DEGREE_BEFORE_DE,
  forSomeoneAfter,
  inClauseAfterAt,
  inClauseBeforeAt,
  LIGHT,
  NUMERAL,
  saidTwice,
} from './readings-overrides';
import { wordSet } from './word-set';
import { SURNAME_READINGS, SURNAME_TITLES } from './names';

/** Who can be alone: pronouns and person nouns right before 一个人. */
const ALONE_AFTER = wordSet(
  '我 你 您 他 她 它 自己 咱 俺 本人 独自 老人 孩子 母亲 父亲 妈妈 爸爸 妻子 丈夫 儿子 女儿 老伴 奶奶 爷爷 姥姥 师傅',
);

/** What 地方 "local" qualifies (地方政府, 地方财政) or stands beside (中央和地方). */
const LOCAL_BEFORE = wordSet(
  '政府 财政 党委 官员 干部 人大 立法 法规 性法规 债务 债 专项债 政府债 国企 企业 银行 税收 税 经济 部门 当局 领导 组织 机构 标准 特色 戏 戏曲 志 病 保护主义 文化 高校 院校 媒体 选举 议会 自治 主管 工会 总工会 两会 金融 监管 实践 探索 试点 首长 武装 部队 粮票',
);
const LOCAL_AFTER = wordSet('中央 各级 和 与 及 同 各 央地');

/** Pronouns that head a two-character headword (他用, 他杀) but not those words (他们, 他人, 他乡). */
const PRONOUN_HEAD = '他她它我你您';
const NOT_PRONOUN_VERB = '们人俩乡方家国日年者物';
const ASPECT = wordSet('了 着 过');

/** One-character verbs taking the potential complement 得到 (做得到 "can do it"). */
const POTENTIAL_VERBS = wordSet(
  '做 看 听 找 买 想 吃 用 拿 见 办 赶 借 碰 说 写 学 收 接 等 猜 闻 摸 抓 搞 弄 租 订 查 读 送 提 取 够 感 觉 认 领 挣 追 请 叫 要 喝 穿 住 进 修 治 打',
);

/** After 背着: the people something is done behind the back of, and what one turns one's back to. */
const BEHIND_BACK_OF = wordSet(
  '他 她 我 你 您 他们 她们 我们 你们 咱们 大家 别人 人 旁人 众人 家人 家里 家里人 父母 爸妈 爸爸 妈妈 妻子 丈夫 老婆 老公 爱人 老伴 领导 上级 组织 同事 群众 老师 手 光 脸 身 身子',
);
/** Adverbs of doing something in secret, after 背着 + someone (背着老母亲偷偷地报了名). */
const IN_SECRET = wordSet('偷偷 悄悄 偷偷地 悄悄地 私下 私自 暗地里 背地里 瞒着');
/** After 背着 + a pronoun: going somewhere with the person on one's back (背着他往山下走). */
const CARRYING_OFF = wordSet('往 向 朝 跑 走 冲 送 赶 奔 爬 上 下 蹚 趟 穿过 越过 转移 撤离 前往 回到 回 到');

/** Before 一行 "a line of work": a demonstrative, or a verb of taking up or loving a trade. */
const TRADE_BEFORE = wordSet('这 那 哪 本 同 每 干 做 爱 入 改 转 吃 专 精 懂 钻 选');

/** After 东西 "east and west": sides, directions, lengths (东西部, 东西两侧, 东西长三公里). */
const EAST_WEST_BEFORE = wordSet(
  '部 部地区 方 方向 向 两 两侧 两岸 两端 两边 两翼 双向 走向 长 宽 横 横贯 贯通 贯穿 之间 南北 两部 协作 部协作 扶贫 对口 合作 城区 轴线 大街 大道 干道 主干道',
);
/** First characters of what follows 东西 "east and west" when a word took them (东西 | 长三 | 公里). */
const EAST_WEST_FIRST = '部方向两长宽横';
const EAST_WEST_AFTER = wordSet('横贯 贯穿 贯通 南北 横跨 联通 连接');
/** After 多少 "more or less": verbs and adverbs of degree (多少有些, 多少会, 多少带着). */
const MORE_OR_LESS_BEFORE = wordSet('有 有些 有点 有点儿 会 能 也 还 带 带着 受 受到 影响 知道 了解 懂 懂得 明白 沾');
const GENUINE_AFTER = wordSet('很 挺 太 真 非常 十分 特别 最 更 不 够 相当 比较');

/** One-character adjectives that a headword with 地 took after an adverb of degree (高地, 大地, 实地). */
const ADVERBIAL_ADJECTIVES = '高大好多快深远早少广强紧稳牢实细准严宽重轻长短慢';
/** First characters of words for land (大地, 高地, 空地) that 地上 takes the 地 of (大 | 地上). */
const LAND_FIRST = '大高草雪耕田湿林平坡洼荒空沙旱陆绿';
/** Verbs of seeming before an adjective (显得精神, 看着精神). */
const LOOKS = wordSet('显得 看着 看起来 看上去 格外 挺 真 特别');
/** Negations before 落下 là "to leave out, to fall behind" (不落下一户, 一个都不能落下, 没落下一节课). */
const LEAVE_OUT_AFTER = wordSet('不 没 没有 别 不能 不会 不要 不让 决不 绝不 从没 从不');
/** What one is left with after 落下 lào (落下了残疾, 落下病根). */
const LEFT_WITH = wordSet('残疾 病根 病根儿 病 毛病 后遗症 伤 伤疤 疤 疤痕 腰病 腿病 胃病 疼 痛');
/** Before 话 "words" (他的话说到了…, 这句话说得好). */
const WORDS_BEFORE = wordSet('的 句 这 那 番 席 这句 那句 这番 那番 一句');
/** Before 受过 "to take the blame": for whom (代人受过, 替他受过). */
const TAKE_BLAME_AFTER = wordSet('代 替 代人 替人 为人');
/** Before 更深 "late at night": the night, or 已 (夜已更深). */
const NIGHT_BEFORE = wordSet('夜 已 夜已 半夜');

/** Words that start with a measure word and that a number splits (一口水, 三个人, 一名为, 第一名将被授予, 好几天才, 三种花). */
const MEASURE_HEADED = wordSet('口水 个人 名为 名将 天才 种花 种树 种菜 种草');
/** Verbs after which 口水 is "a mouthful of water", the 一 left out (喝口水, 抿口水); 流口水 is saliva. */
const SIP_VERBS = wordSet('喝 抿 尝 灌 喂 递 倒');
/** Measure words and units after a number and 余 (十余项, 二十余年, 5000余元); 余震, 余额 keep their words. */
const MEASURES_AFTER_YU =
  '项年名人家个件次位户天万亿元座所株种条台辆吨米斤亩倍场起处批篇部本首只头张份届期支架艘根块岁月日周';

/** One token per part of `t` (each with its headword, if any, and its given syllables). */
function partsOf(t: Segment, parts: string[], dict: Dictionary, syllables?: (string[] | undefined)[]): Segment[] {
  let at = t.start;
  return parts.map((p, k): Segment => {
    const node = dict.nodeOf(p);
    const s = segmentOf(p, at, at + p.length, 'han', node > 0 ? node : undefined, syllables?.[k]);
    at += p.length;
    return s;
  });
}

const isPersonName = (t: Segment | undefined) => !!t && t.kind === 'han' && t.entry === undefined && !!t.syllables;

/** What one shoulders (挑起重担, 挑起大梁): 挑起 tiāoqǐ, not tiǎoqǐ "to stir up" (挑起事端). */
const SHOULDERED = wordSet('重担 担子 大梁 重任 责任 扁担 水桶 两桶 一担 担 千斤重担 大旗 使命');

/** Verbs done for someone after 给 + the one served (还给孩子们买了书, 给大家讲). */
const BENEFIT_VERBS = wordSet(
  '买 带 做 讲 送 发 打 写 寄 留 准备 提供 带来 送来 解决 办 争取 补 配 安排 介绍 上 过 煮 做饭 修 修理 买了 带了 做了 讲了 送了 送上 带去',
);

/** 把 and 将: before 还给 in its clause they make it "give back" (把钱还给他). */
const DISPOSAL = wordSet('把 将');

/** Words that join or address people, before a surname and its title (和单师傅, 请解老师). */
const JOINS_PEOPLE = '和与跟同及对向给找问请帮陪替让叫';

/** One-character verbs whose result 下 keeps or sets down what follows (省下, 攒下, 留下, 写下, 吃下). */
const KEEPING_VERBS = wordSet('省 攒 剩 留 存 记 写 买 订 定 签 拍 录 埋 种 生 吃 喝 吞 咽 装 容 放 立 许 收 赢 拿 攻');

/** Verbs that hold what follows them, before 着 + 重 (存在着重…, 有着重…, 肩负着重…). */
const BEARING_VERBS = wordSet('存在 有 带 肩负 担负 承担 承受 背负 负 挑 扛 顶 压 面临 保持 怀');

/** Verbs of the hands: after one, 着手 is 着 zhe + 手 "hand" (手拉着手, 握着手里的照片), not zhuóshǒu "to set about". */
const HAND_VERBS = wordSet(
  '拉 牵 握 举 挥 拍 搓 揣 扶 攥 拿 捂 甩 伸 抬 搀 挽 拖 抓 拽 捧 托 摸 按 插 抱 搭 拢 摇 摆 烤 暖 擦 缩 扣 绑 捆 叉 摊 扬 背 拱 撑 握紧 攥紧 拉紧 牵紧',
);

/** What follows 进 "to enter" after 后 "after" (后进了工厂, 后进厂): 了 or where one enters. */
const AFTER_ENTERING = wordSet('了 厂 城 校 京 村 站 场 门 入 工厂 公司 车间 企业 学校 部队 大学');

/** What 起 counts (一起事故, 一起拖欠工资的案件). */
const INCIDENTS = wordSet(
  '事故 安全事故 交通事故 案件 案子 案 纠纷 劳动争议 争议 事件 火灾 命案 车祸 冲突 诈骗案 盗窃案 投诉 险情',
);
/** What comes before 一起 "one (incident)": a verb of incidents or 了 (发生了一起, 审结一起). */
const INCIDENT_BEFORE = wordSet('了 发生 审结 审理 查处 侦破 破获 调解 受理 办理 曝光 处置 是 这是');
/** Effort put into something (在质量上下足功夫): 上下 before it is 上 "on" + 下 "to put in". */
const EFFORT = wordSet('功夫 工夫 苦功 苦功夫 真功夫 硬功夫 细功夫 大功夫 力气 大力气 气力 心思 心血');
/** What may stand between 下 and the effort (下足功夫, 下更大功夫, 下苦功). */
const EFFORT_MEASURE = wordSet('足 更 大 更大 更多 多 很 很大 苦 真 硬 狠 细 深 足了 了 些 一番 番 不少');
/** Whether tokens[i] (上下) is followed by effort, with at most three measures of it between. */
function effortAfter(tokens: readonly Segment[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j].text;
    if (EFFORT.has(t)) return true;
    if (!EFFORT_MEASURE.has(t)) return false;
  }
  return false;
}

/** What 为人 wéirén "one's conduct" is said to be (为人朴实, 为人正直); 为人 wèirén "for others" takes a verb. */
const CONDUCT = wordSet(
  '朴实 正直 正派 厚道 忠厚 诚恳 诚实 真诚 热情 谦和 谦逊 谦虚 低调 随和 和善 和气 善良 坦荡 坦诚 豪爽 爽快 耿直 实在 本分 宽厚 仗义 处世 处事 公道 热心 老实 稳重 严谨 大方 很 十分 非常 极为 一向 向来',
);

/**
 * Whether one of `words` is among the `n` tokens after tokens[i] in its clause; the punctuation
 * marks in `through` (quotes around a phrase) do not end it.
 */
function inNext(tokens: readonly Segment[], i: number, n: number, words: Set<string>, through = ''): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + n; k++) {
    if (tokens[k].kind === 'punct' && !through.includes(tokens[k].text)) return false;
    if (words.has(tokens[k].text)) return true;
  }
  return false;
}

/** Words that open a condition closed by 的话. */
const CONDITIONS = wordSet('如果 要是 假如 假若 倘若 若 若是 万一 如 否则 不然 要不然 不行 可能 的话 实在 真');

/**
 * Whether the 的话 at tokens[i] is the conditional "if": a condition opens its clause, or a comma
 * follows it (不及时处理的话，…); 牢记总书记的话。 ends a sentence on the noun.
 */
function conditionalDehua(tokens: readonly Segment[], i: number): boolean {
  const n = tokens[i + 1]?.text;
  if (inClauseBeforeAt(tokens, i, CONDITIONS, 20)) return true;
  // 师傅说过的话，他一句也没忘: the words someone said, before a comma too.
  const p = tokens[i - 1]?.text ?? '';
  const said = SAYING.has(p) || ((p === '过' || p === '了') && SAYING.has(tokens[i - 2]?.text ?? ''));
  return !said && (n === '，' || n === ',');
}
/** Verbs of saying before 的话 "the words (that someone said)". */
const SAYING = wordSet('说 讲 讲过 说过 交代 嘱咐 叮嘱 叮嘱过 嘱咐过 教导 写 留下');

export function readWordsInContext(tokens: Segment[], dict: Dictionary): void {
  // Once a token has been split, the tokens are copied to `out` (a splice per split would make the
  // pass quadratic); `done` holds the tokens before tokens[i] as they now are.
  let out = null as Segment[] | null;
  const split = (i: number, parts: Segment[]) => {
    out ??= tokens.slice(0, i);
    out.push(...parts);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const done: Segment[] = out ?? tokens;
    const at = out ? out.length : i;
    if (t.kind !== 'han' || t.syllables) {
      out?.push(t);
      continue;
    }
    const p = done[at - 1];
    if (
      t.text.length === 2 &&
      PRONOUN_HEAD.includes(t.text[0]) &&
      !NOT_PRONOUN_VERB.includes(t.text[1]) &&
      t.entry !== undefined &&
      ASPECT.has(tokens[i + 1]?.text ?? '')
    ) {
      split(i, partsOf(t, [t.text[0], t.text[1]], dict));
      continue;
    }
    // 的话 "if" closes a condition (如果…的话, 不然的话，); without a condition before it or a comma after
    // it, it is 的 + 话 "words" (他的话虽然不多, 牢记总书记的话。).
    if (t.text === '的话' && !conditionalDehua(tokens, i)) {
      split(i, partsOf(t, ['的', '话'], dict));
      continue;
    }
    // 他用 "other use" follows a verb of putting to use (挪作他用, 移作他用, 用于他用); elsewhere it is
    // 他 + 用 "he uses" (他用手机拍下).
    if (t.text === '他用' && !(p && p.kind === 'han' && /[作做为于]$/u.test(p.text))) {
      split(i, partsOf(t, ['他', '用'], dict));
      continue;
    }
    if (t.text === '得到' && p && p.kind === 'han' && POTENTIAL_VERBS.has(p.text) && tokens[i + 1]?.text !== '了') {
      split(i, partsOf(t, ['得', '到'], dict, [['de5'], ['dao4']]));
      continue;
    }
    // 十余项, 二十余年, 300余名: after a number 余 is "more than", and what follows it the measure word
    // (not 余项 "remainder term", 余年 "one's remaining years").
    if (
      t.text.length === 2 &&
      (t.text[0] === '余' || (t.text[0] === '多' && t.text !== '多个')) &&
      MEASURES_AFTER_YU.includes(t.text[1]) &&
      p &&
      (p.kind === 'number' || NUMERAL.test(p.text)) &&
      t.entry !== undefined
    ) {
      split(i, partsOf(t, [t.text[0], t.text[1]], dict));
      continue;
    }
    if (
      MEASURE_HEADED.has(t.text) &&
      p &&
      (p.kind === 'number' ||
        NUMERAL.test(p.text) ||
        p.text === '好几' ||
        (t.text === '名将' && /^第./u.test(p.text)) ||
        (t.text === '口水' && SIP_VERBS.has(p.text))) &&
      // 名 | 为 only where the 为 rule then reads "for" (it looks past the token after 为).
      (t.text !== '名为' || forSomeoneAfter(tokens, i + 2)) &&
      (t.text !== '个人' || p.text !== '一')
    ) {
      split(i, partsOf(t, [t.text[0], t.text[1]], dict));
      continue;
    }
    // X地 that is X and the adverbial 地 de: after "one + measure word", the measure word again (一遍 |
    // 遍地示范, not 遍地 "everywhere"); after an adverb of degree, a one-character adjective (更 | 高地举起,
    // 很 | 大地提高, not 高地 "highland", 大地 "the earth").
    if (
      t.text.length === 2 &&
      t.text[1] === '地' &&
      p &&
      (p.text === '一' + t.text[0] ||
        (p.text === t.text[0] && done[at - 2]?.text === '一') ||
        (ADVERBIAL_ADJECTIVES.includes(t.text[0]) && DEGREE_BEFORE_DE.has(p.text) && tokens[i + 1]?.kind === 'han'))
    ) {
      split(i, partsOf(t, [t.text[0], '地'], dict, [undefined, ['de5']]));
      continue;
    }
    // 和 | 解 | 师傅: a word that joins or addresses people took the surname before a title (和解 "to
    // reconcile"); the surname is read as one (Xiè).
    if (
      t.text.length === 2 &&
      JOINS_PEOPLE.includes(t.text[0]) &&
      SURNAME_READINGS[t.text[1]] &&
      (tokens[i + 1]?.text.length ?? 0) >= 2 &&
      SURNAME_TITLES.has(tokens[i + 1].text)
    ) {
      split(i, partsOf(t, [t.text[0], t.text[1]], dict, [undefined, [SURNAME_READINGS[t.text[1]]]]));
      continue;
    }
    // 退伍 | 后 | 进 | 了 | 工厂, 毕业 | 后 | 进 | 厂: "after" + 进 "to enter" (not 后进 "lagging behind").
    if (t.text === '后进' && p?.kind === 'han' && AFTER_ENTERING.has(tokens[i + 1]?.text ?? '')) {
      split(i, partsOf(t, ['后', '进'], dict));
      continue;
    }
    // 发生了一 | 起 | 安全事故: "one" + the measure word of incidents (not 一起 "together").
    if (t.text === '一起' && p && INCIDENT_BEFORE.has(p.text) && inNext(tokens, i, 8, INCIDENTS, '“”')) {
      split(i, partsOf(t, ['一', '起'], dict));
      continue;
    }
    // 打 | 手 | 电 (打手电 "to shine a torch"), not 打手 dǎshou "thug".
    if (t.text === '打手' && tokens[i + 1]?.text.startsWith('电')) {
      split(i, partsOf(t, ['打', '手'], dict, [undefined, ['shou3']]));
      continue;
    }
    // 可 | 不 | 容易, 这可 | 不是 | 小事: 可 "really" + 不 "not" before what follows; 可不 kěbu, 可不是
    // "exactly so" only as a reply of their own (可不，他说得对).
    if (
      (t.text === '可不' || t.text === '可不是') &&
      tokens[i + 1]?.kind === 'han' &&
      !'嘛吗呢啊呀吧'.includes(tokens[i + 1].text)
    ) {
      split(i, partsOf(t, ['可', t.text.slice(1)], dict, [undefined, t.text === '可不' ? ['bu4'] : ['bu4', 'shi4']]));
      continue;
    }
    // 船 | 上 | 载 | 满: "on" + 载 zài "to carry", before what says how it is loaded (not 上载 "to upload").
    if (t.text === '上载' && ['满', '着', '了', '有'].includes(tokens[i + 1]?.text ?? '')) {
      split(i, partsOf(t, ['上', '载'], dict, [undefined, ['zai4']]));
      continue;
    }
    // 焕发 | 出 | 新 | 的 | 生机: 出 completes the verb and 新 goes with what follows (not 出新 "to bring
    // forth the new").
    if (t.text === '出新' && tokens[i + 1]?.text === '的' && p?.kind === 'han') {
      split(i, partsOf(t, ['出', '新'], dict));
      continue;
    }
    // 上 | 好 | 学 "to do well at school" (孩子们都能上好学), not 好学 hàoxué "fond of learning".
    if (t.text === '好学' && p?.text === '上' && tokens[i + 1]?.text !== '上进') {
      split(i, partsOf(t, ['好', '学'], dict, [['hao3'], undefined]));
      continue;
    }
    // 越 | 过 | 越 | 红火: the first 越 of 越X越Y "the more … the more" took its verb (越过 "to cross").
    if (t.text.length === 2 && t.text[0] === '越' && tokens[i + 1]?.text[0] === '越' && t.entry !== undefined) {
      split(i, partsOf(t, ['越', t.text[1]], dict));
      continue;
    }
    // 存在 | 着 | 重 | 形式、轻实效: after a verb that holds its object, or before the 轻 of 重X轻Y, 着 zhe + 重
    // "heavy, to weigh" (肩负着重任 keeps 重任 whole); not the adverb 着重 zhuózhòng "with emphasis" (要着重解决).
    if (t.text === '着重' && p && (BEARING_VERBS.has(p.text) || inClauseAfterAt(tokens, i, LIGHT, 6))) {
      split(i, partsOf(t, ['着', '重'], dict, [['zhe5'], ['zhong4']]));
      continue;
    }
    // 重 | 建 | 轻 | 管 "to stress building over managing", not 重建 chóngjiàn "to rebuild" (重视 keeps its word).
    if (
      t.text.length === 2 &&
      t.text[0] === '重' &&
      tokens[i + 1]?.text === '轻' &&
      t.entry !== undefined &&
      dict.syllableAt(t.entry, 0) === 'chong2'
    ) {
      split(i, partsOf(t, ['重', t.text[1]], dict, [['zhong4'], undefined]));
      continue;
    }
    // 骑手小解说，: 小 / 老 + a surname and the 说 after it (小 | 解 Xiè | 说), not 解说 "commentary".
    if (
      t.text.length === 2 &&
      (t.text[1] === '说' || t.text[1] === '讲') &&
      SURNAME_READINGS[t.text[0]] &&
      p &&
      (p.text === '小' || p.text === '老') &&
      (i + 1 >= tokens.length || tokens[i + 1].kind !== 'han')
    ) {
      split(i, partsOf(t, [t.text[0], t.text[1]], dict, [[SURNAME_READINGS[t.text[0]]], undefined]));
      continue;
    }
    // 在 | 下 | 一届比赛中 "in the next", not 在下 "I (humble)"; 独居 | 老人 | 家 | 中 "in the homes of", not 老人家.
    if (t.text === '在下' && /^[一两二三四五六七八九十个次届轮场]/u.test(tokens[i + 1]?.text ?? '')) {
      split(i, partsOf(t, ['在', '下'], dict));
      continue;
    }
    if (t.text === '老人家' && (tokens[i + 1]?.text === '中' || tokens[i + 1]?.text === '里')) {
      split(i, partsOf(t, ['老人', '家'], dict));
      continue;
    }
    // 省 | 下 | 一个多小时, 攒 | 下 | 一个月的工资: the result 下 of a verb of keeping, then 一个; not 下一个 "the next".
    if (t.text === '下一个' && p && KEEPING_VERBS.has(p.text)) {
      split(i, partsOf(t, ['下', '一个'], dict));
      continue;
    }
    if (t.text === '着手' && p && HAND_VERBS.has(p.text)) {
      split(i, partsOf(t, ['着', '手'], dict, [['zhe5'], undefined]));
      continue;
    }
    // 在服务质量上 | 下 | 更大 | 功夫: "on" and "to put in" effort (not 上下 "up and down").
    if (t.text === '上下' && p && p.kind === 'han' && effortAfter(tokens, i)) {
      split(i, partsOf(t, ['上', '下'], dict));
      continue;
    }
    if (t.text === '更深' && !(p && NIGHT_BEFORE.has(p.text))) {
      split(i, partsOf(t, ['更', '深'], dict, [['geng4'], ['shen1']]));
      continue;
    }
    // 早早 | 地 | 上了街, 悄悄 | 地 | 上了车: after a word said twice (an adverbial), 地 de and 上 "to go up
    // onto", not 地上 "on the ground".
    if (
      t.text === '地上' &&
      p &&
      p.kind === 'han' &&
      (saidTwice(p.text) || (p.text.length === 1 && done[at - 2]?.text === p.text))
    ) {
      split(i, partsOf(t, ['地', '上'], dict, [['de5'], ['shang4']]));
      continue;
    }
    if (
      t.text === '地上' &&
      p &&
      p.kind === 'han' &&
      p.text.length === 1 &&
      LAND_FIRST.includes(p.text) &&
      p.end === t.start &&
      !p.syllables &&
      !DEGREE.has(done[at - 2]?.text ?? '')
    ) {
      const node = dict.nodeOf(p.text + '地');
      if (node > 0) {
        done[at - 1] = segmentOf(p.text + '地', p.start, t.start + 1, 'han', node);
        const shang = dict.nodeOf('上');
        split(i, [segmentOf('上', t.start + 1, t.end, 'han', shang > 0 ? shang : undefined)]);
        continue;
      }
    }
    // 全国各地 | 区 → 全国 | 各 | 地区.
    if (t.text.endsWith('各地') && tokens[i + 1]?.text === '区' && tokens[i + 1].start === t.end) {
      const head = t.text.slice(0, -2);
      const both = segmentOf(t.text + '区', t.start, tokens[i + 1].end, 'han', undefined);
      split(i, partsOf(both, head ? [head, '各', '地区'] : ['各', '地区'], dict));
      i++;
      continue;
    }
    // 劳模代表作了交流发言: 代表 and the verb 作, not 代表作 "masterpiece", before an aspect particle.
    if (t.text === '代表作' && ASPECT.has(tokens[i + 1]?.text ?? '')) {
      split(i, partsOf(t, ['代表', '作'], dict));
      continue;
    }
    // 他的话说到了心坎上, 这句话说得好: 话 "words" and 说, not 话说 "it is said" (which opens a story).
    if (t.text === '话说' && p && WORDS_BEFORE.has(p.text)) {
      split(i, partsOf(t, ['话', '说'], dict));
      continue;
    }
    // 受过教育, 受过伤: 受 and the aspect particle 过 guo; 受过 "to take the blame" after 代 / 替.
    if (t.text === '受过' && tokens[i + 1]?.kind === 'han' && !(p && TAKE_BLAME_AFTER.has(p.text))) {
      split(i, partsOf(t, ['受', '过'], dict, [undefined, ['guo5']]));
      continue;
    }
    if (t.text === '到了') {
      split(i, partsOf(t, ['到', '了'], dict, [['dao4'], ['le5']]));
      continue;
    }
    if (t.text === '一个人' && !(p && (ALONE_AFTER.has(p.text) || isPersonName(p)))) {
      split(i, partsOf(t, ['一个', '人'], dict));
      continue;
    }
    if (t.text === '地方') {
      const n = tokens[i + 1];
      const local =
        (!!n &&
          n.kind === 'han' &&
          (LOCAL_BEFORE.has(n.text) || (n.text.length > 1 && LOCAL_BEFORE.has(n.text.slice(0, 2))))) ||
        (!!p && LOCAL_AFTER.has(p.text) && (p.text !== '和' || done[at - 2]?.text === '中央'));
      t.syllables = local ? ['di4', 'fang1'] : ['di4', 'fang5'];
    }
    if (t.text === '一行' && p && TRADE_BEFORE.has(p.text)) t.syllables = ['yi1', 'hang2'];
    // 一行行, 一行一行: row by row.
    if (t.text === '一行' && tokens[i + 1]?.text === '行') {
      t.syllables = ['yi1', 'hang2'];
      tokens[i + 1].syllables = ['hang2'];
    }
    if (t.text === '东西') {
      const n = tokens[i + 1];
      const sides =
        (!!n && n.kind === 'han' && (EAST_WEST_BEFORE.has(n.text) || EAST_WEST_FIRST.includes(n.text[0]))) ||
        (!!p && EAST_WEST_AFTER.has(p.text));
      t.syllables = sides ? ['dong1', 'xi1'] : ['dong1', 'xi5'];
    }
    if (t.text === '多少')
      t.syllables = MORE_OR_LESS_BEFORE.has(tokens[i + 1]?.text ?? '') ? ['duo1', 'shao3'] : ['duo1', 'shao5'];
    if (t.text === '地道' && ((p && GENUINE_AFTER.has(p.text)) || tokens[i + 1]?.text === '的'))
      t.syllables = ['di4', 'dao5'];
    if (t.text === '挑起' && inNext(tokens, i, 4, SHOULDERED)) t.syllables = ['tiao1', 'qi3'];
    // 他还给孩子们买了书: 还 hái "also" + 给 "for" before the one served and a verb; 把钱还给他 is 还给 huángěi.
    if (
      t.text === '还给' &&
      BENEFIT_VERBS.has(tokens[i + 2]?.text ?? '') &&
      !inClauseBeforeAt(done, at, DISPOSAL, 12)
    ) {
      split(i, partsOf(t, ['还', '给'], dict, [['hai2'], ['gei3']]));
      continue;
    }
    if (t.text === '为人') {
      const n = tokens[i + 1];
      // 为人民办实事: 为 | 人民 | 办, not 为人 | 民办 "privately run".
      if (n && n.kind === 'han' && n.text.length === 2 && n.text[0] === '民' && n.start === t.end) {
        const both: Segment = { ...t, text: t.text + n.text, end: n.end };
        split(i, partsOf(both, ['为', '人民', n.text[1]], dict, [['wei4']]));
        i++;
        continue;
      }
      const conduct =
        !n ||
        n.kind === 'punct' ||
        n.text === '的' ||
        CONDUCT.has(n.text) ||
        (!!p && (p.text === '的' || p.text === '其'));
      if (conduct) t.syllables = ['wei2', 'ren2'];
    }
    // 落下了残疾, 落下病根: lào "to be left with" before an illness; 不落下一户, 一个也不能落下: là "to leave
    // out" after a negation; luòxià "to fall, to come down" elsewhere (落下帷幕, 夕阳落下).
    if (t.text === '落下') {
      if (inNext(tokens, i, 5, LEFT_WITH)) t.syllables = ['lao4', 'xia4'];
      else if (p && LEAVE_OUT_AFTER.has(p.text)) t.syllables = ['la4', 'xia4'];
    }
    // 显得格外精神, 很精神: the adjective jīngshen "lively", not the noun jīngshén "spirit".
    if (t.text === '精神' && p && (DEGREE.has(p.text) || LOOKS.has(p.text))) t.syllables = ['jing1', 'shen5'];
    if (t.text === '背着') {
      const n = tokens[i + 1];
      const behind =
        (!!n && n.kind === 'han' && BEHIND_BACK_OF.has(n.text) && !CARRYING_OFF.has(tokens[i + 2]?.text ?? '')) ||
        // 背着老母亲偷偷地: what is done in secret is done behind someone's back.
        inNext(tokens, i + 1, 4, IN_SECRET);
      t.syllables = behind ? ['bei4', 'zhe5'] : ['bei1', 'zhe5'];
    }
    out?.push(t);
  }
  if (out) {
    tokens.length = out.length;
    for (let k = 0; k < out.length; k++) tokens[k] = out[k];
  }
}
