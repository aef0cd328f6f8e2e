/**
 * The label of a printed page (版), the same wherever it is shown (reader header, library list,
 * library filter): `第2版` when the page has no name, `第1版：要闻` where the page carries one. The
 * e-paper's page list shows only numbers (`01`, `02`), so a name is taken only from text that has
 * more than a number in it.
 */

/** Navigation labels that may sit on page links: `<上一版`, `下一版>`, `<上一期`, `PDF版下载`. */
const NAV_LABEL =
  /^[<＜〈«‹]?\s*(上一版|下一版|上一期|下一期|上一篇|下一篇|前一篇|后一篇|返回|版面目录|PDF)|[>＞〉»›]$/i;

/** The page name in a page link's text: `第01版：要闻` → `要闻`; `01`, `01版`, `第02版` → ''. */
export function pageNameFrom(text: string | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t || NAV_LABEL.test(t)) return '';
  // Only a text that starts with the page number names a page (`工人日报 数字报` does not).
  const m = /^第?\s*[0-9０-９]{1,3}\s*版?\s*[:：\-—·]?\s*(.*)$/.exec(t);
  const name = (m?.[1] ?? '').trim();
  if (!name || /^[0-9０-９]+$/.test(name) || /^版$/.test(name)) return '';
  return name;
}

/** `第2版`, `第1版：要闻`; '' when the page number is unknown. Stored names that are only a number are left out. */
export function pageLabel(page: number | undefined, name?: string): string {
  if (!page || !Number.isFinite(page) || page < 1) return '';
  const trimmed = (name ?? '').trim();
  const clean = /^(第?\s*[0-9０-９]+\s*版?)?$/.test(trimmed) || NAV_LABEL.test(trimmed) ? '' : trimmed;
  return `第${page}版${clean ? `：${clean}` : ''}`;
}
