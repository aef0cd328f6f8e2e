/** The pipeline: segment → readings (dictionary, overrides, context rules) → tokens. */
import type { Dictionary } from './dictionary';
import { Segmenter, type Segment, type TokenKind } from './segment';
import { Readings } from './pinyin';
import { CONTEXT_RULES, type RuleContext } from './readings-overrides';
import { applySandhi, formatSyllable, numberedToMarks, type ToneStyle } from './tone';
import { normalizeSpans, type TermMatcher, type TermSpan } from './terms';
import { hanChars } from './chars';

export interface Token {
  text: string;
  /** UTF-16 offsets into the annotated text, end exclusive. */
  start: number;
  end: number;
  kind: TokenKind;
  /** One syllable per Han character, space-separated; "" for tokens without Han characters. */
  pinyin: string;
  /** Dictionary reference (trie node of the headword) for engine.entries(); absent when unknown. */
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
}

export interface Annotation {
  tokens: Token[];
  terms: TermSpan[];
}

export class Annotator {
  readonly segmenter: Segmenter;
  readonly readings: Readings;
  private readonly formatted: Record<ToneStyle, Map<string, string>> = { marks: new Map(), numbers: new Map() };

  constructor(readonly dict: Dictionary) {
    this.segmenter = new Segmenter(dict);
    this.readings = new Readings(dict);
  }

  annotate(text: string, options: AnnotateOptions = {}): Annotation {
    const style: ToneStyle = options.tones ?? 'marks';
    const spans = options.terms ? normalizeSpans(options.terms(text), text.length) : [];
    const segs: Segment[] = [];
    const termOf: (TermSpan | undefined)[] = [];
    let at = 0;
    for (const span of spans) {
      this.segmenter.segment(text, at, span.start, segs);
      const inner = this.segmenter.segment(text, span.start, span.end, []);
      const node = this.dict.nodeOf(text.slice(span.start, span.end));
      const kind: TokenKind = inner.some((s) => s.kind === 'han') ? 'han' : inner[0].kind;
      termOf[segs.length] = span;
      segs.push({ start: span.start, end: span.end, kind, node });
      at = span.end;
    }
    this.segmenter.segment(text, at, text.length, segs);

    const n = segs.length;
    const texts = new Array<string>(n);
    const kinds = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      texts[i] = text.slice(segs[i].start, segs[i].end);
      kinds[i] = segs[i].kind;
    }

    const cache = this.formatted[style];
    const ctx: RuleContext = { texts, kinds, index: 0 };
    const numbered: (string[] | null)[] | null = options.sandhi ? new Array(n).fill(null) : null;
    const tokens = new Array<Token>(n);
    for (let i = 0; i < n; i++) {
      const s = segs[i];
      const t = texts[i];
      const token: Token = { text: t, start: s.start, end: s.end, kind: s.kind, pinyin: '' };
      if (s.node > 0) token.entry = s.node;
      else if (s.ref) token.entry = s.ref;
      const span = termOf[i];
      if (span) token.term = span.id;
      if (s.kind === 'han' || s.kind === 'date') {
        let syl: string[] | null = null;
        if (span) {
          syl = this.spanSyllables(text, span);
        } else if (t.length === 1 && CONTEXT_RULES[t]) {
          ctx.index = i;
          const r = CONTEXT_RULES[t](ctx);
          syl = r ? [r] : this.readings.word(t, s.node);
        }
        if (numbered) {
          numbered[i] = syl ?? this.readings.word(t, s.kind === 'han' ? s.node : -1);
        } else if (span?.pinyin) {
          token.pinyin = span.pinyin;
        } else if (syl) {
          token.pinyin = this.format(syl, style);
        } else {
          let p = cache.get(t);
          if (p === undefined) {
            p = this.format(this.readings.word(t, s.kind === 'han' ? s.node : -1), style);
            cache.set(t, p);
          }
          token.pinyin = p;
        }
      }
      tokens[i] = token;
    }
    if (numbered) this.sandhi(tokens, numbered, style, spans);
    return { tokens, terms: spans };
  }

  private spanSyllables(text: string, span: TermSpan): string[] {
    if (span.pinyin) return span.pinyin.split(/\s+/);
    const inner = this.annotate(text.slice(span.start, span.end), { tones: 'numbers' });
    return inner.tokens.flatMap((t) => (t.pinyin ? t.pinyin.split(' ') : []));
  }

  private format(syllables: string[], style: ToneStyle): string {
    let out = '';
    for (let k = 0; k < syllables.length; k++) {
      const s = syllables[k];
      const f = style === 'marks' ? (/[1-5]$/.test(s) ? numberedToMarks(s) : s) : formatSyllable(s, style);
      out = k ? `${out} ${f}` : f;
    }
    return out;
  }

  /** Applies 一/不 sandhi over runs of adjacent Han tokens, then formats. */
  private sandhi(tokens: Token[], numbered: (string[] | null)[], style: ToneStyle, spans: TermSpan[]): void {
    const glossaryPinyin = new Set(spans.filter((s) => s.pinyin).map((s) => s.start));
    let i = 0;
    while (i < tokens.length) {
      if (!numbered[i]) { i++; continue; }
      let j = i;
      const chars: string[] = [];
      const syl: string[] = [];
      while (j < tokens.length && numbered[j] && tokens[j].kind === 'han') {
        const marked = glossaryPinyin.has(tokens[j].start);
        const cs = hanChars(tokens[j].text);
        chars.push(...cs);
        syl.push(...(marked ? cs.map(() => '') : numbered[j]!));
        j++;
      }
      if (j === i) j = i + 1;
      const out = applySandhi(chars, syl);
      let k = 0;
      for (let t = i; t < j; t++) {
        const count = numbered[t]!.length;
        const mine = out.slice(k, k + count);
        k += count;
        if (glossaryPinyin.has(tokens[t].start)) {
          const span = spans.find((s) => s.start === tokens[t].start)!;
          tokens[t].pinyin = span.pinyin!;
        } else tokens[t].pinyin = this.format(tokens[t].kind === 'han' || tokens[t].kind === 'date' ? (mine.length ? mine : numbered[t]!) : [], style);
      }
      i = j;
    }
  }
}
