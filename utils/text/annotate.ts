/** The pipeline: segment → readings (dictionary, overrides, context rules) → tokens. */
import type { Dictionary } from './dictionary';
import { Segmenter, segmentOf, splitSuffixes, type Segment, type TokenKind } from './segment';
import { Readings } from './pinyin';
import { CONTEXT_RULES, LONE_READINGS, type RuleContext } from './readings-overrides';
import { applySandhi, formatSyllable, numberedToMarks, type ToneStyle } from './tone';
import { normalizeSpans, type TermMatcher, type TermSpan } from './terms';
import { hanChars } from './chars';
import { mergeNames, type NameMemory } from './names';
import { PolyphoneModel, emptyFeatures, polyphoneFeatures, readInWord } from './polyphones';
import { TransliterationClass, mergeTransliterations } from './transliteration';
import { readWordsInContext } from './context-words';

export interface Token {
  text: string;
  /** UTF-16 offsets into the annotated text, end exclusive. */
  start: number;
  end: number;
  kind: TokenKind;
  /** One syllable per Han character, space-separated; "" for tokens without Han characters. */
  pinyin: string;
  /** Dictionary reference (trie node of the headword) for engine.entries(); undefined when unknown. */
  entry?: number;
  /** Glossary term id, when a term matcher matched this token. */
  term?: string;
}

export interface PinyinOptions {
  /** 'marks' (default): "zhōng"; 'numbers': "zhong1", neutral tone as 5. */
  tones?: ToneStyle;
  /** Spoken tone sandhi of 一 and 不 (default false: citation tones). */
  sandhi?: boolean;
}

export interface AnnotateOptions extends PinyinOptions {
  terms?: TermMatcher;
  /** Rewrites the segmentation before readings are given (the learner's overrides, utils/overrides). */
  adjust?: (tokens: Segment[], text: string) => void;
  /**
   * Names met in the article's earlier paragraphs (one set per article, passed to each paragraph in
   * order): a later mention is a name without the context the first one had. Default: this text only.
   */
  names?: NameMemory;
}

export interface Annotation {
  tokens: Token[];
  terms: TermSpan[];
}

/** Annotator.unitFlags bits. */
const HAS_RULE = 1;
const HAS_LONE = 2;

export class Annotator {
  readonly segmenter: Segmenter;
  readonly readings: Readings;
  /**
   * Code unit → HAS_RULE (a context rule reads the character alone) | HAS_LONE (it has a lone
   * reading): a one-character token is tested without looking its string up in the records.
   */
  private readonly unitFlags = new Uint8Array(65536);
  private readonly formatted: Record<ToneStyle, Map<string, string>> = { marks: new Map(), numbers: new Map() };
  /** Pinyin of dictionary words the model never reads otherwise, by style and word. */
  private readonly plainWords: Record<ToneStyle, Map<string, string>> = { marks: new Map(), numbers: new Map() };
  private readonly formattedSyllables: Record<ToneStyle, Map<string, string>> = {
    marks: new Map(),
    numbers: new Map(),
  };

  /** The learned polyphone model of the asset (null: readings from the dictionary and rules only). */
  model: PolyphoneModel | null;

  /** The model's features of the character being read, filled anew for each. */
  private readonly features = emptyFeatures();

  /** Characters of transliterated foreign names (from the asset; empty in older assets). */
  readonly translit: TransliterationClass;

  constructor(readonly dict: Dictionary) {
    this.translit = new TransliterationClass(dict.core.meta.translit);
    this.segmenter = new Segmenter(dict);
    this.readings = new Readings(dict);
    const m = dict.core.meta.polyphones;
    this.model = m ? new PolyphoneModel(m) : null;
    for (const ch of Object.keys(CONTEXT_RULES)) if (ch.length === 1) this.unitFlags[ch.charCodeAt(0)] |= HAS_RULE;
    for (const ch of Object.keys(LONE_READINGS)) if (ch.length === 1) this.unitFlags[ch.charCodeAt(0)] |= HAS_LONE;
  }

  /** Numbered reading of a dictionary headword, or null (for the context rules). */
  private readonly wordReading = (word: string): string[] | null => {
    const node = this.dict.nodeOf(word);
    return node > 0 ? this.dict.readingOf(node, word.length) : null;
  };

  private readonly affix = (word: string): string => this.dict.affixReading(word);

  // The callbacks of the passes, made once: a closure made per call would be the one the optimised
  // code of the pass expects, and die with the call (each collection would then discard that code).
  private readonly tokenReading = (t: Segment): string[] => this.readings.word(t.text);
  private readonly nodeOf = (w: string): number => this.dict.nodeOf(w);
  private readonly charReading = (ch: string): string => this.readings.word(ch)[0];

  annotate(text: string, options: AnnotateOptions = {}): Annotation {
    const style: ToneStyle = options.tones ?? 'marks';
    const spans = options.terms ? normalizeSpans(options.terms(text), text.length) : [];
    const tokens: Segment[] = [];
    const termSpans = new Map<Segment, TermSpan>();
    let at = 0;
    for (const span of spans) {
      this.segmenter.segment(text, at, span.start, tokens);
      const inner = this.segmenter.segment(text, span.start, span.end, []);
      const node = this.dict.nodeOf(text.slice(span.start, span.end));
      const kind: TokenKind = inner.some((s) => s.kind === 'han') ? 'han' : inner[0].kind;
      const t = segmentOf(text.slice(span.start, span.end), span.start, span.end, kind, node > 0 ? node : undefined);
      t.term = span.id;
      termSpans.set(t, span);
      tokens.push(t);
      at = span.end;
    }
    this.segmenter.segment(text, at, text.length, tokens);
    splitSuffixes(tokens, this.dict);
    mergeNames(tokens, this.tokenReading, this.nodeOf, options.names);
    mergeTransliterations(tokens, this.translit, this.charReading);
    readWordsInContext(tokens, this.dict);
    options.adjust?.(tokens, text);

    const cache = this.formatted[style];
    const plain = this.plainWords[style];
    const ctx: RuleContext = { tokens, index: 0, reading: this.wordReading, affix: this.affix };
    const n = tokens.length;
    const numbered: (string[] | null)[] | null = options.sandhi ? new Array(n).fill(null) : null;
    const readings = this.readings;
    const model = this.model;
    for (let i = 0; i < n; i++) {
      const token = tokens[i];
      const kind = token.kind;
      const t = token.text;
      if (kind !== 'han' && kind !== 'date' && !(kind === 'number' && /[万亿]/.test(t))) continue;
      let syl: string[] | null = null;
      const span = termSpans.size ? termSpans.get(token) : undefined;
      if (span) {
        syl = this.spanSyllables(text, span);
      } else if (token.syllables) {
        syl = token.syllables;
        // A merged person or foreign name: the model reads the characters it knows in context.
        if (model && token.entry === undefined && t.length > 1)
          syl = readInWord(model, this.dict, text, tokens, i, syl) ?? syl;
      } else if (t.length === 1) {
        const unit = t.charCodeAt(0);
        const flags = this.unitFlags[unit];
        let rule: string | undefined;
        if (flags & HAS_RULE) {
          ctx.index = i;
          rule = CONTEXT_RULES[t](ctx);
        }
        if (rule) {
          // A context rule with an opinion; without one the character goes on to the model.
          syl = [rule];
        } else if (model && model.known[unit] && !(flags & HAS_LONE)) {
          // A lone polyphonic character without a rule: the learned model reads it in context.
          const base = readings.word(t)[0];
          const f = polyphoneFeatures(text, token.start, tokens, i, base, this.dict, this.features);
          syl = [model.predict(t, f, base)];
        }
      } else if (kind === 'han' && model) {
        // A word the model saw in training with a character read otherwise than the dictionary's
        // (positions() is cached per word). Most dictionary words have no such character: their
        // pinyin is kept per word, so each later token of the word costs one lookup.
        const merged = token.entry === undefined;
        if (!numbered && !merged) {
          const p = plain.get(t);
          if (p !== undefined) {
            token.pinyin = p;
            continue;
          }
        }
        if (model.positions(t, merged)) syl = readInWord(model, this.dict, text, tokens, i, readings.word(t));
        else if (!numbered && !merged) {
          const p = this.format(readings.word(t), style);
          plain.set(t, p);
          token.pinyin = p;
          continue;
        }
      }
      if (numbered) {
        numbered[i] = syl ?? readings.word(t);
      } else if (span?.pinyin) {
        token.pinyin = span.pinyin;
      } else if (syl) {
        token.pinyin = this.format(syl, style);
      } else {
        let p = cache.get(t);
        if (p === undefined) {
          p = this.format(readings.word(t), style);
          cache.set(t, p);
        }
        token.pinyin = p;
      }
    }
    if (numbered) this.sandhi(tokens, numbered, style, termSpans);
    return { tokens, terms: spans };
  }

  private spanSyllables(text: string, span: TermSpan): string[] {
    if (span.pinyin) return span.pinyin.split(/\s+/);
    const inner = this.annotate(text.slice(span.start, span.end), { tones: 'numbers' });
    return inner.tokens.flatMap((t) => (t.pinyin ? t.pinyin.split(' ') : []));
  }

  private format(syllables: string[], style: ToneStyle): string {
    const cache = this.formattedSyllables[style];
    if (syllables.length === 1) return this.formatOne(syllables[0], style, cache);
    let out = '';
    for (let k = 0; k < syllables.length; k++) {
      const f = this.formatOne(syllables[k], style, cache);
      out = k ? `${out} ${f}` : f;
    }
    return out;
  }

  /** One numbered syllable in `style`, formatted once per syllable and style. */
  private formatOne(s: string, style: ToneStyle, cache: Map<string, string>): string {
    let f = cache.get(s);
    if (f === undefined) {
      f = style === 'marks' ? (/[1-5]$/.test(s) ? numberedToMarks(s) : s) : formatSyllable(s, style);
      cache.set(s, f);
    }
    return f;
  }

  /** Applies 一/不 sandhi over runs of adjacent Han tokens, then formats. */
  private sandhi(
    tokens: Segment[],
    numbered: (string[] | null)[],
    style: ToneStyle,
    spans: Map<Segment, TermSpan>,
  ): void {
    const given = (t: Segment) => spans.get(t)?.pinyin;
    let i = 0;
    while (i < tokens.length) {
      if (!numbered[i]) {
        i++;
        continue;
      }
      let j = i;
      const chars: string[] = [];
      const syl: string[] = [];
      while (j < tokens.length && numbered[j] && tokens[j].kind === 'han') {
        const cs = hanChars(tokens[j].text);
        chars.push(...cs);
        syl.push(...(given(tokens[j]) ? cs.map(() => '') : numbered[j]!));
        j++;
      }
      if (j === i) j = i + 1;
      const out = applySandhi(chars, syl);
      let k = 0;
      for (let t = i; t < j; t++) {
        const count = numbered[t]!.length;
        const mine = out.slice(k, k + count);
        k += count;
        const g = given(tokens[t]);
        tokens[t].pinyin = g ?? this.format(mine.length ? mine : numbered[t]!, style);
      }
      i = j;
    }
  }
}
