/** The word card's stroke order: one button per character, the animation loaded when asked for. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { Strokes, type StrokeLoader } from './Strokes';

const HAN = /\p{Script=Han}/u;

export function CharStrokes({
  word,
  load,
  mode = 'animate',
}: {
  word: string;
  load: StrokeLoader;
  mode?: 'animate' | 'quiz';
}) {
  const chars = [...new Set([...word].filter((c) => HAN.test(c)))];
  const [shown, setShown] = useState<string | null>(null);
  if (chars.length === 0) return null;
  return (
    <div class="char-strokes">
      <span class="muted small">{t(mode === 'quiz' ? 'strokesQuiz' : 'strokesHeading')}:</span>{' '}
      {chars.map((c) => (
        <button
          type="button"
          class="small"
          aria-pressed={shown === c}
          data-strokes={c}
          onClick={() => setShown(shown === c ? null : c)}
          lang="zh-CN"
        >
          {c}
        </button>
      ))}
      {shown && <Strokes key={`${shown}-${mode}`} char={shown} load={load} mode={mode} />}
    </div>
  );
}
