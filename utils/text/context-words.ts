/**
 * Dictionary words whose sense (and so their split or their reading) the neighbouring words decide:
 * - 一个人 is the headword "alone, by oneself" after the person who is alone (他一个人住, 我一个人办不了);
 *   elsewhere it is the numeral phrase 一个 | 人 "one person" (来了一个人, 每一个人, 一个人的力量).
 * - 地方 reads dìfāng "local, regional" before the institution it qualifies (地方政府, 中央和地方) and
 *   dìfang "place" elsewhere (这个地方, 什么地方, 有的地方).
 */
import type { Dictionary } from './dictionary';
import type { Segment } from './segment';

const set = (s: string) => new Set(s.split(' '));

/** Who can be alone: pronouns and person nouns right before 一个人. */
const ALONE_AFTER = set(
  '我 你 您 他 她 它 自己 咱 俺 本人 独自 老人 孩子 母亲 父亲 妈妈 爸爸 妻子 丈夫 儿子 女儿 老伴 奶奶 爷爷 姥姥 师傅',
);

/** What 地方 "local" qualifies (地方政府, 地方财政) or stands beside (中央和地方). */
const LOCAL_BEFORE = set(
  '政府 财政 党委 官员 干部 人大 立法 法规 性法规 债务 债 专项债 政府债 国企 企业 银行 税收 税 经济 部门 当局 领导 组织 机构 标准 特色 戏 戏曲 志 病 保护主义 文化 高校 院校 媒体 选举 议会 自治 主管 工会 总工会 两会 金融 监管 实践 探索 试点 首长 武装 部队 粮票',
);
const LOCAL_AFTER = set('中央 各级 和 与 及 同 各 央地');

const isPersonName = (t: Segment | undefined) => !!t && t.kind === 'han' && t.entry === undefined && !!t.syllables;

export function readWordsInContext(tokens: Segment[], dict: Dictionary): void {
  // Once a token has been split, the tokens are copied to `out` (a splice per split would make the
  // pass quadratic); `done` holds the tokens before tokens[i] as they now are.
  let out: Segment[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const done = out ?? tokens;
    const at = out ? out.length : i;
    if (t.kind !== 'han' || t.syllables) {
      out?.push(t);
      continue;
    }
    if (t.text === '一个人') {
      const p = done[at - 1];
      const alone = !!p && (ALONE_AFTER.has(p.text) || isPersonName(p));
      if (alone) {
        out?.push(t);
        continue;
      }
      const one = dict.nodeOf('一个');
      const person = dict.nodeOf('人');
      out ??= tokens.slice(0, i);
      out.push(
        { text: '一个', start: t.start, end: t.start + 2, kind: 'han', pinyin: '', entry: one > 0 ? one : undefined },
        { text: '人', start: t.start + 2, end: t.end, kind: 'han', pinyin: '', entry: person > 0 ? person : undefined },
      );
      continue;
    }
    if (t.text === '地方') {
      const n = tokens[i + 1];
      const p = done[at - 1];
      const local =
        (!!n &&
          n.kind === 'han' &&
          (LOCAL_BEFORE.has(n.text) || (n.text.length > 1 && LOCAL_BEFORE.has(n.text.slice(0, 2))))) ||
        (!!p && LOCAL_AFTER.has(p.text) && (p.text !== '和' || done[at - 2]?.text === '中央'));
      t.syllables = local ? ['di4', 'fang1'] : ['di4', 'fang5'];
    }
    out?.push(t);
  }
  if (out) {
    tokens.length = out.length;
    for (let k = 0; k < out.length; k++) tokens[k] = out[k];
  }
}
