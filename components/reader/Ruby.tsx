import type { ReaderServices, ReaderToken } from './model';

export interface RubyDisplay {
  toneStyle: 'marks' | 'numbers';
  sandhi: boolean;
  /**
   * Whether each syllable carries its tone for a colour scheme (a span per syllable). False: the
   * <rt> is one text node, four DOM nodes per word instead of eight. Default true.
   */
  toneColors?: boolean;
}

/**
 * One token. A Han word becomes one <ruby> with one <rt> holding a syllable per character (with
 * tone colours on, each syllable in a span that carries its tone); other tokens are plain text.
 * `data-w` carries the word to look up on click (one delegated listener on the reader's body).
 * Paragraph calls it as a plain function (no component per word), so it must not use hooks.
 */
export function Ruby({
  token,
  display,
  services,
  known,
}: {
  token: ReaderToken;
  display: RubyDisplay;
  services: ReaderServices;
  known?: ReadonlySet<string>;
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
  if (display.toneColors === false) {
    return (
      <ruby class={known?.has(word) ? 'w known' : 'w'} data-w={word}>
        {text}
        <rt>{shown.map((syllable) => services.formatSyllable(syllable, display.toneStyle)).join(' ')}</rt>
      </ruby>
    );
  }
  return (
    <ruby class={known?.has(word) ? 'w known' : 'w'} data-w={word}>
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
