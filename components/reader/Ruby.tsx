import { escapeHtml } from '@/utils/site/sanitize';
import { knowStateOf, type ReaderParagraph, type ReaderServices, type ReaderToken } from './model';

export interface RubyDisplay {
  toneStyle: 'marks' | 'numbers' | 'zhuyin';
  sandhi: boolean;
  /**
   * Whether each syllable carries its tone for a colour scheme (a span per syllable). False: the
   * <rt> is one text node, four DOM nodes per word instead of eight. Default true.
   */
  toneColors?: boolean;
}

/** What the learner knows, for the know-state classes and the pinyin modes that depend on it. */
export interface WordKnowledge {
  known?: ReadonlySet<string>;
  vocabulary?: ReadonlySet<string>;
  /** Lowest HSK level per word (0: none), once the dictionary has given it. */
  hsk?: ReadonlyMap<string, number>;
}

/**
 * One token as markup. A Han word becomes one <ruby> with one <rt> holding a syllable per
 * character (with tone colours on, each syllable in a span that carries its tone); other tokens
 * are plain text. `data-w` carries the word to look up on click (one delegated listener on the
 * reader's body). The ruby's classes say what the learner knows of the word (`new`, `learning`,
 * `known`) and its HSK level (`h1`–`h6`, `h0` for none), so pinyin modes and know-state marks are
 * CSS only. Every piece of text is escaped: the page's own text never becomes markup.
 */
export function escapedRubyHtml(
  token: ReaderToken,
  display: RubyDisplay,
  services: ReaderServices,
  words?: WordKnowledge,
): string {
  const { text, syllables } = token;
  if (syllables.length === 0)
    return token.word
      ? `<span class="w" data-w="${escapeHtml(token.word)}">${escapeHtml(text)}</span>`
      : escapeHtml(text);
  const shown = display.sandhi && token.sandhi ? token.sandhi : syllables;
  const word = token.word ?? text;
  const level = words?.hsk?.get(word);
  const cls = `w ${knowStateOf(word, words?.known, words?.vocabulary)}${level === undefined ? '' : ` h${level}`}`;
  let rt = '';
  for (let i = 0; i < shown.length; i++) {
    const syllable = escapeHtml(services.formatSyllable(shown[i], display.toneStyle));
    if (i > 0) rt += ' ';
    rt += display.toneColors === false ? syllable : `<span class="t${services.toneOf(shown[i])}">${syllable}</span>`;
  }
  return `<ruby class="${cls}" data-w="${escapeHtml(word)}">${escapeHtml(text)}<rt>${rt}</rt></ruby>`;
}

/**
 * A paragraph's tokens as markup, built as one string and parsed by the browser at once (far
 * cheaper than creating thousands of elements one by one from script). Tokens of one glossary term
 * occurrence are wrapped in a focusable `.term` span that the reader's tooltip attaches to.
 *
 * A word is never broken over two lines (`ruby { white-space: nowrap }`): broken, its pinyin would
 * stick out past the end of the line. Lines break between words instead, at a `<wbr>` between
 * two annotated words (text such as punctuation brings its own break opportunities). Laying out
 * words that cannot break is also much cheaper for the browser than ruby that can.
 */
export function escapedParagraphHtml(
  paragraph: ReaderParagraph,
  display: RubyDisplay,
  services: ReaderServices,
  words?: WordKnowledge,
): string {
  const tokens = paragraph.tokens;
  const html = (token: ReaderToken) => escapedRubyHtml(token, display, services, words);
  let out = '';
  let afterRuby = false;
  /** '<wbr>' between two annotated words, '' elsewhere. */
  const gap = (token: ReaderToken) => {
    const ruby = token.syllables.length > 0;
    const wbr = ruby && afterRuby ? '<wbr>' : '';
    afterRuby = ruby;
    return wbr;
  };
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (!token.termId) {
      out += gap(token) + html(token);
      i++;
      continue;
    }
    out += `${gap(token)}<span class="term" data-term="${escapeHtml(token.termId)}" tabindex="0">${html(token)}`;
    for (i++; i < tokens.length && tokens[i].termId === token.termId && !tokens[i].termStart; i++)
      out += gap(tokens[i]) + html(tokens[i]);
    out += '</span>';
  }
  return out;
}
