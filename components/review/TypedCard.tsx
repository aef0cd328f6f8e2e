/**
 * Production cards: the learner types the answer and the answer grades the card. A recognition card
 * asks for the word's pinyin (tone numbers or marks; toneless is accepted as Hard with a note), a
 * recall card for the hanzi of a meaning and a blanked sentence (typed with the system's input
 * method). The tone drill asks only the tones of words whose tones were wrong before.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { gradeHanzi, gradePinyin, gradeTones, toneless, type PinyinVerdict } from '@/utils/study/answers';
import { reviewCard } from '@/utils/study/scheduler';
import { noteTones, toneDrillWords } from '@/utils/study/tone-misses';
import type { QueueItem } from '@/utils/study/queue';
import type { VocabularyEntry } from '@/utils/db/records';
import type { Rating } from '@/utils/study/types';
import type { StudyServices } from './services';
import { Sentence } from './Sentence';
import { CharStrokes } from '../reader/CharStrokes';
import { extensionStrokes } from '@/utils/reader/stroke-files';

const VERDICTS: Record<PinyinVerdict, MessageKey> = {
  right: 'answerRight',
  toneless: 'answerToneless',
  tones: 'answerTones',
  wrong: 'answerWrong',
  empty: 'answerWrong',
};
const RATINGS: Record<Rating, MessageKey> = {
  1: 'reviewGradeAgain',
  2: 'reviewGradeHard',
  3: 'reviewGradeGood',
  4: 'reviewGradeEasy',
};

interface Result {
  verdict: PinyinVerdict;
  rating: Rating;
  answer: string;
}

function Feedback({ result, entry, onNext }: { result: Result; entry: VocabularyEntry; onNext: () => void }) {
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  return (
    <div class="answer" data-testid="answer">
      <p class={`verdict verdict-${result.verdict}`} role="status" data-testid="verdict" data-verdict={result.verdict}>
        {t(VERDICTS[result.verdict])} · {t('answerGraded', t(RATINGS[result.rating]))}
      </p>
      {result.answer && (
        <p class="muted">
          {t('answerYours')} <span lang="zh-CN">{result.answer}</span>
        </p>
      )}
      <p class="hanzi big" lang="zh-CN">
        {entry.word}
      </p>
      <p class="pinyin">{entry.pinyin}</p>
      <p class="meaning">{entry.definition}</p>
      <Sentence text={entry.sentence} word={entry.word} />
      <CharStrokes word={entry.word} load={extensionStrokes} mode="quiz" />
      <div class="actions">
        <button type="button" ref={next} onClick={onNext} data-testid="next">
          {t('answerNext')}
        </button>
      </div>
    </div>
  );
}

function AnswerForm({
  label,
  placeholder,
  lang,
  onAnswer,
}: {
  label: MessageKey;
  placeholder?: MessageKey;
  lang?: string;
  onAnswer: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="typed"
      onSubmit={(e) => {
        e.preventDefault();
        // The field's own value: what the input method committed, even before a re-render.
        onAnswer(input.current?.value ?? text);
      }}
    >
      <label>
        {t(label)}{' '}
        <input
          ref={input}
          type="text"
          lang={lang}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          placeholder={placeholder ? t(placeholder) : undefined}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          data-testid="typed-answer"
        />
      </label>
      <button type="submit" data-testid="check">
        {t('answerCheck')}
      </button>
    </form>
  );
}

/** One due card answered by typing (keyed by card); `onDone` after the learner has seen the grade. */
export function TypedCard({
  item,
  services,
  onDone,
}: {
  item: QueueItem;
  services: StudyServices;
  onDone: () => void;
}) {
  const [result, setResult] = useState<Result | null>(null);
  const { card, entry } = item;
  const recall = card.direction === 'recall';

  const answer = async (text: string) => {
    const graded = recall ? gradeHanzi(text, entry.word) : gradePinyin(text, entry.pinyin);
    setResult({ verdict: graded.verdict, rating: graded.rating, answer: text.trim() });
    await reviewCard(services.db, card.id, graded.rating, services.now());
    // Wrong tones put the word in the tone drill (only the drill takes it out again).
    if (!recall && graded.verdict === 'tones') await noteTones(services.db, entry.word, false);
  };

  return (
    <div class={`card typed-card ${result ? 'back' : 'front'}`} data-testid="card" data-card={card.id}>
      <p class="direction">{recall ? t('answerWriteHanzi') : t('answerTypePinyin')}</p>
      {!result &&
        (recall ? (
          <>
            <p class="meaning big">{entry.definition || '—'}</p>
            <Sentence text={entry.sentence} word={entry.word} blank />
            <AnswerForm label="answerHanziLabel" lang="zh-CN" onAnswer={(text) => void answer(text)} />
          </>
        ) : (
          <>
            <p class="hanzi big" lang="zh-CN" data-testid="front-word">
              {entry.word}
            </p>
            <AnswerForm
              label="answerPinyinLabel"
              placeholder="answerPinyinHint"
              onAnswer={(text) => void answer(text)}
            />
          </>
        ))}
      {result && <Feedback result={result} entry={entry} onNext={onDone} />}
    </div>
  );
}

/** The tone drill: every word whose tones were wrong before, tones only; each answer grades its card. */
export function ToneDrill({ services, version }: { services: StudyServices; version: number }) {
  const [words, setWords] = useState<VocabularyEntry[] | null>(null);
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState(0);
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    void toneDrillWords(services.db).then(setWords);
  }, [services, version]);

  if (!words || (words.length === 0 && !open)) return null;
  if (!open) {
    return (
      <p class="tone-drill-offer">
        <button
          type="button"
          onClick={() => {
            setAt(0);
            setResult(null);
            setOpen(true);
          }}
          data-testid="tone-drill"
        >
          {t('toneDrillStart', String(words.length))}
        </button>
      </p>
    );
  }
  const entry = words[at];
  const finish = () => {
    setOpen(false);
    void toneDrillWords(services.db).then(setWords);
  };
  if (!entry) {
    return (
      <div class="card done">
        <p>{t('toneDrillDone')}</p>
        <button type="button" onClick={finish}>
          {t('answerNext')}
        </button>
      </div>
    );
  }
  const answer = async (text: string) => {
    const graded = gradeTones(text, entry.pinyin);
    setResult({ verdict: graded.verdict, rating: graded.rating, answer: text.trim() });
    await noteTones(services.db, entry.word, graded.verdict === 'right');
    const cardId = `${entry.word}|recognize`;
    if (await services.db.cards.get(cardId)) await reviewCard(services.db, cardId, graded.rating, services.now());
  };
  return (
    <div class="card tone-drill" data-testid="tone-card">
      <p class="direction">{t('toneDrillHeading', [String(at + 1), String(words.length)])}</p>
      {!result ? (
        <>
          <p class="hanzi big" lang="zh-CN">
            {entry.word}
          </p>
          <p class="pinyin">{toneless(entry.pinyin)}</p>
          <AnswerForm
            key={entry.word}
            label="toneDrillLabel"
            placeholder="toneDrillHint"
            onAnswer={(x) => void answer(x)}
          />
        </>
      ) : (
        <Feedback
          result={result}
          entry={entry}
          onNext={() => {
            setResult(null);
            setAt(at + 1);
          }}
        />
      )}
      <button type="button" class="small" onClick={finish}>
        {t('toneDrillStop')}
      </button>
    </div>
  );
}
