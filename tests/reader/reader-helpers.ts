/** Real engine and glossary behind the reader's component tests. */
import { getNodeEngine } from '../../scripts/lib/text-modes';
import { getGlossaryMatcher } from '@/utils/glossary';
import { createParagraphAnnotator } from '@/utils/reader/annotate-paragraph';
import { createReaderServices } from '@/utils/reader/services';
import type { ReaderArticle, ReaderServices } from '@/components/reader/model';
import type { ParagraphAnnotator } from '@/utils/reader/prepare';

/** Glossary entries the reader asked to open, in order. */
export const openedTerms: string[] = [];

export async function realReader(): Promise<{ annotate: ParagraphAnnotator; services: ReaderServices }> {
  const engine = await getNodeEngine();
  const matcher = getGlossaryMatcher();
  return {
    annotate: createParagraphAnnotator(engine, (text) => matcher.match(text)),
    services: createReaderServices(engine, { openTerm: (id) => openedTerms.push(id) }),
  };
}

/** Sentences from the paper (shared/seeds). */
export const SENTENCES = {
  yigang:
    '同时，北京探索实施“一岗双认”评价模式，即同一岗位，劳动者可以获得新职业技能等级证书，也可以同时获得企业岗位认证证书。',
  wuzhong: '宁夏吴忠市利通区的党员代表说，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
  budan: '认定结果要经得起市场检验，不断提高证书市场认可度，一起努力。',
};

export function articleOf(annotate: ParagraphAnnotator, paragraphs: string[]): ReaderArticle {
  return {
    url: 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html',
    title: '择优遴选社会评价组织 探索“一岗双认”评价模式',
    subtitle: '北京网约配送员等20个新职业将开展技能等级认定',
    byline: '记者赖志凯',
    source: '工人日报',
    date: '2022-04-29',
    images: [],
    paragraphs: paragraphs.map((text) => ({ tokens: annotate(text) })),
  };
}
