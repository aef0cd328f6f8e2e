/**
 * Context rules for the polyphonic characters that the dictionary cannot settle on its own: a
 * character standing alone as a token (为, 地, 得, 着, 了, 长, 重, 行, 给, ...). Words the dictionary
 * lists (认为, 当地, 经得起, 着力, 了解, 成长, 重要, 行业, 供给, 成都, 朝阳 ...) carry CC-CEDICT's reading and
 * never reach these rules. Each rule returns a numbered syllable, or undefined for "no opinion".
 */
import { wordSet } from './word-set';

export interface RuleContext {
  /** Tokens of the text, in order. */
  tokens: readonly { text: string; kind: string; entry?: number }[];
  /** Index of the token under decision. */
  index: number;
  /** Numbered reading of a dictionary headword, or null when the dictionary lacks it. */
  reading?: (word: string) => string[] | null;
  /** Reading of 为 in a short word X为 that the asset lists (pinyin-pro's 誉为, 化为), or ''. */
  affix?: (word: string) => string;
}

type Rule = (ctx: RuleContext) => string | undefined;

const CLAUSE_END = wordSet('， 。 ； ！ ？ ： , ; ! ? : \n');
/** What a new clause follows, for a reading that depends on the clause opening with it. */
const CLAUSE_OPENS_AFTER = wordSet('， 。 ； ！ ？ ： , ! ? \n');

function prev(ctx: RuleContext, k = 1): string {
  return ctx.tokens[ctx.index - k]?.text ?? '';
}
function next(ctx: RuleContext, k = 1): string {
  return ctx.tokens[ctx.index + k]?.text ?? '';
}
function kindAt(ctx: RuleContext, i: number): string {
  return ctx.tokens[i]?.kind ?? '';
}
/** Looks back from tokens[at] within its clause (stops at ，。；！？：) for a token in `targets`. */
export function inClauseBeforeAt(
  tokens: readonly { text: string }[],
  at: number,
  targets: Set<string>,
  limit = 30,
): boolean {
  for (let i = at - 1; i >= 0 && i >= at - limit; i--) {
    const t = tokens[i].text;
    if (CLAUSE_END.has(t)) return false;
    if (targets.has(t)) return true;
  }
  return false;
}
function inClauseBefore(ctx: RuleContext, targets: Set<string>, limit = 30): boolean {
  return inClauseBeforeAt(ctx.tokens, ctx.index, targets, limit);
}
/** Looks ahead from tokens[at] within its clause (up to `limit` tokens) for a token in `targets`. */
export function inClauseAfterAt(
  tokens: readonly { text: string }[],
  at: number,
  targets: Set<string>,
  limit: number,
): boolean {
  for (let i = at + 1; i < tokens.length && i <= at + limit; i++) {
    const t = tokens[i].text;
    if (CLAUSE_END.has(t)) return false;
    if (targets.has(t)) return true;
  }
  return false;
}
function inClauseAfter(ctx: RuleContext, targets: Set<string>, limit: number): boolean {
  return inClauseAfterAt(ctx.tokens, ctx.index, targets, limit);
}

// 为 wéi "to be, to act as, as" vs wèi "for, in order to".
const WEI2_AFTER_WORD = wordSet(
  '分别 均 皆 即 视 图 改 定 作 称 评 选 推荐 认定 确定 列 转 变 化 划 命名 更名 统称 简称 合称 依次 则 多 最 尤 较 甚 颇 极 更 实 乃 计划 时间 地点 对象 范围 结果 比例 人数 标准 名称 主题 总数 面积 期限 数量 比重 总额 规模 金额 价格 年龄 分数 成绩 长度 高度 距离',
);
const WEI2_BEFORE_WORD = wordSet(
  '核心 主 辅 首 重点 目标 主题 方向 原则 关键 重心 出发点 落脚点 突破口 切入点 着力点 主线 指导 指引 基础 前提 中心 枢纽 支撑 触角 榜样 例 准 宜 止 荣 由 己任 主体 导向 抓手 载体 依托 纽带 根本 宗旨 龙头 契机 主导 主业 讲台 骨干 主力 先导 代价 基准 参照 底线 牵引 平台 依据 根据 保障 补充 动力 统领 引领',
);
const PASSIVE_AFTER = wordSet(
  '所 认可 接受 熟知 认同 喜爱 称道 瞩目 拥护 推崇 诟病 称颂 传颂 敬仰 赞誉 津津乐道 广为人知',
);
/**
 * Verbs that make something into something (改X为Y, 任命张三为局长, 把工作日定为): with one of them earlier
 * in the clause, 为 is wéi "as, into". Verbs that also take a purpose (请专家为职工授课) are not here.
 */
const MAKE_INTO = wordSet(
  '以 改 降 升 封 追封 册封 追认 追授 尊 奉 立 称 誉 尊称 昵称 拜 认 聘 聘任 推举 任命 任 命名 改名 更名 改称 定 列 评 评选 推选 选举 选 认定 确定 指定 批准 划 升格 合并 改建 改制 视 奉为',
);
/** MAKE_INTO without 以, which also takes a means before 为 "for" (以实际行动为职工办实事). */
const MAKE_INTO_BUT_YI = new Set([...MAKE_INTO].filter((w) => w !== '以'));

/**
 * Two-character verbs + 为 "as, into" that no word lists (改造为, 转化为, 确定为, 成长为): the verb's first
 * character is one of AS_HEADS (改, 转, 评, 划 ...) or its second one of AS_RESULTS (化, 变, 定, 型 ...).
 * Only verbs: a noun or adverb whose character + 为 is some word (措施 → 施为, 切实 → 实为, 工作 → 作为,
 * 医生 → 生为, 认真 → 认为) is no verb + 为.
 */
const AS_HEADS = '改转评选划分升降列任聘推追编归缩简扩折换兑译调变演判核界命称视誉封拜奉尊晋召讹征辟授擢迁贬谪';
const AS_RESULTS = '化变造型级格整定分名译释解并合成选任拔升置建编换组割归称视誉认判列';
/** Adverbs and verbs of purpose that AS_RESULTS would take for verbs of making (一定为你加油, 联合为职工维权). */
const NOT_AS = wordSet('一定 肯定 必定 决定 坚定 稳定 特定 联合 配合 结合 适合 一致');
/** Two-character verbs + 为 "as, into" whose characters AS_HEADS and AS_RESULTS leave out (成长为, 发展为). */
const AS_VERBS = wordSet(
  '成长 发展 演进 进化 退化 晋升 提升 提拔 缩小 扩大 增长 下降 增加 减少 降低 提高 延长 缩短 设置 设定 当选 看作 当作 比作 塑造 打造 培养 培育 建设 蜕变 变身 形容 比喻 定义 描述 概括 总结 归纳',
);

/**
 * Verb + 为 "as, into" (评为, 改造为, 转化为, 誉为, 召为, 贬为): the verb + 为 is a word read wéi, in the
 * dictionary or in the asset's list of X为 words, or the verb or its characters say it (AS_HEADS).
 */
function verbWei(ctx: RuleContext): boolean {
  const p = prev(ctx);
  if (kindAt(ctx, ctx.index - 1) !== 'han' || !p) return false;
  const cps = [...p];
  if (ctx.reading?.(p + '为')?.[cps.length] === 'wei2') return true;
  if (cps.length === 2)
    return AS_VERBS.has(p) || (!NOT_AS.has(p) && (AS_HEADS.includes(cps[0]) || AS_RESULTS.includes(cps[1])));
  if (cps.length === 1 && AS_HEADS.includes(p)) return true;
  return !WEI_FUNCTION_CHARS.includes(p) && ctx.affix?.(p + '为') === 'wei2';
}
/** Adverbs and pronouns before 为 wèi "for" (已为职工提供, 也为, 他为大家). */
const WEI_FUNCTION_CHARS = '已也又再都还就才正将可能会要而并特专只因是这那他她它我你您谁不没曾先又更共';

/** A Chinese number written out (三十五, 两, 几). */
export const NUMERAL = /^[〇零一二三四五六七八九十百千万亿两几]+$/u;
const ABOUT = wordSet('多 余 来 几');
/** A share or a decimal written out (百分之五, 千分之三, 零点五). */
const FRACTION = /^(?:[百千万]分之|零点)/u;
const PEOPLE_MEASURES = wordSet('名 位 户 家 个 人 所 支 批 对 万名 余名 多名 万户 余户 多户');
/** After 为: a figure, a measure word for people or households, and the clause going on after them. */
function forPeopleCounted(ctx: RuleContext): boolean {
  let j = ctx.index + 2;
  while (ABOUT.has(ctx.tokens[j]?.text ?? '')) j++;
  if (!PEOPLE_MEASURES.has(ctx.tokens[j]?.text ?? '')) return false;
  const after = ctx.tokens[j + 1];
  return !!after && after.kind === 'han' && !CLAUSE_END.has(after.text);
}

/**
 * Posts and roles: a clause ending in one after 为 names what someone is made (聘请三名律师为职工法律顾问),
 * and one ending in an institution what something is (INSTITUTION_END).
 */
const ROLES = wordSet(
  '顾问 主任 主席 副主席 委员 代表 成员 会员 会长 院长 所长 校长 局长 部长 厂长 经理 总经理 书记 队长 组长 班长 站长 大使 形象大使 使者 监督员 讲解员 志愿者 指导员 辅导员 导师 教授 讲师 评委 嘉宾 理事 理事长 总监 负责人 带头人 名誉主席 秘书长 主持人 召集人 联络员 调解员 宣讲员',
);
/**
 * Verbs that make the role what is done or given for someone (为职工当好顾问, 为社区配备负责人): then
 * 为 is wèi "for".
 */
const ACT_AS = wordSet(
  '当 做 作 担任 当好 做好 配备 配 配齐 安排 选派 派 派出 聘请 培养 提供 设立 设置 招募 选聘 推荐 找 请',
);
/** An institution's name: a clause ending in one after 为 says what something is (试点学校为北京市第五十中学分校). */
const INSTITUTION_END = /(?:中学|小学|大学|分校|学院|学校|医院|公司|集团)$/u;
function roleEndsClause(ctx: RuleContext): boolean {
  // A role within eight tokens; an institution's name (often long: 北京市第五十中学分校) where the
  // clause ends within sixteen.
  let role = '';
  let last = '';
  for (let i = ctx.index + 1; i <= ctx.index + 16; i++) {
    const t = ctx.tokens[i]?.text;
    if (t === undefined || CLAUSE_END.has(t)) return ROLES.has(role) || INSTITUTION_END.test(last);
    if (ACT_AS.has(t)) return false;
    if (i <= ctx.index + 8) role = t;
    last = t;
  }
  return ROLES.has(role);
}

/**
 * Verbs of what is done for someone (为职工办实事, 为企业发展提供支撑, 为他们点赞): one of them after 为
 * in its clause makes 为 wèi "for", whatever word ends in the character before it (措施为 is no
 * 施为, 切实为 no 实为, 认真为 no 认为).
 */
const FOR_SOMEONE = wordSet(
  '提供 服务 办 办理 办好 解决 送 送去 送来 送上 送出 献 献上 奉献 付出 做 做出 作出 做好 创造 营造 搭建 打造 搭起 护航 保驾护航 点赞 加油 鼓劲 喝彩 助力 排忧解难 纾困 解忧 解困 着想 操心 出力 争光 谋 谋划 谋福利 减负 降本 增收 增效 带来 开展 举办 发放 捐 捐赠 捐款 捐献 赠送 撑起 筑牢 开辟 奠定 注入 献计献策 出谋划策 买单 把关 发声 代言 授课 上课 讲课 体检 义诊 维权 讨薪 支招 答疑 解答 辅导 培训 打下 铺平 铺就 开出 量身定制 定制 祈福 祝福 送温暖 撑腰 守护 保护 挽回 追回 争取 节约 节省 腾出 留出 颁发 颁奖 点亮 照亮 提供了',
);
/** Nouns that a verb of FOR_SOMEONE can modify (改造为职工服务中心): then it names a place, not what is done. */
const SERVICE_PLACES = wordSet(
  '中心 站 驿站 点 平台 基地 室 窗口 热线 队 团 队伍 组 之家 阵地 机构 单位 体系 项目 明星 标兵 能手 领域 产业 产业园 行业 业 出口 品牌 模式 功能 事项 内容 标准 规范 设施 网络 质量 水平',
);
/**
 * Whether a verb of FOR_SOMEONE stands within eight tokens from tokens[from], in the clause, and does
 * not name a place (from: the token after the one 为 is for).
 */
export function forSomeoneAfter(tokens: readonly { text: string }[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 8; i++) {
    const t = tokens[i].text;
    if (CLAUSE_END.has(t)) return false;
    if (FOR_SOMEONE.has(t)) return !SERVICE_PLACES.has(tokens[i + 1]?.text ?? '');
  }
  return false;
}

/** Adverbs of WEI2_AFTER_WORD that also say "more" of doing for someone (多为职工办实事, 多为基层减负). */
const MORE_FOR = wordSet('多 更 最');

const wei: Rule = (ctx) => {
  const p = prev(ctx);
  // 患者多为老人 "are mostly", but 多为职工办实事 "do more for".
  if (WEI2_AFTER_WORD.has(p) && !(MORE_FOR.has(p) && forSomeoneAfter(ctx.tokens, ctx.index + 2))) return 'wei2';
  const n = next(ctx);
  // 以安全为保障 wéi, but 为保障旅客出行，: a clause that opens with 为 + a verb says what for (wèi).
  // (A closing quote is no clause start: 以“服务站”为触角; nor the ; of an escaped quote, &#34;为支撑.)
  const opens = ctx.index === 0 || CLAUSE_OPENS_AFTER.has(p) || kindAt(ctx, ctx.index - 1) === 'space';
  if (WEI2_BEFORE_WORD.has(n) && !opens) return 'wei2';
  // 认定十二家园区为首批示范基地: a verb of making earlier in the clause comes first (以 aside:
  // 以实际行动为职工办实事 is "for").
  if (inClauseBefore(ctx, MAKE_INTO_BUT_YI)) return 'wei2';
  if (forSomeoneAfter(ctx.tokens, ctx.index + 2)) return 'wei4';
  if (verbWei(ctx)) return 'wei2';
  const nk = kindAt(ctx, ctx.index + 1);
  if (nk === 'date') return 'wei2';
  // 为 + a figure: "is, amounts to" (面积约为三千平方米, 增幅为3.5%), but "for" before people
  // counted and what is done for them (为两千多名职工送去慰问品, 为120户家庭解决难题).
  if (nk === 'number' || NUMERAL.test(n) || FRACTION.test(n)) return forPeopleCounted(ctx) ? 'wei4' : 'wei2';
  if (inClauseBefore(ctx, MAKE_INTO) || roleEndsClause(ctx)) return 'wei2';
  if (inClauseAfter(ctx, PASSIVE_AFTER, 4)) return 'wei2';
  return 'wei4';
};

// 地 de after an adverbial (认真地, 积极地, 深深地, 一步一步地), dì as a noun (各地, 两地, 四地).
const DI4_AFTER = wordSet(
  '各 本 外 当 此 该 异 原 两 三 四 五 六 七 八 九 十 几 多 一 全 某 属 驻 基 产 目的 土 天 大 耕 工 园 场 林 草 湿 山 高 低 洼 盆 陆 腹 内 境 边 实 领',
);
const DI4_BEFORE = wordSet('上 下 里 中 方 区 面 处 点 块 图 理 址 名 产 标 段 震 铁 球 板 毯');
/** Measure words of land: 地 after one is land (一块地, 这片地, 几亩地). */
const LAND_MEASURES = '块片亩垄畦';
/** A word said twice, AA or AABB (早早, 静静, 高高兴兴): an adverbial before 地. */
export const saidTwice = (text: string): boolean => /^(.)\1$/u.test(text) || /^(.)\1(.)\2$/u.test(text);

/** Adverbs of degree (很累 lèi, 更薄 báo, 差 chà, 更好地 de). */
export const DEGREE = wordSet(
  '太 很 更 越 真 挺 最 较 极 愈 比较 非常 特别 十分 相当 有点 有些 那么 这么 多么 越来越 越发 更加 更为 较为 最为 愈加 愈发 日益 格外 尤其 尤为 极为 颇为',
);
/** Those that make an adverbial of a one-character adjective before 地 (更好地, 很快地, 越来越多地); 那么多地 is land. */
export const DEGREE_BEFORE_DE = new Set([...DEGREE].filter((w) => !['那么', '这么', '多么', '真'].includes(w)));
const di: Rule = (ctx) => {
  const p = prev(ctx);
  const pk = kindAt(ctx, ctx.index - 1);
  if (pk !== 'han' || CLAUSE_END.has(p)) return 'di4';
  // 更 | 好 | 地, 更 | 多 | 地 (多 alone before 地 is otherwise "many places"), 越来越 | 多 | 地.
  if (p.length === 1 && DEGREE_BEFORE_DE.has(prev(ctx, 2)) && kindAt(ctx, ctx.index + 1) === 'han') return 'de5';
  // 静 | 静 | 地, 早 | 早 | 地: a one-character adjective said twice, which no headword joined.
  if (p.length === 1 && prev(ctx, 2) === p && !DI4_AFTER.has(p)) return 'de5';
  if (DI4_AFTER.has(p)) return 'di4';
  const n = next(ctx);
  const nk = kindAt(ctx, ctx.index + 1);
  // Before a pause: 慢慢地， (an adverbial), but 一块地。 这片地， (land, counted).
  if (nk !== 'han') return p.length >= 2 && !LAND_MEASURES.includes(p[p.length - 1]) ? 'de5' : 'di4';
  if (DI4_BEFORE.has(n)) return 'di4';
  // 性 split from its word (创新 | 性 | 地, 预见 | 性 | 地) ends an adverbial as 创造性 does.
  if (saidTwice(p) || p.length >= 2 || p === '性') return 'de5';
  // 一步一步地, 一个一个地: a repeated "one + measure word" is an adverbial.
  if (prev(ctx, 2) === '一' && prev(ctx, 3) === p && prev(ctx, 4) === '一') return 'de5';
  // 一块 | 砖 | 一块 | 砖 | 地: a phrase of "one + measure word" and a noun said twice.
  if (prev(ctx, 3) === p && prev(ctx, 2) === prev(ctx, 4) && /^一/u.test(prev(ctx, 2))) return 'de5';
  // 一行 | 行 | 地, 一步 | 步 | 地, 一 | 片 | 片 | 地: "one + measure word" and the measure word again.
  if (prev(ctx, 2) === '一' + p || (prev(ctx, 2) === p && prev(ctx, 3) === '一')) return 'de5';
  return 'di4';
};

// 得 de in complements (跑得快, 介绍得清楚), dé "to obtain" (得分, 得奖), děi "must" (rare in news).
const DE2_BEFORE = wordSet('了 到 奖 分 票 益 胜 逞');
const DEI3_AFTER = wordSet('你 我 他 她 我们 你们 他们 她们 咱们 咱 俺 俺们 您 大家 谁 就 还 总');
/** Adverbs after which 得 is děi only before what must be done (都得重新来, 也得去; 又得铜剑 is dé). */
const DEI3_AFTER_BEFORE_DOING = wordSet('都 也');
/** What 得 děi "must" opens a clause with (，得赶紧去医院, 得好好想想). */
const DEI3_BEFORE = wordSet(
  '赶紧 抓紧 赶快 快 好好 马上 立即 立刻 先 再 多 慢慢 认真 仔细 小心 想 想办法 去 来 找 做 让 把 给 花 等 靠 跟 自己 重新 提前 尽快 及时 注意 留 守 付 交 从 伺候 照顾 照看 考虑 准备 有 是 干 学 练 坚持 依靠',
);
const de: Rule = (ctx) => {
  if (DE2_BEFORE.has(next(ctx))) return 'de2';
  if (DEI3_AFTER.has(prev(ctx))) return 'dei3';
  if (DEI3_AFTER_BEFORE_DOING.has(prev(ctx)) && DEI3_BEFORE.has(next(ctx))) return 'dei3';
  const pk = kindAt(ctx, ctx.index - 1);
  const nk = kindAt(ctx, ctx.index + 1);
  if ((pk !== 'han' || CLAUSE_END.has(prev(ctx))) && nk === 'han' && DEI3_BEFORE.has(next(ctx))) return 'dei3';
  if (pk !== 'han' || CLAUSE_END.has(prev(ctx))) return 'de2';
  if (nk === 'number' || nk === 'date' || nk !== 'han') return 'de2';
  return 'de5';
};

// 着 zhe after verbs; zhuó / zháo in fixed uses the dictionary usually lists as words.
// The character after 着 alone (着 | 力), not the first of a word (记着 | 笔记, 拿着 | 手机: zhe).
const ZHUO2_BEFORE = wordSet('力 手 眼 重 想 落 陆 装 色 墨 笔 实');
/** What one catches or is caught by, after 着了 zháo (着了凉, 着了火, 着了迷, 着了魔). */
const CAUGHT = wordSet('凉 火 迷 魔 慌 急');
/** Not verbs before 不着 / 得着 (他不着, 也不着). */
const NOT_VERB_BEFORE_BU = '他她它我你您谁也都就还又才并从可';
const zhe: Rule = (ctx) => {
  if (ZHUO2_BEFORE.has(next(ctx))) return 'zhuo2';
  if (kindAt(ctx, ctx.index - 1) !== 'han') return 'zhao2';
  // 着了凉, 着了火, 着了迷: zháo "to catch, to be affected by" (着凉, 着火 are words).
  if (next(ctx) === '了' && CAUGHT.has(next(ctx, 2))) return 'zhao2';
  // 睡不着, 饿不着, 用得着: 着 zháo "to reach the result" as the potential complement of a verb.
  const p = prev(ctx);
  const v = prev(ctx, 2);
  if (
    (p === '不' || p === '得') &&
    v.length === 1 &&
    kindAt(ctx, ctx.index - 2) === 'han' &&
    !NOT_VERB_BEFORE_BU.includes(v)
  )
    return 'zhao2';
  return 'zhe5';
};

// 了 le as a particle; liǎo as a potential complement (去不了, 少得了) or "to finish".
const le: Rule = (ctx) => {
  const p = prev(ctx);
  if ((p === '不' || p === '得') && kindAt(ctx, ctx.index - 2) === 'han' && !CLAUSE_END.has(prev(ctx, 2)))
    return 'liao3';
  // 一走了之, 一推了之, 一罚了之: liǎo "to end" before 之.
  if (next(ctx) === '之' && prev(ctx, 2) === '一' && p.length === 1) return 'liao3';
  if (kindAt(ctx, ctx.index - 1) !== 'han' && kindAt(ctx, ctx.index + 1) === 'han') return 'liao3';
  return 'le5';
};

// 长 cháng "long, length"; zhǎng "head of" after an organisation, "to grow".
const ZHANG3_AFTER = wordSet(
  '组 队 班 科 处 局 部 厅 校 院 所 站 村 镇 乡 县 市 省 社 团 营 连 排 船 机 车 店 馆 室 股 司 署 委 会 家 首 酋 兄 学 副 总 军 师 旅 庭 馆',
);
const ZHANG3_BEFORE = wordSet('大 出 成 高 胖 肉 势 满 着 了 起 得 不好 不大 不高 不出 不成 不了 好');
/** Where something grows, before 长的 zhǎng (地里长的, 山上长的). */
const GROWN_IN = wordSet('里 上 地里 田里 山上 树上 园里 院里 家里 土里 野外 山里');
/** Words naming what a 长 zhǎng heads, where "X长" is no dictionary word (裁判长, 列车长, 网格长). */
const ZHANG3_AFTER_WORD = wordSet(
  '裁判 审判 检察 列车 乘务 护士 值班 工段 班组 小组 网格 楼栋 院系 车队 机组 船队 代表团',
);
const chang: Rule = (ctx) => {
  if (ZHANG3_AFTER.has(prev(ctx)) || ZHANG3_AFTER_WORD.has(prev(ctx))) return 'zhang3';
  if (ZHANG3_BEFORE.has(next(ctx))) return 'zhang3';
  // 地里长的, 树上长的: what grows there.
  if (next(ctx) === '的' && GROWN_IN.has(prev(ctx))) return 'zhang3';
  return 'chang2';
};

// 重 zhòng "heavy, important"; chóng "again, layered". 重X轻Y "to stress X over Y" is zhòng whatever X
// starts with (重生产、轻安全; not 重生 "rebirth").
const CHONG2_BEFORE = '新焕返回建启振组申温逢现演播塑构整写做来修游拾审选装置叠聚生印排获录拍译订刊铸绘访';
export const LIGHT = wordSet('轻');
const zhong: Rule = (ctx) => {
  const n = next(ctx);
  if (inClauseAfter(ctx, LIGHT, 6)) return 'zhong4';
  if (kindAt(ctx, ctx.index + 1) === 'han' && n && CHONG2_BEFORE.includes(n[0])) return 'chong2';
  if (n === '重' || prev(ctx) === '重') return 'chong2';
  return 'zhong4';
};

// 行 xíng "to go, to do, OK"; háng "row, line, trade".
const HANG2_BEFORE = wordSet('业 列 情 家 距 当 规 话 伍 道 号 行长 副行长 字 诗 泪 热泪');
/** 该行, 本行, 我行: the bank the report is about (该行行长, 我行将). */
const BANK_AFTER = wordSet('该 本 我');
/** 这 | 行 | 干了三十年: the trade one works in, before what one does in it. */
const TRADE_AFTER_THIS = wordSet('这 那 哪');
const WORK_IN_TRADE = wordSet('干 做 当 待 里 中 的');
/** Verbs of taking up or working in a trade, before 这行 (干我们这行, 入了这行, 做这行). */
const WORK_VERBS = wordSet('干 做 入 进 吃 选 爱 懂 转 改');
/** Verbs of 转行 / 改行 / 入行 / 换行 "to change or enter a trade". */
const TRADE_CHANGE = wordSet('转 改 入 换 跨');
/** After 这行 "this is OK": a question or a negation (这行吗, 这行不通). */
const OK_AFTER = wordSet('吗 不 不行 不通 得通 了 啊 吧');
const xing: Rule = (ctx) => {
  const pk = kindAt(ctx, ctx.index - 1);
  const p = prev(ctx);
  if (pk === 'number' || /^第/.test(p) || /^[二三四五六七八九十两几百]+$/.test(p)) return 'hang2';
  if (HANG2_BEFORE.has(next(ctx)) || BANK_AFTER.has(p)) return 'hang2';
  if (TRADE_AFTER_THIS.has(p) && WORK_IN_TRADE.has(next(ctx))) return 'hang2';
  // 转了行, 改了行: 转行 "to change trade" split by 了.
  if (p === '了' && TRADE_CHANGE.has(prev(ctx, 2))) return 'hang2';
  // 干我们这行, 入了这行: a verb of working before "this trade" (这行吗 / 这行不通 is "OK").
  if (TRADE_AFTER_THIS.has(p) && !OK_AFTER.has(next(ctx)) && inClauseBefore(ctx, WORK_VERBS, 4)) return 'hang2';
  return 'xing2';
};

// 给 gěi "to give, for"; jǐ "to supply" (供给, 补给, 自给 are dictionary words).
const JI3_AFTER = wordSet('供 补 配 自 赡');
const gei: Rule = (ctx) => (JI3_AFTER.has(prev(ctx)) || next(ctx) === '予' ? 'ji3' : 'gei3');

// 还 huán "to give back, to repay" before what is paid back (还房贷, 还欠款, 还钱); elsewhere no
// opinion, and the standalone hái "still, also" (LONE_READINGS) stands. 还款, 还债, 还清 are headwords.
const HUAN2_BEFORE = wordSet(
  '房贷 车贷 贷 贷款 欠款 借款 欠账 欠债 债 外债 债务 旧债 账 钱 本金 本息 利息 信用卡 网贷 助学贷款 公积金贷款 清',
);
/** Where what 把 took is given back to (把借来的书还回去, 把钱还给他); 他还回来吗 is hái "still". */
const HUAN2_BACK = wordSet('回去 回来 给 回 到');
const DISPOSAL = wordSet('把 将');
const huan: Rule = (ctx) =>
  HUAN2_BEFORE.has(next(ctx)) || (HUAN2_BACK.has(next(ctx)) && inClauseBefore(ctx, DISPOSAL, 12)) ? 'huan2' : undefined;

// 种 zhǒng "kind", the measure word after a numeral or demonstrative (三种, 这种 and 各种 are
// headwords); zhòng "to plant" before a particle or a complement of result or direction (种下了,
// 种了五十亩, 种着, 种出). Otherwise no opinion: the polyphone model reads it.
const ZHONG3_AFTER = wordSet('这 那 每 哪 各 某 此 该 本 同 另 几 何 诸 一 两 半');
const ZHONG4_BEFORE = wordSet(
  '了 着 过 下 上 出 满 好 成 活 在 到 进 起 ' +
    // What is planted (种粮大户, 种菜, 种花, 种果树): a crop after 种 is the verb's object.
    '粮 粮食 菜 蔬菜 花 树 果树 草 麦 小麦 稻 水稻 玉米 棉 棉花 茶 烟 瓜 豆 药材 庄稼 果 苗 树苗',
);
const zhong3: Rule = (ctx) => {
  const p = prev(ctx);
  if (kindAt(ctx, ctx.index - 1) === 'number' || NUMERAL.test(p) || ZHONG3_AFTER.has(p)) return 'zhong3';
  // 自家种的苹果, 他种的菜: 种 + 的 after no numeral or demonstrative is the verb's "grown by".
  return ZHONG4_BEFORE.has(next(ctx)) || next(ctx) === '的' ? 'zhong4' : undefined;
};

// 率 lǜ "rate" after what is counted, before what is said of the rate (故障 | 率明显下降, 合格 | 率
// 达到99%, 返修 | 率很低); shuài "to lead" before the group led (率团, 率队, 率新四军). 效率, 就业率
// and 率领 are headwords. Before anything else, no opinion (the standalone shuài stands).
const RATE_FOLLOWERS = wordSet(
  '为 达 达到 提高 提升 下降 上升 增长 降低 增加 减少 明显 大幅 大为 快速 逐年 持续 不断 开始 很 较 更 最 仅 超过 不到 高 低 均 分别 是 约 等 和 与 及 也 都 已 已经 由 从 在 保持 稳定 居 位居 连续 同比 比 还 只有 仅为 接近 突破 首次 再次 仍 仍然 一直 逐步 进一步 平均 上涨 下滑 回升 创',
);
const lv: Rule = (ctx) => {
  if (kindAt(ctx, ctx.index - 1) !== 'han' || CLAUSE_END.has(prev(ctx))) return undefined;
  const n = next(ctx);
  const nk = kindAt(ctx, ctx.index + 1);
  if (!n || CLAUSE_END.has(n) || nk === 'punct' || nk === 'number' || RATE_FOLLOWERS.has(n)) return 'lv4';
  return undefined;
};

// 数 shǔ "to count" as a verb (数了数, 数一数, 数着, 数出); shù "several" before a numeral (数十万).
// Otherwise no opinion (the polyphone model reads it). 人数, 数字, 数不清 are headwords.
const SHU3_BEFORE = wordSet('了 着 过 一 不 得 出 到 完 清 遍 起 来');
const shu: Rule = (ctx) => {
  const n = next(ctx);
  // 数一数, 数了数: the verb said twice.
  if ((n === '一' || n === '了') && next(ctx, 2) === '数') return 'shu3';
  if (NUMERAL.test(n) || kindAt(ctx, ctx.index + 1) === 'number') return 'shu4';
  if (SHU3_BEFORE.has(n)) return 'shu3';
  // The second 数 of 数了数 / 数一数.
  if ((prev(ctx) === '了' || prev(ctx) === '一') && prev(ctx, 2) === '数') return 'shu3';
  return undefined;
};

// 劲 jìn "strength, effort" in everyday phrases (劲往一处使, 有劲, 一股劲, 劲不够); jìng "strong"
// lives in words (强劲, 劲旅, 刚劲). Elsewhere no opinion (the polyphone model reads it).
const JIN4_BEFORE = wordSet('往 儿 头 大 小 足 十足 不够 不足 使 用 也 都 还 就 很 真 更');
const JIN4_AFTER = wordSet('使 有 没 没有 带 鼓 加 费 用 出 股 干 冲 拼 那 这 个 把 的 是 一股 这股 那股 一把');
const jin = aroundOneOf(JIN4_BEFORE, JIN4_AFTER, 'jin4');

// 只 zhǐ "only" alone; zhī as the measure word after a numeral or demonstrative (一只, 两只, 这只).
const ZHI1_AFTER = /^(?:[〇零一二三四五六七八九十百千万两几这那每哪半某单]|.*[一二三四五六七八九十两几])$/u;
const zhi: Rule = (ctx) => {
  const p = prev(ctx);
  if (kindAt(ctx, ctx.index - 1) === 'number' || ZHI1_AFTER.test(p)) return 'zhi1';
  return 'zhi3';
};

/** A rule that reads the character `reading` before one of `words` and has no opinion elsewhere. */
function beforeOneOf(words: Set<string>, reading: string): Rule {
  return (ctx) => (words.has(next(ctx)) ? reading : undefined);
}
/** A rule that reads the character `reading` after one of `words` and has no opinion elsewhere. */
function afterOneOf(words: Set<string>, reading: string): Rule {
  return (ctx) => (words.has(prev(ctx)) ? reading : undefined);
}
/**
 * A rule that reads the character `reading` before one of `words`, or before `link` and one of them
 * (磨成面粉, 露了一手, 背上书包); no opinion elsewhere.
 */
function beforeOneOfOrLinked(words: Set<string>, link: string, reading: string): Rule {
  return (ctx) => {
    const n = next(ctx);
    return words.has(n) || (n === link && words.has(next(ctx, 2))) ? reading : undefined;
  };
}
/** A rule that reads the character `reading` before one of `before` or after one of `after`, no opinion elsewhere. */
function aroundOneOf(before: Set<string>, after: Set<string>, reading: string): Rule {
  return (ctx) => (before.has(next(ctx)) || after.has(prev(ctx)) ? reading : undefined);
}
/** A rule that reads the character `reading` after a number or one of `words`, no opinion elsewhere. */
function afterNumberOrOneOf(words: Set<string>, reading: string): Rule {
  return (ctx) => {
    const p = prev(ctx);
    return words.has(p) || NUMERAL.test(p) ? reading : undefined;
  };
}

// 觉 jiào "a sleep" after a number or measure word, or after 睡 (睡了一觉, 睡个好觉, 没睡着觉, 午觉 | 觉); jué
// "to feel" lives in words (觉得, 感觉, 自觉). Elsewhere no opinion.
const JIAO4_AFTER = wordSet('一 个 好 场 大 懒 午 早 晚 睡 睡了 睡个 睡着 睡好 睡过 睡上 睡足 睡完 那 这 安稳 踏实');
const jue = afterNumberOrOneOf(JIAO4_AFTER, 'jiao4');

// 系 jì "to tie, to fasten" before a complement or what is tied (系好扣子, 系上安全带, 系紧鞋带); xì
// "department, system" lives in words and after them (中文 | 系, 关系, 体系). Elsewhere no opinion.
const JI4_BEFORE = wordSet('好 上 紧 牢 住 着 了 在 起 个 鞋带 安全带 扣子 领带 红领巾 围巾 绳子 丝带 腰带');
const xi = beforeOneOf(JI4_BEFORE, 'ji4');

// 假 jià "leave, holiday" after a span of days or a verb of taking leave (请了三天假, 休了一周假,
// 放了假); jiǎ "false" before what is false (假药, 假新闻). Elsewhere no opinion.
const JIA4_AFTER = wordSet('天 日 周 星期 月 个月 年 请 休 放 请了 休了 放了 病 事 婚 产 年休');
const jia: Rule = (ctx) => {
  const p = prev(ctx);
  if (
    JIA4_AFTER.has(p) ||
    /^[一二两三四五六七八九十几半数]+(?:天|日|周|个月|年)$/u.test(p) ||
    (kindAt(ctx, ctx.index - 1) === 'han' && (p === '了' || p === '过') && /^[请休放]$/u.test(prev(ctx, 2)))
  )
    return 'jia4';
  return undefined;
};

// 盛 chéng "to ladle, to hold" before a complement or what is held (盛了一碗饭, 盛满, 盛上汤); shèng
// "flourishing" lives in words (盛大, 茂盛, 盛开). Elsewhere no opinion (a name's 盛 is Shèng).
const CHENG2_BEFORE = wordSet('了 着 满 上 好 出 进 到 起 饭 米饭 汤 菜 粥 一碗 一勺 一盆');
const sheng: Rule = (ctx) =>
  CHENG2_BEFORE.has(next(ctx)) && kindAt(ctx, ctx.index - 1) !== 'punct' ? 'cheng2' : undefined;

// 好 hǎo "good, done" before 了, a sentence particle, the end of the clause, a complement's 得 or 于 / 过
// "than" (就好了, 关系很好的, 性能好，, 比去年好得多, 好于预期);
// hào "to be fond of" takes an object (好以为事, 好酒). Elsewhere no opinion.
const HAO3_BEFORE = wordSet('了 的 啊 吗 吧 呢 呀 啦 嘛 极了 得很 得 于 过');
const hao: Rule = (ctx) => {
  const n = next(ctx);
  return !n || CLAUSE_END.has(n) || kindAt(ctx, ctx.index + 1) === 'punct' || HAO3_BEFORE.has(n) ? 'hao3' : undefined;
};

/** Degree adverbs: an adjective after one of them is read as the everyday adjective (太薄了, 很差). */

// 薄 báo "thin" as an everyday adjective (太薄了, 更薄, 薄的); bó in words and names (薄弱, 薄熙来).
const bao: Rule = (ctx) => (DEGREE.has(prev(ctx)) || HAO3_BEFORE.has(next(ctx)) ? 'bao2' : undefined);

// 当 dàng "to take as, to treat as" before 是 / 作 / 成 / 回事 (就当是我的心意, 我当是谁呢, 不当回事);
// dāng elsewhere is the dictionary's (当是时 "at that time", a clause opening 当是 "it must be" stay dāng).
const DANG4_BEFORE = wordSet('是 作 做 成 回事 一回事');
const dang: Rule = (ctx) =>
  DANG4_BEFORE.has(next(ctx)) &&
  next(ctx, 2) !== '时' &&
  kindAt(ctx, ctx.index - 1) === 'han' &&
  !CLAUSE_END.has(prev(ctx))
    ? 'dang4'
    : undefined;

// 子 zi, the suffix of "one + measure word + 子" where no word took it (有股子韧劲, 一大家子人, 一伙子人);
// elsewhere no opinion (子 zǐ in names, 子代数 "sub-", 无子 "no son").
const ZI5_MEASURES = wordSet('股 大家 伙 帮 屋 车 筐 袋 摊 档 码 溜 窝 撮 堆');
const ZI5_BEFORE_MEASURE = wordSet('一 这 那 有 好 一大');
const zi: Rule = (ctx) =>
  ZI5_MEASURES.has(prev(ctx)) &&
  (ZI5_BEFORE_MEASURE.has(prev(ctx, 2)) || prev(ctx, 2) === '就' || kindAt(ctx, ctx.index - 2) !== 'han')
    ? 'zi5'
    : undefined;

// 边 biān "side" alone (街 | 边的小店, 桌 | 边); the neutral bian only after a direction or demonstrative
// or a word ending in one (里边, 这边 are words; 河东 | 边, 这里 | 边 where the segmenter split them).
const BIAN5_AFTER = wordSet('里 外 上 下 前 后 左 右 东 西 南 北 这 那 哪 旁');
const bian: Rule = (ctx) => (BIAN5_AFTER.has(prev(ctx).slice(-1)) ? 'bian5' : 'bian1');

// 差 chà "short of, poor" before 了 (差了一百元) or a quantity (差一丝一毫), after 还 / 就 / 只 (还差三天) and a degree adverb
// (很差); chā "difference" before a figure (高差二百米, 平方差) and chāi (出差) are no opinion here.
/** Qualities said to be poor by a 差 after them (条件差, 质量差, 信号差). */
const POOR_OF = wordSet(
  '条件 质量 成绩 效果 服务 态度 信号 身体 环境 水平 能力 基础 视力 体质 口碑 信誉 待遇 效益 收成 天气 路况 手艺 记性 脾气 素质 体验 性能 治安 卫生 管理',
);
const CHA4_AFTER = wordSet('还 就 只 仅 才 不 又 也 总 都 一点');
const cha: Rule = (ctx) => {
  // 差了, 差得远, 差得多: falling short.
  const n = next(ctx);
  if (n === '了' || n === '得') return 'cha4';
  // 差一丝一毫, 差一点, 差两分, 差多少: short by a quantity; but 高 | 差二百米, 温 | 差十度: the difference
  // of what a character before it names (chā).
  const p = prev(ctx);
  const named = p.length === 1 && kindAt(ctx, ctx.index - 1) === 'han' && !'我你他她它谁'.includes(p);
  if (!named && (kindAt(ctx, ctx.index + 1) === 'number' || NUMERAL.test(n[0] ?? '') || n === '多少')) return 'cha4';
  // 条件差，质量差。: "poor", said of a quality at a clause's end (密度差 "density difference" is chā).
  if ((POOR_OF.has(p) || p === '是' || p === '也是' || p === '就是') && (!n || CLAUSE_END.has(n))) return 'cha4';
  return DEGREE.has(prev(ctx)) || CHA4_AFTER.has(prev(ctx)) ? 'cha4' : undefined;
};

// 弹 tán "to play (an instrument), to flick" before the instrument or a complement (弹吉他, 会弹钢琴,
// 弹了一曲) and after a verb of ability or liking; dàn "bullet" lives in words (子弹, 炮弹, 弹药).
const TAN2_BEFORE = wordSet(
  '吉他 钢琴 琴 古筝 琵琶 三弦 冬不拉 风琴 电子琴 曲 曲子 一曲 首 一首 奏 唱 了 着 过 起 起来 得 出 开 掉 去',
);
const TAN2_AFTER = wordSet('会 能 爱 喜欢 学 学会 在 正在 边 一边 又 轻轻');
const tan = aroundOneOf(TAN2_BEFORE, TAN2_AFTER, 'tan2');

// 曲 qǔ "a tune" after a number or a verb of music (弹了一曲, 唱一曲, 作曲); qū "bent" lives in words
// (弯曲, 曲线, 曲折) and names. Elsewhere no opinion.
const QU3_AFTER = wordSet('一 两 几 首 这 那 唱 弹 奏 吹 拉 作 谱 编 填 哼 新 名 小 乐 歌 戏');
const qu = afterNumberOrOneOf(QU3_AFTER, 'qu3');

// 倒 dào "to pour, to tip out" before what is poured or where (倒了一杯水, 倒水, 倒进锅里); dǎo "to fall"
// elsewhere stays with the model (树倒了, 倒下).
const DAO4_BEFORE = wordSet('水 茶 酒 油 汤 垃圾 进 入 出 满 掉 杯 碗 一杯 一碗 一盆 一壶');
const dao: Rule = (ctx) => {
  const n = next(ctx);
  if (DAO4_BEFORE.has(n)) return 'dao4';
  if (n === '了' && (DAO4_BEFORE.has(next(ctx, 2)) || (next(ctx, 2) === '一' && DAO4_BEFORE.has(next(ctx, 3)))))
    return 'dao4';
  return undefined;
};

// 塞 sāi "to stuff, to squeeze in" before where or what is stuffed (塞进口袋, 塞满, 塞给他); sài in
// transliterations and 要塞, sè in 堵塞 stay with the words and the model.
const SAI1_BEFORE = wordSet('进 入 满 到 在 给 了 着 住 上 回 进去 进来 一 个 些');
const sai = beforeOneOf(SAI1_BEFORE, 'sai1');

// 中 zhòng "to hit, to win" before a prize or target (中了头奖, 中奖); zhōng everywhere else.
const ZHONG4_TARGETS = wordSet('奖 头奖 大奖 一等奖 彩 彩票 标 靶 签');
const zhongHit: Rule = (ctx) => {
  const n = next(ctx);
  return ZHONG4_TARGETS.has(n) || (n === '了' && ZHONG4_TARGETS.has(next(ctx, 2))) ? 'zhong4' : 'zhong1';
};

// 攒 zǎn "to save up" before a complement or what is saved, whatever word the complement heads (攒了起来,
// 攒钱, 攒下, 攒 | 下一个月的工资) and at a clause's end (一直在攒); cuán "to gather" lives in 攒动 and roofs
// (攒尖顶), and the spoken "to put together" before a machine (攒电脑). Elsewhere no opinion.
const ZAN3_BEFORE = wordSet('了 着 下 起 起来 够 足 点 些 一 钱 下来 经验 积分 人气');
const ZAN3_HEADS = '了着下起够足钱';
const CUAN2_BEFORE = wordSet('电脑 机器 台 一台');
const zan: Rule = (ctx) => {
  const n = next(ctx);
  if (CUAN2_BEFORE.has(n)) return 'cuan2';
  if (NUMERAL.test(prev(ctx))) return undefined; // 斗拱三攒: a measure of brackets
  if (ZAN3_BEFORE.has(n) || ZAN3_HEADS.includes(n[0] ?? '') || kindAt(ctx, ctx.index + 1) !== 'han') return 'zan3';
  return undefined;
};

// 转 zhuǎn "to turn into, to pass on"; zhuàn "to spin" where a complement of speed or manner follows
// (转得飞快, 转得很快, 转个不停, 转来转去). Otherwise no opinion: the polyphone model reads it.
const ZHUAN4_MANNER = wordSet(
  '飞快 很快 快 极快 更快 越来越快 飞起 飞起来 呼呼 团团 欢 正欢 真欢 溜溜 滴溜溜 不停 停不下来 慢 很慢 越来越慢 晕 头晕',
);
/** Spans of time after 转了 "went round for" (转了好几天). */
const WHILE = wordSet(
  '好几 几 半天 一天 一上午 一下午 一晚上 一整天 好久 一会儿 一阵 一阵子 两天 三天 几天 好几天 好半天',
);
const REVOLUTIONS_BEFORE = wordSet('的 左右 以上 以下 以内 每分钟 每秒');
/** What one goes round (围着他转, 绕着太阳转, 跟着订单转). */
const AROUND = wordSet('围着 绕着 围绕 绕 围 跟着 随着');
/** Whether something is turned after the 转 at tokens[at] (转了转身子, 转一转脖子): an object follows. */
function turnsSomething(ctx: RuleContext, at: number): boolean {
  const after = ctx.tokens[at + 1];
  return !!after && after.kind === 'han' && !CLAUSE_END.has(after.text) && !'了吧的呢啊'.includes(after.text);
}
const zhuan: Rule = (ctx) => {
  const n = next(ctx);
  if (n === '得' && ZHUAN4_MANNER.has(next(ctx, 2))) return 'zhuan4';
  if (n === '得' && DEGREE.has(next(ctx, 2)) && ZHUAN4_MANNER.has(next(ctx, 3))) return 'zhuan4';
  if (n === '个不停' || (n === '个' && next(ctx, 2) === '不停')) return 'zhuan4';
  if (n === '来' && next(ctx, 2) === '转') return 'zhuan4';
  // 围着他转, 绕着地球转: going round what one circles, ending the clause.
  if ((!n || CLAUSE_END.has(n) || kindAt(ctx, ctx.index + 1) !== 'han') && inClauseBefore(ctx, AROUND, 4))
    return 'zhuan4';
  // 去地里转一转, 在院里转了转。: going round for a look (the verb said twice, nothing turned after it;
  // 转了转身子 turns the body, zhuǎn).
  const second = n === '转' ? 1 : (n === '一' || n === '了') && next(ctx, 2) === '转' ? 2 : 0;
  if (second && !turnsSomething(ctx, ctx.index + second)) return 'zhuan4';
  const first = prev(ctx) === '转' ? 1 : (prev(ctx) === '一' || prev(ctx) === '了') && prev(ctx, 2) === '转' ? 2 : 0;
  if (first && !turnsSomething(ctx, ctx.index)) return 'zhuan4';
  if (n === '去' && prev(ctx) === '来' && prev(ctx, 2) === '转') return 'zhuan4';
  // 转了一圈, 转一圈, 转几圈: going round.
  const k = n === '了' || n === '过' ? 2 : 1;
  const laps = next(ctx, k) === '一' || NUMERAL.test(next(ctx, k)) ? next(ctx, k + 1) : next(ctx, k);
  if (/^(?:一|几|两|[〇零二三四五六七八九十百]+)?圈$/u.test(laps)) return 'zhuan4';
  // 在山里转了好几天, 转了一上午: going round for a while.
  if (n === '了' && (WHILE.has(next(ctx, 2)) || (next(ctx, 2) === '一' && WHILE.has(`一${next(ctx, 3)}`))))
    return 'zhuan4';
  // 6000转, 每分钟三千转: revolutions counted after a figure in the hundreds or more, ending the
  // phrase (把3000转给他 passes money on).
  if (
    (kindAt(ctx, ctx.index - 1) === 'number' || (NUMERAL.test(prev(ctx)) && /[百千万]/u.test(prev(ctx)))) &&
    (kindAt(ctx, ctx.index + 1) !== 'han' || REVOLUTIONS_BEFORE.has(n))
  )
    return 'zhuan4';
  return undefined;
};

/**
 * 儿 standing alone right after a word is its erhua suffix (干劲 | 儿, 画画 | 儿, 冒尖 | 儿): r, not ér.
 * Words with 儿 "child" (儿子, 女儿, 幼儿) are headwords and never reach this rule; after 的 or a
 * pronoun (我的儿, 吾儿) it is the noun "son".
 */
const ER_NOUN_AFTER = wordSet('的 之 我 你 他 她 您 吾 汝 其 与 和 及 有 无 生 养 育');
const er: Rule = (ctx) => (kindAt(ctx, ctx.index - 1) === 'han' && !ER_NOUN_AFTER.has(prev(ctx)) ? 'r5' : undefined);

/**
 * A modal particle ending a clause after what it colours (做哩！, 没法提啦, 告就告呗，, 祖国啊，) is
 * read in the neutral tone. At the start of an utterance (“哦，椅子太硬了) the same character is an
 * interjection with a tone of its own: no opinion there.
 */
const NEUTRAL_PARTICLES: Record<string, string> = {
  啊: 'a5',
  呀: 'ya5',
  哇: 'wa5',
  呢: 'ne5',
  吧: 'ba5',
  嘛: 'ma5',
  吗: 'ma5',
  嗎: 'ma5',
  啦: 'la5',
  哦: 'o5',
  喔: 'o5',
  哩: 'li5',
  咯: 'lo5',
  喽: 'lou5',
  嘍: 'lou5',
  呗: 'bei5',
  啰: 'luo5',
  囉: 'luo5',
  嘞: 'lei5',
  哟: 'yo5',
};
const particle: Rule = (ctx) => {
  const ch = ctx.tokens[ctx.index].text;
  // After its own character it is a doubled word (啰啰), not a particle.
  if (kindAt(ctx, ctx.index - 1) !== 'han' || prev(ctx).endsWith(ch)) return undefined;
  const after = kindAt(ctx, ctx.index + 1);
  return after === '' || after === 'punct' ? NEUTRAL_PARTICLES[ch] : undefined;
};

/**
 * 将 before a verb or an adverb is jiāng "will; (disposal) 把" (部门将进一步完善, 将问题解决好); the
 * general jiàng stands in words (将军, 大将, 名将) or alone at the end of a phrase (参将。), and 将作
 * is an office. No opinion there.
 */
const jiang: Rule = (ctx) => (kindAt(ctx, ctx.index + 1) === 'han' && next(ctx) !== '作' ? 'jiang1' : undefined);

/** 屏 bǐng "to hold (the breath)" before what is held (屏住呼吸, 屏息, 屏着气); píng "screen" elsewhere. */
const BING3_BEFORE = wordSet('住 息 气 声 着');
const ping = beforeOneOf(BING3_BEFORE, 'bing3');

// Verbs whose first reading is the noun's or the adjective's: each reads as the verb where what
// follows it is a complement or what the action is done to, and has no opinion elsewhere (the
// dictionary's words and the polyphone model read the rest).

// 撒 sǎ "to scatter, to sprinkle" before where or what is scattered (撒在地上, 撒上盐, 撒下种子, 撒融雪剂); sā
// "to let go, to cast" lives in words (撒手, 撒谎, 撒网, 撒娇).
const SA3_BEFORE = wordSet(
  '上 在 下 满 落 入 到 进 遍 些 点 一把 一些 一点 豆 种 种子 盐 粉 花 糖 药 水 化肥 肥料 骨灰',
);
/** What is scattered, by the last character of its word (融雪剂, 食盐, 石灰, 饲料, 草籽). */
const SCATTERED_END = '剂盐粉肥药种沙土灰料粒籽屑';
const sa: Rule = (ctx) => {
  // Through 了: 撒了盐, 撒了一把米.
  const at = next(ctx) === '了' ? 2 : 1;
  const n = next(ctx, at);
  // The word may come in two pieces (融雪 | 剂).
  const after = next(ctx, at + 1);
  const scattered =
    kindAt(ctx, ctx.index + at) === 'han' &&
    (SCATTERED_END.includes(n[n.length - 1] ?? '') || (after.length === 1 && SCATTERED_END.includes(after)));
  return SA3_BEFORE.has(n) || n === '一' || scattered ? 'sa3' : undefined;
};

// 铺 pū "to spread, to lay" before a complement or what is laid (铺上地毯, 铺在, 铺通, 铺路); pù "shop,
// bunk" after what is sold or a measure word (药铺, 一间铺) stays with the dictionary and the model.
const PU1_BEFORE = wordSet('上 在 开 满 设 成 通 平 好 着 到 盖 展 散 路 轨 砖 床 地 草 垫 陈 张 天 地毯 石子 沥青');
/** What a shop sells or where a bunk is (药 | 铺, 肉 | 铺, 下 | 铺): 铺 is the noun pù after them. */
const PU4_AFTER = wordSet('药 肉 饭 当 杂货 包子 鱼 布 米 粮 鞋 茶 书 酒 烟 铁 店 小 床 上 下 卧 通 一 个 家 间 这 那');
const pu: Rule = (ctx) => (PU4_AFTER.has(prev(ctx)) ? 'pu4' : PU1_BEFORE.has(next(ctx)) ? 'pu1' : undefined);

// 钉 dìng "to nail" before where or how (钉在墙上, 钉入, 钉牢, 被钉十字架); dīng "a nail" elsewhere.
const DING4_BEFORE = wordSet('在 入 上 住 进 牢 死 紧 于 好 成 十字架 钉子 扣子 木板');
const ding = aroundOneOf(DING4_BEFORE, wordSet('被'), 'ding4');

// 晕 yūn "to faint, dizzy" as a verb or the result of one (晕了过去, 晕倒, 打晕, 吓晕); yùn "halo,
// motion sickness" lives in words (晕车, 光晕, 月晕) and after nouns (冰晕) with the model.
const YUN1_BEFORE = wordSet('倒 过去 了 死 厥 迷 头 乎 乎乎 得');
const YUN1_AFTER = wordSet('打 砸 击 撞 吓 气 饿 热 晒 冻 熏 摔 颠 绕 转 搞 弄 喝 灌 醉 累 给 被 都 又 有点 有些');
const yun = aroundOneOf(YUN1_BEFORE, YUN1_AFTER, 'yun1');

// 粘 zhān "to stick (on)" before where it sticks (粘在, 粘上, 粘住, 粘贴); nián "sticky" stands in nouns
// (粘液, 粘膜, 粘土, 粘度) with the model.
const ZHAN1_BEFORE = wordSet('在 上 住 贴 满 到 成 起 起来 于 了 牢');
const zhan = beforeOneOf(ZHAN1_BEFORE, 'zhan1');

// 缝 féng "to sew" before a complement or what is sewn (缝于胸前, 缝好, 缝衣服); fèng "a crack"
// after what is cracked (石缝, 门缝) stays with the words and the model.
const FENG2_BEFORE = wordSet('于 好 上 在 衣服 衣 补 制 合 起来 住 了 着 成 扣子 被子 针 一针 几针');
const feng = beforeOneOf(FENG2_BEFORE, 'feng2');

// 夹 jiā "to press from both sides, a clip" before a complement (夹在腋下, 夹住, 夹着) and after the
// clip's material or use (铁夹, 发夹, 文件夹); jiá "lined" lives in words (夹袄, 夹衣).
const JIA1_BEFORE = wordSet('在 住 着 起 紧 杂 带 道 击 攻 菜 到 进 上 出 断 伤');
const JIA1_AFTER = wordSet('铁 发 文件 票 书 木 皮 衣 钢 一个 一只 用');
const jia1 = aroundOneOf(JIA1_BEFORE, JIA1_AFTER, 'jia1');

// 弄 nòng "to do, to handle, to make" before a complement (弄清楚, 弄干, 弄瞎了, 弄不大) or after 被 / 把
// / 别; lòng "a lane" after a house number (新华路593弄). Elsewhere (弄堂 names) the model reads it.
const NONG4_BEFORE = wordSet(
  '瞎 干 清 清楚 明白 懂 得 坏 死 好 成 到 出 来 去 了 着 湿 脏 乱 丢 错 醒 伤 残 破 碎 断 哭 笑 懂得 掉 走 回',
);
const NONG4_AFTER = wordSet('被 把 给 别 乱 会 要 想 才 再 都 也 就 还 没 没有 不 能 得 来 去 人');
const nong: Rule = (ctx) => {
  const n = next(ctx);
  if (NONG4_BEFORE.has(n) || n.startsWith('不') || NONG4_AFTER.has(prev(ctx))) return 'nong4';
  const p = ctx.tokens[ctx.index - 1];
  return p && (p.kind === 'number' || NUMERAL.test(p.text)) ? 'long4' : undefined;
};

// 累 lèi "tired" before 了 / 得 or the end of a clause and after a degree adverb (他累了, 又累又饿, 很累);
// lěi "repeatedly, to accumulate" before what accumulates (累迁, 累年, 累次). 累计, 积累 are words.
const LEI3_BEFORE = wordSet('迁 转 擢 升 官 世 代 年 月 日 次 加 进 至 及 犯');
const LEI4_BEFORE = wordSet('了 得 坏 死 极 垮 倒 着 又 呀 啊 吗 呢 吧 啦 趴下 成');
const LEI4_AFTER = wordSet('又 不 怕 嫌 好 真 挺 太 很 最 多 都 也 真是 有点 有些 非常 特别 十分 不怕');
const lei: Rule = (ctx) => {
  const n = next(ctx);
  if (LEI3_BEFORE.has(n)) return 'lei3';
  if (!n || kindAt(ctx, ctx.index + 1) === 'punct' || LEI4_BEFORE.has(n)) return 'lei4';
  return LEI4_AFTER.has(prev(ctx)) || DEGREE.has(prev(ctx)) ? 'lei4' : undefined;
};

// 降 xiáng "to surrender" after a verb of asking for or accepting it (迎降, 乞降, 请降, 诈降); jiàng
// "to fall, to lower" elsewhere.
const XIANG2_AFTER = wordSet('迎 乞 请 归 诈 劝 招 纳 受 投 约 诱 逼');
const jiangXiang = afterOneOf(XIANG2_AFTER, 'xiang2');

// 炸 zhá "to deep-fry" after a verb or vessel of cooking (续炸, 油炸, 下锅炸), before a food or a time
// (炸鸡腿, 炸3分钟, 炸至金黄); zhà "to blow up" before what is destroyed or a result (炸桥梁, 炸出一个大洞)
// and after 被 / 轰.
const ZHA2_AFTER = wordSet('油 煎 续 复 入锅 下锅 香 烹 酥 油锅 锅里 锅中');
const ZHA2_BEFORE = wordSet(
  '鸡 鸡腿 鸡翅 鸡块 鱼 小鱼 虾 酱 丸子 薯条 薯片 糕 春卷 排骨 豆腐 馒头 花生 油条 带鱼 茄子 至 熟 透 酥 脆 香 黄 金黄 一下',
);
const ZHA4_BEFORE = wordSet('桥 桥梁 出 毁 死 伤 掉 飞 断 裂 碎 沉 平 塌 翻 坏 开 响 大坝 碉堡 工事 铁路 列车');
const zha: Rule = (ctx) => {
  const n = next(ctx);
  const p = prev(ctx);
  if (ZHA2_AFTER.has(p) || ZHA2_BEFORE.has(n)) return 'zha2';
  // 锅 | 里 | 炸, 炸 | 着 | 丸子: in the pan, or frying something.
  if (((p === '里' || p === '中') && prev(ctx, 2) === '锅') || (n === '着' && ZHA2_BEFORE.has(next(ctx, 2))))
    return 'zha2';
  const k = ctx.tokens[ctx.index + 1];
  if (k && k.kind === 'number' && /^(?:分钟|分|秒|秒钟)/.test(next(ctx, 2))) return 'zha2';
  return ZHA4_BEFORE.has(n) || p === '被' || p === '轰' ? 'zha4' : undefined;
};

// 奔 bèn "to head for" before 着 / 往 or a goal (奔着目标, 奔城突围, 奔小康); bēn "to rush" lives in words
// (奔跑, 奔腾, 奔波) and names (奔牛); before a place name the model reads it.
const BEN4_BEFORE = wordSet('着 往 赴 城 你 我 他 那儿 这儿 哪儿 哪里 家 家乡 小康 前程 主题 目标');
const ben = beforeOneOf(BEN4_BEFORE, 'ben4');

// 汗 hán "khan" right after a ruler's name that no headword holds (札萨克图汗, 伊什木汗: a name the
// segmenter merged) or the title taken (自立为汗); hàn "sweat" after a word (冒着汗, 一身汗, 全是汗).
// After single characters (拉 | 藏 | 汗, 出 | 汗) the model decides.
const SWEAT_AFTER = wordSet('是 了 着 的 身 把 擦 冒 出 流 满 一 头 脸 背');
const KHAN_AFTER = wordSet('为 称 大 可');
const han: Rule = (ctx) => {
  const p = ctx.tokens[ctx.index - 1];
  if (!p || p.kind !== 'han' || SWEAT_AFTER.has(p.text)) return 'han4';
  if (p.text.length > 1) return p.entry === undefined ? 'han2' : 'han4';
  return KHAN_AFTER.has(p.text) ? 'han2' : undefined;
};

// 镐 gǎo "a pick" after its material or a measure word (铁镐, 斧镐, 一把镐) or before its head (镐头);
// hào lives in 镐京 and names.
const GAO3_AFTER = wordSet('铁 斧 十字 鹤嘴 洋 把 一把 钢 用 挥 抡 举');
const GAO3_BEFORE = wordSet('头 把 柄 下去 刨 挖 镐 锹');
const gao = aroundOneOf(GAO3_BEFORE, GAO3_AFTER, 'gao3');

// 镝 dī "dysprosium" in chemistry (碳酸镝, 镝盐, 氧化镝); dí "arrowhead" lives in 锋镝, 鸣镝 and names.
const DI1_BEFORE = wordSet('盐 元素 原子 离子 化合物 合金 磁体 磁铁');
const di1: Rule = (ctx) => {
  const p = prev(ctx);
  return DI1_BEFORE.has(next(ctx)) || (p.length > 1 && /[酸化]$/u.test(p)) ? 'di1' : undefined;
};

// 喝 hè "to shout" before a shout (喝一声, 喝道, 喝令) and after 厉 / 怒 / 吆 / 断; hē "to drink" elsewhere.
const HE4_BEFORE = wordSet('一声 道 令 止 斥 退 彩 问');
const HE4_AFTER = wordSet('厉 断 怒 吆 呼 棒 当头 高');
const he: Rule = (ctx) => {
  const n = next(ctx);
  if (HE4_BEFORE.has(n) || (n === '一' && next(ctx, 2) === '声') || HE4_AFTER.has(prev(ctx))) return 'he4';
  return undefined;
};

// 哄 hǒng "to coax, to fool" before the one coaxed (哄他入睡, 哄孩子, 哄骗); hōng / hòng live in 哄堂,
// 哄抢, 起哄.
const HONG3_BEFORE = wordSet(
  '他 她 它 我 你 您 他们 她们 我们 你们 孩子 孩子们 小孩 宝宝 老人 妈妈 爸爸 人 着 骗 得 睡 一 过 好',
);
const hong = beforeOneOf(HONG3_BEFORE, 'hong3');

// 少 shǎo "few, little" ending a clause or before 了 / 于 / 得 and after a degree adverb or 不 / 多
// (人口少，, 少于, 不少, 很少); shào "young" lives in words (少年, 少女, 青少年) and names.
const SHAO3_BEFORE = wordSet('了 于 得 量 数 许 些 见 有 说 点 一点 之又少 啊 吗 呢');
const SHAO3_AFTER = wordSet('不 多 减 缺 太 很 更 较 最 极 越 甚 偏 稀 绝 比较 非常 特别 十分 相当 越来越');
const shao: Rule = (ctx) => {
  const n = next(ctx);
  if (!n || kindAt(ctx, ctx.index + 1) === 'punct' || SHAO3_BEFORE.has(n) || SHAO3_AFTER.has(prev(ctx))) return 'shao3';
  return undefined;
};

// 臭 xiù "a smell" after 无 (无色无臭); chòu "smelly" elsewhere. 甚 shén before 么 (甚么 = 什么).
const xiu: Rule = (ctx) => (prev(ctx) === '无' ? 'xiu4' : undefined);
const shen: Rule = (ctx) => (next(ctx).startsWith('么') ? 'shen2' : undefined);

// 划 huá "to row, to scratch, to glide" before the boat, the oar, water or a motion (划船, 划桨, 划行,
// 划过); huà "to transfer, to assign" before where to (划到账户上, 划入, 划给, 划为); 划分, 计划 are words.
const HUA2_BEFORE = wordSet('船 小船 桨 水 行 动 过 艇 龙舟 着 向 破 伤 开 火柴 拳');
const HUA4_BEFORE = wordSet('到 入 给 转 出 为 成 归 拨 定 清');
const hua: Rule = (ctx) => (HUA2_BEFORE.has(next(ctx)) ? 'hua2' : HUA4_BEFORE.has(next(ctx)) ? 'hua4' : undefined);

// 调 diào "to transfer, to move (someone)" after 被 / 借 / 抽 / 选 / 上 / 下 or before where to (被调到总部,
// 调往, 调入, 调离, 调任); tiáo "to adjust" before a level or a state (调到二十六度, 调好, 调成静音) and
// in 调了调; 调整, 调解, 调节 are words.
const DIAO4_AFTER = wordSet('被 借 抽 选 上 下 外 对 互 将 要 已 刚 又 才 临时 从');
const DIAO4_BEFORE = wordSet('到 往 入 离 任 回 出 走 来 去 进 至 给 过来 过去 回来 上来 下来 到了');
/** What 调 tiáo sets: a level or a state (调到二十六度, 调好音量, 调成静音), or 调了调 / 调一调. */
const TIAO2_BEFORE = wordSet('好 匀 准 高 低 大 小 亮 暗 快 慢 成 整 一调 音 琴 味');
const diao: Rule = (ctx) => {
  const n = next(ctx);
  const k = ctx.tokens[ctx.index + 2];
  if (TIAO2_BEFORE.has(n) || (n === '了' && next(ctx, 2) === '调') || (prev(ctx) === '了' && prev(ctx, 2) === '调'))
    return 'tiao2';
  if (n === '到' && k && (k.kind === 'number' || NUMERAL.test(k.text) || k.text === '最')) return 'tiao2';
  return DIAO4_BEFORE.has(n) || DIAO4_AFTER.has(prev(ctx)) ? 'diao4' : undefined;
};

// 缪 alone before a Han word is the surname Miào (缪姓, 那时，缪表明反对内战); miù lives in 纰缪, 缪斯 and
// transliterations (巴托洛缪·…). 朴 opening a clause before a Han word is the surname Piáo (朴趾源的);
// pǔ "plain" lives in words (朴素, 朴实). Elsewhere no opinion.
const miao: Rule = (ctx) => (kindAt(ctx, ctx.index + 1) === 'han' ? 'miao4' : undefined);
const piao: Rule = (ctx) => {
  const p = ctx.tokens[ctx.index - 1];
  return (!p || p.kind === 'punct') && kindAt(ctx, ctx.index + 1) === 'han' ? 'piao2' : undefined;
};

// 冲 chòng "facing, toward; because of" before 着 + what it faces or a person (冲着镜头笑, 冲他喊, 冲着你来的),
// "blunt, strong" after a degree adverb (说话很冲);
// chōng "to rush, to wash" elsewhere and in words (冲锋, 冲击, 冲洗).
const CHONG4_BEFORE = wordSet('他 她 我 你 您 他们 她们 我们 你们 大家 这 那 这个 那个');
const chong: Rule = (ctx) => {
  const n = next(ctx);
  if (n === '着' && kindAt(ctx, ctx.index + 2) === 'han') return 'chong4';
  // 说话很冲, 味道太冲: "blunt, strong" after a degree adverb.
  return CHONG4_BEFORE.has(n) || DEGREE.has(prev(ctx)) ? 'chong4' : undefined;
};

// 量 liáng "to measure" before what is measured, a complement or 几 (量血压, 量了量, 量一下,
// 反复量几遍); liàng "amount" elsewhere is left to the model (药的量, 量大面广).
const MEASURED = wordSet(
  '体温 血压 血糖 身高 体重 尺寸 长度 宽度 高度 深度 厚度 距离 面积 温度 腰围 胸围 脚 尺码 心率 脉搏',
);
// Not 过 or 得: 年分娩量过1万, 量得到提升 are the amount.
const MEASURE_COMPLEMENT = wordSet('了 好 完 出 出来 一下 一量 一遍 几遍 几次 一次 准');
const liang: Rule = (ctx) => {
  const n = next(ctx);
  if (MEASURED.has(n) || MEASURE_COMPLEMENT.has(n) || (n.length > 1 && MEASURED.has(n.slice(0, 2)))) return 'liang2';
  // Not before a figure: 人均水资源量4389立方米 is the amount.
  if (n === '几' || (n === '一' && next(ctx, 2) === '量')) return 'liang2';
  // 量了量, 量一量: the second 量 of the verb said twice.
  if ((prev(ctx) === '了' || prev(ctx) === '一') && prev(ctx, 2) === '量') return 'liang2';
  return undefined;
};

// 钻 zuān "to go through, into; to study hard" before where one goes or what one takes up (钻出来,
// 钻进车底, 钻一行, 钻空子); zuàn "a drill" is left to the model (用钻, and CPP's 钻一个洞).
const ZUAN1_BEFORE = wordSet(
  '出 进 入 到 过 来 去 出来 进来 进去 出去 上来 下去 过去 研 一行 空子 牛角尖 技术 业务 进了 出了',
);
const zuan = beforeOneOf(ZUAN1_BEFORE, 'zuan1');

// 相 xiāng "each other" before a verb (相结合, 相适应, 紧紧相拥, 以病相辞); xiàng "minister, phase" after
// the noun it ends when no headword took it (楚国相, 陆相, 气相沉积, 三相电).
const XIANG4_AFTER = wordSet('国 陆 海 液 固 气 晶 首 宰 丞 外 单 三 变 面 福 吉 品 色');
const XIANG4_BEFORE = wordSet('的 之 位 变 沉积');
const xiangMutual: Rule = (ctx) => {
  if (XIANG4_AFTER.has(prev(ctx)) || XIANG4_BEFORE.has(next(ctx))) return 'xiang4';
  if (kindAt(ctx, ctx.index + 1) === 'han') return 'xiang1';
  // 楚国相，: a country's minister ends the phrase (两国相望 is "each other").
  return prev(ctx).endsWith('国') ? 'xiang4' : undefined;
};

// 过 guo, the aspect particle after a verb (谈过这个问题, 主演过电影, 被咬过。, 说过的话); guò "to pass,
// to spend; beyond, more than" is left to the model after what is no verb: a clause start, an adverb,
// a conjunction or a pronoun (过了三天, 没过多久, 他过了马路, 擦肩而过), a place (从门前过), a verb
// whose result it is (逃过, 瞒过, 熬过) or an adjective it compares (快过预期), and before a figure,
// 着/得 (过着, 过得好) or what makes it "too" (过急) or a word.
const GUO4_AFTER = wordSet(
  '不 没 没有 未 未曾 难 也 都 还 就 才 刚 刚刚 又 再 能 要 会 想 得 地 的 而 以 与 和 及 则 他 她 它 我 你 您 他们 她们 我们 你们 大家 谁 日子 年 节 关 河 江 桥 马路 街 一 再也 从来 每 不再 ' +
    '逃 躲 瞒 骗 熬 挺 闯 渡 越 跨 翻 闪 避 绕 胜 超 淹 漫 快 慢 高 低 好 强 多 少 大 小 远 近 早 晚',
);
const GUO4_BEFORE = wordSet(
  '于 去 来 头 度 分 多 少 快 慢 高 低 长 大 小 早 晚 重 急 半 期 年 节 后 目 瘾 往 问 问题 河 江 桥 关 境 着 得 之 亿 万 千 百 百万 千万 万元 亿元 上',
);
const LOCATIVE_END = /[前后边旁里上下中外]$/u;
/** Negations that make 想 + 过 "have (never) thought of" (没有想过放弃), not 想 "to want" + 过 "to cross". */
const NEVER = wordSet('没 没有 从没 从没有 从来没 从来没有 未 未曾 不曾 从未 也没 也没有 都没 都没有 曾 曾经');
/** Verbs of motion: 过了 after one, before what is passed, is guò "past, across" (冲过了终点, 跑过了大桥). */
const MOTION = wordSet('冲 跑 走 飞 跳 游 爬 驶 开 穿 蹚 趟 挤 滑 跃 奔 迈 划 漂');
const guoAspect: Rule = (ctx) => {
  const p = prev(ctx);
  if (p === '想' && NEVER.has(prev(ctx, 2))) return 'guo5';
  if (MOTION.has(p) && next(ctx) === '了' && kindAt(ctx, ctx.index + 2) === 'han' && !CLAUSE_END.has(next(ctx, 2)))
    return 'guo4';
  if (kindAt(ctx, ctx.index - 1) !== 'han' || CLAUSE_END.has(p) || GUO4_AFTER.has(p) || LOCATIVE_END.test(p))
    return undefined;
  if (GUO4_BEFORE.has(next(ctx)) || kindAt(ctx, ctx.index + 1) === 'number') return undefined;
  return 'guo5';
};

// 扎 zā "to tie, to bind" before what is tied or made by tying (扎风筝, 扎辫子, 扎紧, 扎成一捆);
// zhā "to prick, to pitch, to take root" is left to the model and the words (扎根, 扎实, 驻扎).
const ZA1_BEFORE = wordSet(
  '辫子 小辫 小辫子 头发 马尾 风筝 灯笼 花 彩 纸花 彩灯 腰带 皮带 绷带 裤腿 篱笆 扫帚 袋口 紧 成 一把 一捆 一束',
);
const za: Rule = (ctx) => {
  if (ZA1_BEFORE.has(next(ctx))) return 'za1';
  // 扎着两条小辫子, 扎了一只风筝: the aspect particle, then what is tied within a few words.
  if (next(ctx) !== '着' && next(ctx) !== '了') return undefined;
  for (let k = 2; k <= 5; k++) {
    const t = ctx.tokens[ctx.index + k];
    if (!t || t.kind === 'punct') break;
    if (ZA1_BEFORE.has(t.text) && t.text.length > 1) return 'za1';
  }
  return undefined;
};

// 剥 bāo "to peel, to shell" before what is peeled or a complement (剥花生, 剥好的, 剥了皮); bō stays in
// words (剥削, 剥夺, 剥离) and elsewhere.
const BAO1_BEFORE = wordSet('花生 皮 橘子 桔子 蒜 玉米 鸡蛋 蛋 虾 壳 豆 毛豆 莲子 栗子 开 好 掉 下 了 着 去 完');
const baoPeel = beforeOneOf(BAO1_BEFORE, 'bao1');
// 宿 xiǔ, nights counted (住了一宿, 两宿没合眼); sù elsewhere (宿舍, 住宿 are words).
const xiuNights: Rule = (ctx) => (/^[一两三四五几半整]$/u.test(prev(ctx)) ? 'xiu3' : undefined);

// 挑 tiāo "to carry on a pole, to choose" before a complement or a load (把担子挑起来, 挑水, 挑出来,
// 挑了几件); tiǎo "to raise, to stir up, to poke" is left to the model (挑梁, 挑灯) and the words (挑战,
// 挑拨, 挑起 before a quarrel).
const TIAO1_BEFORE = wordSet(
  '起来 起 走 上 下 出 出来 回 回来 到 着 了 过 水 担子 重担 扁担 大梁 粪 柴 东西 毛病 刺 选 好 几 一',
);
const tiaoCarry = beforeOneOf(TIAO1_BEFORE, 'tiao1');

// 待 dāi "to stay" before where or how long, or a complement (待在家里, 一待就是二十年, 多待几天, 待不住);
// dài "to treat, to wait" lives in words (对待, 等待, 待遇) and is left to the model elsewhere (待人热情,
// 待建, 待到).
const DAI1_BEFORE = wordSet(
  '在 了 着 过 就 就是 一会儿 一会 会儿 几天 几年 半天 一天 一年 下去 下来 不住 不下去 住 多久 这里 那里 家里 家 久 够 惯',
);
const daiStay = beforeOneOf(DAI1_BEFORE, 'dai1');

// Household verbs whose spoken reading differs from the one in their words:
// 扇 shān "to fan, to slap" before 了 / 着 / what fans (扇了扇扇子, 扇着扇子; shàn "a fan" in 扇子, 电扇).
const SHAN1_BEFORE = wordSet('了 着 一下 扇 扇子 风 耳光 巴掌 灭 动');
const shanFan: Rule = (ctx) => (SHAN1_BEFORE.has(next(ctx)) || prev(ctx) === '扇' ? 'shan1' : undefined);
// 磨 mò "to mill" before grain or what is milled into (磨面, 磨成面粉, 磨豆腐); mó elsewhere.
const MO4_BEFORE = wordSet('面 面粉 豆腐 豆浆 米 米粉 麦子 香油 芝麻');
const moMill = beforeOneOfOrLinked(MO4_BEFORE, '成', 'mo4');
// 落 là "to leave behind" after 把 + what is left, before where it was forgotten (把钥匙落在家里, 把书
// 落在车上了); luò elsewhere (把目光落在, 把责任落到实处).
const DISPOSAL_MARK = wordSet('把 将');
const LEFT_IN = wordSet('家 家里 车上 车里 办公室 宿舍 教室 学校 单位 桌上 出租车 公交车 地铁 饭店 店里 那儿 这儿');
const laLeft: Rule = (ctx) =>
  next(ctx) === '在' && LEFT_IN.has(next(ctx, 2)) && inClauseBefore(ctx, DISPOSAL_MARK, 6) ? 'la4' : undefined;
// 露 lòu "to show" in the spoken phrases (露一手, 露了一手, 露个脸, 露了馅); lù in words (露出, 暴露, 雨露)
// and elsewhere (太阳露了出来 is left to the model).
const LOU4_BEFORE = wordSet('一手 两手 个 脸 馅 面 怯');
const louShow = beforeOneOfOrLinked(LOU4_BEFORE, '了', 'lou4');
// 背 bēi "to carry on the back" before 起 or what is carried, or 上 + what is carried (背起包, 背上书包),
// and before a complement of where to, with or without 了 (把伤员背了出来, 背回家; 到 and 出 after 把: 把他背到
// 医院, not 背出了全文); bèi elsewhere (柄背上有: the back; 背下来, 背过身: to learn by heart, to turn away).
const BEI1_BEFORE = wordSet('起 包 书包 背包 孩子 行李 口袋 麻袋 柴 水 老人 伤员');
const BEI1_WHERE_TO = wordSet('起来 出来 出去 回 回来 回去 回家 进 进来 进去 走 上山 下山 过河');
const BEI1_WHERE_TO_AFTER_BA = wordSet('到 出');
/** After 背 "to learn by heart": how well it was learnt (背出全文, 背下来, 背熟了, 背会). */
const BEI4_LEARNT = wordSet('出 下 下来 熟 会 完');
const carryOn = beforeOneOfOrLinked(BEI1_BEFORE, '上', 'bei1');
const beiCarry: Rule = (ctx) => {
  const to = next(ctx) === '了' ? next(ctx, 2) : next(ctx);
  if (BEI1_WHERE_TO.has(to)) return 'bei1';
  if (BEI1_WHERE_TO_AFTER_BA.has(to) && inClauseBefore(ctx, DISPOSAL_MARK, 8)) return 'bei1';
  if (BEI4_LEARNT.has(to)) return 'bei4';
  return carryOn(ctx);
};
// 拧 níng "to wring" before what is wrung or 干 (拧毛巾, 拧干); nǐng "to screw" elsewhere.
const NING2_BEFORE = wordSet('干 毛巾 衣服 手巾 抹布 湿 眉');
const ningWring = beforeOneOf(NING2_BEFORE, 'ning2');
// 和 huó "to knead" in 和面 after a verb of doing or at a clause end (她在和面, 正和着面).
const KNEAD_AFTER = wordSet('在 正在 正 要 去 来 帮 会 开始 忙着 学');
const huoKnead: Rule = (ctx) => {
  const n = next(ctx);
  const after = kindAt(ctx, ctx.index + 2);
  if (n !== '面' || (after === 'han' && !['了', '着', '的'].includes(next(ctx, 2)))) return undefined;
  return KNEAD_AFTER.has(prev(ctx)) ? 'huo2' : undefined;
};

// 干 gān "dry, used up" as the result of a verb of drying or draining (拧干, 吸干了, 吹干, 喝干) and before
// what is dry (啃口干馒头); the
// lone verb gàn "to do" (LONE_READINGS) elsewhere.
const GAN1_AFTER = wordSet('拧 吸 吹 烤 烘 晾 抽 榨 喝 舔 淘 流 哭 熬 蒸 擦 晒 沥 控 甩 挤 吮 耗 掏');
/** What is dry before it (干馒头, 干树枝, 干毛巾): 干 gān "dry" as its adjective. */
const GAN1_BEFORE = wordSet('馒头 面包 饼 饼子 树枝 柴 柴火 草 稻草 毛巾 衣服 土 木头 辣椒 果 枣 豆腐 菜');
const ganDry: Rule = (ctx) => (GAN1_AFTER.has(prev(ctx)) || GAN1_BEFORE.has(next(ctx)) ? 'gan1' : undefined);

// 载 zài "to carry" before what is carried, a figure or an aspect particle (核载五十人, 载着, 载满了);
// zǎi "year, to record" after a figure (三年五载) and elsewhere is left to the words and the model.
const ZAI4_BEFORE = wordSet('着 了 满 客 货 人 重 有 入 运 走 回 来 去');
const zaiCarry: Rule = (ctx) => {
  if (NUMERAL.test(prev(ctx)) || kindAt(ctx, ctx.index - 1) === 'number') return undefined;
  const n = next(ctx);
  if (kindAt(ctx, ctx.index + 1) === 'number' || NUMERAL.test(n) || ZAI4_BEFORE.has(n)) return 'zai4';
  return undefined;
};

// 应 yīng "should" before what should be done (公司应向劳动者支付, 应承担责任, 应下大力气); yìng "to
// answer, to agree to" before a particle or a complement (应了一声, 应下来), and in the words (应邀,
// 应对, 响应, 应用) even where the segmenter split them.
const YING4_BEFORE = wordSet('了 着 过 声 一声 下来 下了 得');
/** Second characters of words read yìng that the segmenter may have split (地热 | 应 | 用于 is 应用). */
const YING4_WORD_SECOND = '用急变付战试届聘约邀征召运时景考对答酬允验';
const ying: Rule = (ctx) => {
  const p = prev(ctx);
  // 相对 | 应 (对应), 一呼百 | 应: the second character of a word read yìng that the segmenter split.
  if (/[对呼响反适供感照答回顺]$/u.test(p)) return 'ying4';
  // 的 | 应 + a noun: a name (应国, 应部落), left to the model.
  if (p === '的' || kindAt(ctx, ctx.index + 1) !== 'han' || CLAUSE_END.has(next(ctx))) return undefined;
  const n = next(ctx);
  return YING4_BEFORE.has(n) || YING4_WORD_SECOND.includes(n[0]) ? 'ying4' : 'ying1';
};

// 发 fà "hair" as the object of 理发 "to have a haircut" with what the verb took between (理了发,
// 理个发, 理一次发); fā elsewhere.
const BETWEEN_LI_FA = wordSet('了 个 一次 一个 过 完 好 了个 一下');
const faHair: Rule = (ctx) => (prev(ctx, 2) === '理' && BETWEEN_LI_FA.has(prev(ctx)) ? 'fa4' : undefined);

export const CONTEXT_RULES: Record<string, Rule> = {
  干: ganDry,
  发: faHair,
  应: ying,
  應: ying,
  载: zaiCarry,
  載: zaiCarry,
  扇: shanFan,
  磨: moMill,
  落: laLeft,
  露: louShow,
  背: beiCarry,
  拧: ningWring,
  和: huoKnead,
  待: daiStay,
  挑: tiaoCarry,
  剥: baoPeel,
  宿: xiuNights,
  扎: za,
  紮: za,
  过: guoAspect,
  過: guoAspect,
  相: xiangMutual,
  钻: zuan,
  鑽: zuan,
  量: liang,
  屏: ping,
  将: jiang,
  將: jiang,
  ...Object.fromEntries(Object.keys(NEUTRAL_PARTICLES).map((ch) => [ch, particle])),
  儿: er,
  兒: er,
  转: zhuan,
  轉: zhuan,
  只: zhi,
  为: wei,
  為: wei,
  地: di,
  得: de,
  着: zhe,
  著: zhe,
  了: le,
  长: chang,
  長: chang,
  重: zhong,
  行: xing,
  给: gei,
  給: gei,
  还: huan,
  還: huan,
  种: zhong3,
  種: zhong3,
  率: lv,
  数: shu,
  數: shu,
  劲: jin,
  勁: jin,
  觉: jue,
  覺: jue,
  系: xi,
  繫: xi,
  假: jia,
  盛: sheng,
  好: hao,
  薄: bao,
  差: cha,
  当: dang,
  子: zi,
  边: bian,
  弹: tan,
  彈: tan,
  曲: qu,
  倒: dao,
  塞: sai,
  中: zhongHit,
  攒: zan,
  撒: sa,
  铺: pu,
  鋪: pu,
  钉: ding,
  釘: ding,
  晕: yun,
  暈: yun,
  粘: zhan,
  缝: feng,
  縫: feng,
  夹: jia1,
  夾: jia1,
  弄: nong,
  累: lei,
  降: jiangXiang,
  炸: zha,
  奔: ben,
  汗: han,
  镐: gao,
  鎬: gao,
  镝: di1,
  鏑: di1,
  喝: he,
  哄: hong,
  少: shao,
  臭: xiu,
  甚: shen,
  划: hua,
  劃: hua,
  调: diao,
  調: diao,
  缪: miao,
  繆: miao,
  朴: piao,
  冲: chong,
  衝: chong,
};

/**
 * Whole-word readings that override the dictionary's preferred reading (a headword with several
 * readings whose most common one in this prose is not the one ranked first), and readings of
 * words the dictionary lacks. Numbered syllables, one per character.
 */
export const WORD_READINGS: Record<string, string> = {
  朝阳: 'chao2 yang2',
  成都: 'cheng2 du1',
  重庆: 'chong2 qing4',
  长征: 'chang2 zheng1',
  行长: 'hang2 zhang3',
  银行: 'yin2 hang2',
  供给: 'gong1 ji3',
  给予: 'ji3 yu3',
  为了: 'wei4 le5',
  因为: 'yin1 wei4',
  作为: 'zuo4 wei2',
  成为: 'cheng2 wei2',
  认为: 'ren4 wei2',
  行为: 'xing2 wei2',
  以为: 'yi3 wei2',
  了解: 'liao3 jie3',
  // "will all" (都 + 会) is far more common in running text than 都会 "metropolis".
  都会: 'dou1 hui4',
  // "wearing" (穿 + 着) is far more common than 穿着 chuānzhuó "attire".
  穿着: 'chuan1 zhe5',
  // 到 + the particle 了 (感受|到了, 来|到了): CC-CEDICT's 到了 dàoliǎo "at last" is rare in news.
  到了: 'dao4 le5',
  告诉: 'gao4 su5',
  // "benefit" (CC-CEDICT ranks hǎochǔ "easy to get along with" first).
  好处: 'hao3 chu4',
  // "not bad, not short of" (待遇也不差, 不差钱): CC-CEDICT ranks bùchā "no different" first.
  不差: 'bu4 cha4',
  // Where pinyin-pro's word list, which ranks CC-CEDICT's readings (build-assets.ts), has the rarer one:
  // the particle 罢了 bàle, the complement 不了 bùliǎo, "mostly" 大都 dàdōu, 粘连 niánlián.
  罢了: 'ba4 le5',
  不了: 'bu4 liao3',
  大都: 'da4 dou1',
  粘连: 'nian2 lian2',
  // 角 jué "to contend" in 角斗士 as in 角斗, 角力 and 角斗场, where CC-CEDICT writes it jiǎo; 脯 fǔ in the
  // amino acid proline (脯氨酸), where it writes pú ("breast").
  角斗士: 'jue2 dou4 shi4',
  脯氨酸: 'fu3 an1 suan1',
  // "to ponder" (仔细琢磨); zhuómó "to carve and polish" is rare in running text.
  琢磨: 'zuo2 mo5',
};

/**
 * Readings of characters standing alone (a token of their own, or a character of a number or a name
 * that no headword covers) where the dictionary's first reading is the one they have inside words
 * (罢了 bàle, 效率 xiàolǜ, 一只 yì zhī, 仿佛 fǎngfú, 干净 gānjìng): numbered.
 */
export const LONE_READINGS: Record<string, string> = {
  // The verb "teach" (教年轻人操作); the noun jiào stands in words (宗教, 教育, 请教).
  教: 'jiao1',
  〇: 'ling2',
  只: 'zhi3',
  干: 'gan4',
  罢: 'ba4',
  率: 'shuai4',
  佛: 'fo2',
  都: 'dou1',
  还: 'hai2',
};
