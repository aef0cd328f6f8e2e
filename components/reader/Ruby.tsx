import { knowStateOf, type ReaderServices, type ReaderToken } from './model';

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
 * One token. A Han word becomes one <ruby> with one <rt> holding a syllable per character (with
 * tone colours on, each syllable in a span that carries its tone); other tokens are plain text.
 * `data-w` carries the word to look up on click (one delegated listener on the reader's body).
 * The ruby's classes say what the learner knows of the word (`new`, `learning`, `known`) and its
 * HSK level (`h1`–`h6`, `h0` for none), so pinyin modes and know-state marks are CSS only.
 * Paragraph calls it as a plain function (no component per word), so it must not use hooks.
 */
export function Ruby({
  token,
  display,
  services,
  words,
}: {
  token: ReaderToken;
  display: RubyDisplay;
  services: ReaderServices;
  words?: WordKnowledge;
}) {
  const { text, syllables } = token;
  if (syllables.length === 0) {
    return token.word ? (
      <span class="w" data-w={token.word}>
        {text}
      </span>
    ) : (
      <>{text}</>
    );
  }
  const shown = display.sandhi && token.sandhi ? token.sandhi : syllables;
  const word = token.word ?? text;
  const level = words?.hsk?.get(word);
  const cls = `w ${knowStateOf(word, words?.known, words?.vocabulary)}${level === undefined ? '' : ` h${level}`}`;
  if (display.toneColors === false) {
    return (
      <ruby class={cls} data-w={word}>
        {text}
        <rt>{shown.map((syllable) => services.formatSyllable(syllable, display.toneStyle)).join(' ')}</rt>
      </ruby>
    );
  }
  return (
    <ruby class={cls} data-w={word}>
      {text}
      <rt>
        {shown.map((syllable, i) => (
          <>
            {i > 0 && ' '}
            <span class={`t${services.toneOf(syllable)}`}>{services.formatSyllable(syllable, display.toneStyle)}</span>
          </>
        ))}
      </rt>
    </ruby>
  );
}
