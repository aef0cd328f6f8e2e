/**
 * A character's stroke order, animated (word card) or quizzed (review page) with Hanzi Writer
 * (MIT). The stroke data (hanzi-writer-data, derived from Make Me a Hanzi; Arphic Public License)
 * is fetched per character from the extension's own files when the character is shown, and Hanzi
 * Writer itself on first use (hanzi-writer-module.ts); the radical's strokes are drawn in the
 * know-state blue.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type HanziWriter from 'hanzi-writer';
import { loadHanziWriter } from './hanzi-writer-module';
import { t } from '@/utils/i18n';

export interface StrokeData {
  strokes: string[];
  medians: number[][][];
  radStrokes?: number[];
}

export type StrokeLoader = (char: string) => Promise<StrokeData | null>;

type State = 'loading' | 'playing' | 'done' | 'missing' | 'quiz' | 'passed';

export function Strokes({
  char,
  load,
  mode = 'animate',
}: {
  char: string;
  load: StrokeLoader;
  mode?: 'animate' | 'quiz';
}) {
  const box = useRef<HTMLDivElement>(null);
  const writer = useRef<HanziWriter | null>(null);
  const [state, setState] = useState<State>('loading');
  const [info, setInfo] = useState<{ strokes: number; radical: number[] } | null>(null);
  const [mistakes, setMistakes] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([load(char), loadHanziWriter()]).then(
      ([data, Writer]) => {
        if (!live || !box.current) return;
        if (!data) {
          setState('missing');
          return;
        }
        setInfo({ strokes: data.strokes.length, radical: data.radStrokes ?? [] });
        const w = Writer.create(box.current, char, {
          width: 120,
          height: 120,
          padding: 6,
          showOutline: true,
          showCharacter: false,
          radicalColor: '#0072b2',
          strokeAnimationSpeed: 1.5,
          delayBetweenStrokes: 120,
          charDataLoader: () => data,
        });
        writer.current = w;
        if (mode === 'animate') {
          setState('playing');
          void w.animateCharacter({ onComplete: () => live && setState('done') });
        } else {
          setState('quiz');
          void w.quiz({
            onMistake: () => live && setMistakes((n) => n + 1),
            onComplete: () => live && setState('passed'),
          });
        }
      },
      () => live && setState('missing'),
    );
    return () => {
      live = false;
      writer.current = null;
      box.current?.replaceChildren();
    };
  }, [char, load, mode]);

  const replay = () => {
    setState('playing');
    void writer.current?.animateCharacter({ onComplete: () => setState('done') });
  };

  return (
    <figure class="strokes" data-char={char} data-state={state}>
      <div class="strokes-box" ref={box} aria-hidden="true" />
      <figcaption>
        {state === 'missing' ? (
          <span class="muted">{t('strokesMissing')}</span>
        ) : info ? (
          <>
            {t('strokesCount', String(info.strokes))}
            {info.radical.length > 0 && (
              <>
                {' · '}
                <span class="radical">{t('strokesRadical', info.radical.map((i) => String(i + 1)).join(', '))}</span>
              </>
            )}
            {mode === 'animate' && state === 'done' && (
              <>
                {' '}
                <button type="button" class="small" onClick={replay}>
                  {t('strokesReplay')}
                </button>
              </>
            )}
            {mode === 'quiz' && (
              <span class="quiz-state" role="status">
                {' · '}
                {state === 'passed' ? t('strokesQuizDone', String(mistakes)) : t('strokesQuizGo', String(mistakes))}
              </span>
            )}
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
