/**
 * The site rules: the selectors each page family reads, by field, in the order they are tried.
 * The family extractors take their selectors from here and the page report (page-report.ts) says
 * which of them matched a page, so a report shows at a glance which rule missed.
 *
 * Where the evidence (shared/evidence/workercn-markup.md) names a selector it comes first; the
 * others are tolerant guesses, so an unknown detail costs one field, never the article.
 */
export const EPAPER = {
  /** The day's pages: `div.holder ul#pageUrl li` = `a.pdf` + a page link whose text is the number. */
  pageItems: ['div.holder ul#pageUrl li', 'ul#pageUrl li', '#pageList li'],
  /** The current page's articles. */
  pageArticles: ['ul#pageTitle li a', '#pageTitle a', '.pageTitle a'],
  pdf: ['a.pdf[href]', 'a[href$=".pdf"]'],
  pretitle: ['#pretitle'],
  title: ['#ctitle', '.ctitle'],
  /** Not in the evidence: the usual ids and classes of the paper's publishing systems. */
  subtitle: ['#subtitle', '#subTitle', '#fbtitle', '.subtitle'],
  body: ['#ccontent', '.ccontent'],
  pictures: ['#imgs'],
} as const;

export const EPAPER_LEGACY = {
  /** Page index links (grrb 2017: `div#page_content table td a`; jlgrb 2019: `table td a[href^=GR]`). */
  pages: ['div#page_content a[href]', 'table td a[href^="GR"]'],
  /** Article links of a page: an image map and a list. */
  articles: ['area[href]', 'ul li a[href]', 'a[href]'],
  title: ['div.text_c h1', 'founder-title', '.founder-title', '#title', 'td.font01', 'h1'],
  pretitle: ['div.text_c h3', 'founder-introtitle', '.founder-introtitle', '#pretitle', 'td.font02'],
  subtitle: ['div.text_c h2', 'founder-subtitle', '.founder-subtitle', '#subtitle', 'td.font03'],
  author: ['div.lai span', 'div.lai', 'div.text_c h4'],
  body: ['#ozoom', 'founder-content', '.founder-content', '#content', 'td.font6'],
} as const;

export const PORTAL = {
  /** `/c/` pages: only the body is evidenced (`div.ccontent`); title, date and source are guesses. */
  title: ['.xq_title h1', '.detail h1', '.article h1', '.content h1', 'h1.title', 'h1', '.title', '.tit'],
  pretitle: ['.pretitle', '.yinti'],
  subtitle: ['.subtitle', '.futi'],
  body: [
    'div.ccontent',
    '#ccontent',
    '.ccontent',
    '.xq_con',
    '.article-content',
    '.TRS_Editor',
    '.detail_con',
    '#zoom',
  ],
  dateline: ['.info', '.xq_info', '.article-info', '.detail-info', '.signdate', '.time', '.pubtime', '.date'],
  source: ['.info .source', '.source', '.from', '.ly', '.laiyuan'],
  author: ['.author', '.zuozhe', '.editor-author'],
} as const;

export const PORTAL_LEGACY = {
  title: ['.tit h1', '.title h1', 'h1', '.title', '.tit', 'div[style*="width:92%"] > span > b'],
  pretitle: ['.pretitle', '.yinti'],
  subtitle: ['.subtitle', '.futi'],
  body: [
    'div.ccontent',
    'div.detail_con div.font-black_16.hangao',
    'div.detail_con .hangao',
    'div.article',
    'div.ad_content',
    'div.detail_con',
  ],
  /** Main template `div.signdate`; auto. `div.from.mt10 span.font-black1-12`; cq. first `span.font-black1_12`. */
  dateline: [
    'div.signdate',
    'div.from span.font-black1-12',
    'span.font-black1_12',
    'span.ad_tl_time',
    '.signdate',
    '.time',
  ],
  /** auto. `span.font-black_12`; cq. the second `span.font-black1_12`; main template `div.from > span`. */
  source: [
    'div.from span.font-black_12',
    'span.font-black1_12 ~ span.font-black1_12',
    'div.signdate span + span',
    'div.from > span',
    'div.from',
    '.from',
    '.source',
  ],
  /** A split article's page count, and its pager (inside the body, JavaScript links). */
  totalPages: ['input[name="__totalpage"]'],
  pager: ['div.ccontent center', 'div.pages', '.page_num'],
} as const;

export const LIST = {
  items: ['ul.list li h3 a', 'ul.list > li > a', 'ul#leftList li a', 'ul.imgtxt1 li h3 a'],
  heading: ['.list-title', '.lm_title', 'h2.title', '.channel-name'],
} as const;

/** Every rule by name (`family.field`), for the page report. */
export const RULES: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries({
    epaper: EPAPER,
    'epaper-legacy': EPAPER_LEGACY,
    portal: PORTAL,
    'portal-legacy': PORTAL_LEGACY,
    list: LIST,
  }).flatMap(([family, fields]) =>
    Object.entries(fields).map(([field, selectors]) => [`${family}.${field}`, selectors]),
  ),
);
