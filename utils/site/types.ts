/** What `detect` says of a page. */
export type PageKind = 'article' | 'edition' | 'list' | 'none';

/** The page families of workercn.cn (see README, "Page families"). */
export type PageFamily = 'epaper' | 'epaper-legacy' | 'portal' | 'portal-legacy' | 'other';

export interface Detection {
  kind: PageKind;
  family: PageFamily;
}
