/** The shape of one glossary entry: a political formula (提法) or labour-movement term. */

export type GlossaryKind =
  | 'party-formula' // 两个确立, 四个意识 ...
  | 'labour-union' // 三性, 四化, 五小, 一岗双认, 劳模精神 ...
  | 'policy-programme' // 乡村振兴, 供给侧结构性改革 ...
  | 'honour-campaign' // 五一劳动奖章, 大国工匠 ...
  | 'institution'; // 中华全国总工会 ...

/** An English rendering and where it comes from. */
export interface Rendering {
  en: string;
  /** The document or body the rendering comes from, e.g. "China Keywords (CICG)". */
  source: string;
  /** When that source used it: YYYY or YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** `official` for renderings from official translations; `alternative` for common other renderings; `project` for the project's own. */
  status: 'official' | 'alternative' | 'project';
}

export interface Component {
  zh: string;
  en: string;
}

export interface GlossaryEntry {
  /** Stable id (ASCII, kebab-case), used by `related` and by saved data. */
  id: string;
  headword: string;
  /** Pinyin with tone marks, one syllable per Han character, separated by spaces. */
  pinyin: string;
  kind: GlossaryKind;
  /** The first is the main rendering, shown in tooltips and in `terms`. */
  renderings: Rendering[];
  /** Components of numbered formulas (四个自信 = path, theory, system, culture), in order. */
  components?: Component[];
  /** One neutral line. */
  gloss: string;
  /** A longer neutral note: what it stands for, how it is used. */
  note: string;
  /** Who coined it and when (first attested use), as far as known. */
  origin: { by: string; date: string };
  /** Fixed collocations it appears in, e.g. 增强“四个意识”. */
  collocations: string[];
  /** An example sentence from the paper (the seed texts where it occurs there). */
  example: string;
  /** Ids of related entries. */
  related: string[];
  /** Other written forms matched in text (abbreviations, older wordings). */
  variants: string[];
  /**
   * Matching guard for short or ambiguous headwords: the term is matched only where one of these
   * strings occurs within `window` characters before or after it (e.g. 三性 only near 工会/群团).
   */
  context?: { near: string[]; window: number };
  /** The date the entry's facts were checked against the references: YYYY-MM-DD. */
  asOf: string;
  /** True where a reference confirms the main rendering; false where none does. */
  verified: boolean;
}
