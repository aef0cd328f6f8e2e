/**
 * "Add to Anki" on the word card, shown only when AnkiConnect is turned on, set up and permitted:
 * one click sends the word (with its sentence and the sentence's pinyin) through the user's field
 * map; the card then says it was added, that Anki has it already, or what went wrong.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ReaderAnki } from './model';

type State = { kind: 'idle' | 'sending' | 'added' | 'duplicate' } | { kind: 'error'; message: string };

export function AnkiButton({
  anki,
  word,
}: {
  anki: ReaderAnki;
  word: { word: string; pinyin: string; definition: string; sentence: string };
}) {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'idle' });
    anki.ready().then(
      (r) => live && setReady(r),
      () => live && setReady(false),
    );
    return () => {
      live = false;
    };
  }, [anki, word.word]);
  if (!ready) return null;
  const add = () => {
    setState({ kind: 'sending' });
    anki.add(word).then(
      (result) => setState({ kind: result }),
      (e: unknown) => setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };
  const done = state.kind === 'added' || state.kind === 'duplicate';
  return (
    <div class="anki-add" data-testid="anki-add">
      <button type="button" disabled={state.kind === 'sending' || done} onClick={add} data-testid="anki-add-button">
        {state.kind === 'sending' ? t('ankiAdding') : t('ankiAddWord')}
      </button>{' '}
      {state.kind === 'added' && (
        <span role="status" data-testid="anki-add-status" data-result="added">
          ✓ {t('ankiAdded')}
        </span>
      )}
      {state.kind === 'duplicate' && (
        <span role="status" data-testid="anki-add-status" data-result="duplicate">
          {t('ankiAlready')}
        </span>
      )}
      {state.kind === 'error' && (
        <span class="error" role="alert" data-testid="anki-add-status" data-result="error">
          {state.message}
        </span>
      )}
    </div>
  );
}
