import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderDictEntry, ReaderLookup, ReaderServices, StudyControl } from './model';
import type { RubyDisplay } from './Ruby';
import { t } from '@/utils/i18n';
import { speak, useChineseVoice } from '../speech';
import { CharStrokes } from './CharStrokes';
import { SplitChooser, type OverrideControl } from './WordOverrides';
import { CharFacts } from './CharFacts';
import { AnkiButton } from './AnkiButton';

function readingOf(entry: ReaderDictEntry, services: ReaderServices, display: RubyDisplay): string {
  return entry.pinyin
    .split(' ')
    .map((s) => services.formatSyllable(s, display.toneStyle))
    .join(' ');
}

function EntryView({
  entry,
  services,
  display,
}: {
  entry: ReaderDictEntry;
  services: ReaderServices;
  display: RubyDisplay;
}) {
  return (
    <div class="entry">
      <div class="entry-head">
        <span class="entry-py">{readingOf(entry, services, display)}</span>
        {entry.traditional !== entry.simplified && <span class="entry-trad">繁 {entry.traditional}</span>}
        {entry.hsk > 0 && <span class="entry-hsk">HSK {entry.hsk}</span>}
      </div>
      <ol class="entry-defs">
        {entry.definitions.map((d) => (
          <li>{d}</li>
        ))}
      </ol>
      {entry.classifiers.length > 0 && <div class="entry-cl">Measure words: {entry.classifiers.join(', ')}</div>}
    </div>
  );
}

/** The dictionary card for one word: its entries, the characters it is made of, and actions. */
export function WordCard({
  word,
  sentence,
  services,
  display,
  study,
  overrides,
  onClose,
}: {
  word: string;
  /** The sentence the word was clicked in. */
  sentence: string;
  services: ReaderServices;
  display: RubyDisplay;
  study?: StudyControl;
  /** "Split here" (absent: not offered). */
  overrides?: OverrideControl;
  onClose: () => void;
}) {
  const [lookup, setLookup] = useState<ReaderLookup | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The definition to save with the word: the first entry's until the reader edits it.
  const [edited, setEdited] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    let live = true;
    setLookup(null);
    setError(null);
    setEdited(null);
    services.lookup(word).then(
      (result) => live && setLookup(result),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    closeRef.current?.focus();
    return () => {
      live = false;
    };
  }, [word, services]);
  const definition = edited ?? lookup?.entries[0]?.definitions.join('; ') ?? '';

  // The body scrolls and takes whatever arrives late (character facts, Anki); the actions below
  // it stay where they first appeared.
  return (
    <section class="word-card" role="dialog" aria-label={`${t('wordCard')}: ${word}`}>
      <header>
        <span class="word">{word}</span>
        <button type="button" class="icon" ref={closeRef} aria-label={t('closeWordCard')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="word-card-body">
        {error && <p class="error">{error}</p>}
        {!lookup && !error && <p class="muted">…</p>}
        {lookup && lookup.entries.length === 0 && <p class="muted">{t('noEntry')}</p>}
        {lookup?.entries.map((entry) => (
          <EntryView entry={entry} services={services} display={display} />
        ))}
        {lookup && study && !study.vocabulary.has(word) && (
          <label class="definition">
            <span>{t('definition')}</span>
            <textarea
              rows={2}
              value={definition}
              onInput={(e) => setEdited((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
        )}
        {lookup && lookup.characters.length > 1 && (
          <div class="chars">
            <h3>{t('characters')}</h3>
            {lookup.characters.map((c) => (
              <div class="char">
                <span class="char-zh">{c.char}</span>{' '}
                {c.entries[0] ? (
                  <>
                    <span class="entry-py">{readingOf(c.entries[0], services, display)}</span>{' '}
                    <span>{c.entries[0].definitions.slice(0, 3).join('; ')}</span>
                  </>
                ) : (
                  <span class="muted">{t('noEntry')}</span>
                )}
              </div>
            ))}
          </div>
        )}
        {services.charInfo && (
          <CharFacts
            word={word}
            load={services.charInfo}
            reading={(s) => services.formatSyllable(s, display.toneStyle)}
          />
        )}
        {services.strokes && <CharStrokes word={word} load={services.strokes} />}
        <Speak word={word} sentence={sentence} />
        {overrides && <SplitChooser key={word} word={word} control={overrides} onDone={onClose} />}
        {lookup && services.anki && (
          <AnkiButton
            anki={services.anki}
            word={{
              word,
              sentence,
              pinyin: marksOf(lookup.entries[0], services),
              definition: lookup.entries[0]?.definitions.join('; ') ?? '',
            }}
          />
        )}
      </div>
      <StudyActions
        key={word}
        word={word}
        sentence={sentence}
        lookup={lookup}
        definition={definition}
        study={study}
        services={services}
      />
    </section>
  );
}

function marksOf(entry: ReaderDictEntry | undefined, services: ReaderServices): string {
  return entry
    ? entry.pinyin
        .split(' ')
        .map((s) => services.formatSyllable(s, 'marks'))
        .join(' ')
    : '';
}

/**
 * Add to vocabulary (with the definition edited in the card's body) and the known-word switch: the
 * card's footer, there from the moment the card opens (Add waits for the lookup) so it never moves.
 */
function StudyActions({
  word,
  sentence,
  lookup,
  definition,
  study,
  services,
}: {
  word: string;
  sentence: string;
  lookup: ReaderLookup | null;
  definition: string;
  study?: StudyControl;
  services: ReaderServices;
}) {
  const [status, setStatus] = useState<'idle' | 'saving' | 'error'>('idle');
  const [error, setError] = useState('');
  if (!study) {
    return (
      <div class="actions word-card-actions">
        <button type="button" disabled title={t('vocabularyUnavailable')}>
          {t('addToVocabulary')}
        </button>
        <span class="muted small">{t('vocabularyUnavailable')}</span>
      </div>
    );
  }
  const inVocabulary = study.vocabulary.has(word);
  const known = study.known.has(word);
  const fail = (e: unknown) => {
    setStatus('error');
    setError(e instanceof Error ? e.message : String(e));
  };
  const add = () => {
    if (!lookup) return;
    setStatus('saving');
    study
      .addWord({ word, pinyin: marksOf(lookup.entries[0], services), definition: definition.trim(), sentence })
      .then(() => setStatus('idle'), fail);
  };
  return (
    <div class="actions study word-card-actions">
      {status === 'error' && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={!lookup || inVocabulary || status === 'saving'}
        aria-pressed={inVocabulary}
        onClick={add}
      >
        {inVocabulary ? `✓ ${t('inVocabulary')}` : t('addToVocabulary')}
      </button>
      <label class="check">
        <input
          type="checkbox"
          checked={known}
          onChange={(e) => study.setKnown(word, (e.currentTarget as HTMLInputElement).checked).catch(fail)}
        />
        {t('iKnowThisWord')}
      </label>
    </div>
  );
}

/** Hear the word, or the whole sentence it stands in, where the browser has a Chinese voice. */
function Speak({ word, sentence }: { word: string; sentence: string }) {
  const voice = useChineseVoice();
  if (!voice) return null;
  return (
    <div class="speak">
      <button type="button" onClick={() => speak(word, voice)}>
        🔊 {t('sayWord')}
      </button>
      {sentence && (
        <button type="button" onClick={() => speak(sentence, voice)}>
          🔊 {t('saySentence')}
        </button>
      )}
    </div>
  );
}
