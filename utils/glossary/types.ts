/** The shape of one glossary entry: a political formula (提法) or labour-movement term. */

export type GlossaryKind =
  | 'party-formula' // 两个确立, 四个意识 ...
  | 'labour-union' // 三性, 四化, 五小, 一岗双认, 劳模精神 ...
  | 'policy-programme' // 乡村振兴, 供给侧结构性改革 ...
  | 'honour-campaign' // 五一劳动奖章, 大国工匠 ...
  | 'institution' // 中华全国总工会 ...
  | 'newsroom'; // 本报讯, 本报记者, 通讯员: the paper's datelines and bylines

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
   * The guard applies to the headword and to variants no longer than the headword; longer variants
   * (a spelled-out form) are unambiguous and always match.
   */
  context?: { near: string[]; window: number };
  /**
   * Longer strings in which a form of this entry occurs without being the term, e.g. 第八项规定
   * ("the eighth item stipulates") for 八项规定, 十五小时 for 五小. A match lying inside one of these
   * is dropped.
   */
  exclude?: string[];
  /**
   * Pinyin of variants whose characters are not all in the headword (one syllable per Han
   * character). Variants made only of the headword's characters take their syllables from `pinyin`.
   */
  variantPinyin?: Record<string, string>;
  /** How `example` was obtained: `paper` for a sentence from the paper, `constructed` for a typical sentence written for the entry. Default `paper`. */
  exampleSource?: 'paper' | 'constructed';
  /** The date the entry's facts were checked against the references: YYYY-MM-DD. */
  asOf: string;
  /** True where a reference confirms the main rendering; false where none does. */
  verified: boolean;
  /** For a numbered event (congress, plenum, session, five-year plan): its facts from the event table. */
  event?: EventFacts;
}

/** A document an event adopted: the Chinese title; the official English title where `officialTitle`, else a description. */
export interface AdoptedDocument {
  zh: string;
  en: string;
  officialTitle?: boolean;
}

/** What the glossary knows of a numbered event. Fields it is not sure of are left out. */
export interface EventFacts {
  family:
    | 'party-congress'
    | 'cc-plenum'
    | 'union-congress'
    | 'npc-session'
    | 'cppcc-session'
    | 'npc-standing-committee'
    | 'five-year-plan'
    | 'five-year-period';
  number: number;
  session?: number;
  /** The English name, e.g. "Sixth Plenary Session of the 19th CPC Central Committee". */
  name: string;
  /** Dates for display ("8–11 Nov 2021"; a plan's years "2021–2025"), when known. */
  dates?: string;
  /** YYYY-MM-DD (or YYYY-MM, YYYY) as far as known. */
  start?: string;
  end?: string;
  /** For a five-year plan: the day its outline was adopted, for display. */
  adoptedOn?: string;
  adopted: AdoptedDocument[];
  fact?: string;
  /** False for a well-formed number the event table does not hold: the name only. */
  inTable: boolean;
}
