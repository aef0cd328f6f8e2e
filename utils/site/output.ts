/** The JSON object the `annotate` CLI prints for a page (and fixtures keep as expected.json). */
import type { Article } from './article';
import type { TermSummary } from '../glossary/matcher';

export interface AnnotateOutput {
  kind: Article['kind'];
  family: Article['family'];
  extractor: Article['extractor'];
  url: string;
  reason: string;
  title: string;
  pretitle: string;
  subtitle: string;
  byline: string;
  source: string;
  date: string;
  paragraphs: string[];
  html: string;
  links: Article['links'];
  images: Article['images'];
  continuations: string[];
  paper: Article['paper'];
  counts: Article['counts'];
  terms: TermSummary[];
}

export function toOutput(article: Article, terms: TermSummary[]): AnnotateOutput {
  const a = article;
  return {
    kind: a.kind,
    family: a.family,
    extractor: a.extractor,
    url: a.url,
    reason: a.reason,
    title: a.title,
    pretitle: a.pretitle,
    subtitle: a.subtitle,
    byline: a.byline,
    source: a.source,
    date: a.date,
    paragraphs: a.paragraphs,
    html: a.html,
    links: a.links,
    images: a.images,
    continuations: a.continuations,
    paper: a.paper,
    counts: a.counts,
    terms,
  };
}
