import type { ReaderServices, ReaderToken } from './model';

export interface RubyDisplay {
  toneStyle: 'marks' | 'numbers';
  sandhi: boolean;
}

/**
 * One token. A Han word becomes one <ruby> with one <rt> holding a syllable per character (each
 * syllable in a span that carries its tone for the colour scheme); other tokens are plain text.
 * `data-w` carries the word to look up on click.
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
  return (
    <ruby class={known?.has(token.word ?? text) ? 'w known' : 'w'} data-w={token.word ?? text}>
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
