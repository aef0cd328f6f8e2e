/** What a family extractor hands back to `extract`, and helpers they share. */
import type { Article, Link } from '../article';
import { $$, attr, textOf } from '../dom';
import { collapseSpace } from '../normalize';
import type { BodyBlock } from '../sanitize';
import { absoluteUrl } from '../urls';

export type FamilyResult = Partial<Omit<Article, 'html' | 'paragraphs' | 'images' | 'counts'>> & {
  blocks: BodyBlock[];
};

export type FamilyExtractor = (doc: Document, url: string) => FamilyResult | null;

/** Links under `root` matching `selector` whose absolute URL passes `accept`; deduplicated, in order. */
export function collectLinks(
  root: ParentNode | null,
  selector: string,
  baseUrl: string,
  accept: (url: URL) => boolean,
): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const a of $$(root, selector)) {
    const url = absoluteUrl(attr(a, 'href'), baseUrl);
    if (!url) continue;
    const key = url.replace(/#.*$/, '');
    if (seen.has(key)) continue;
    let parsed: URL;
    try {
      parsed = new URL(key);
    } catch {
      continue;
    }
    if (!accept(parsed)) continue;
    const title = collapseSpace(textOf(a) || attr(a, 'title') || attr(a, 'alt'));
    if (!title) continue;
    seen.add(key);
    links.push({ title, url: key });
  }
  return links;
}
