/** The review itself: today's counts, one card at a time, space to flip, 1–4 to grade. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { buildQueue, type Queue } from '@/utils/study/queue';
import { preview, reviewCard } from '@/utils/study/scheduler';
import type { Rating } from '@/utils/study/types';
import type { StudySettings } from '@/utils/study/settings';
import type { StudyServices } from './services';
import { Sentence } from './Sentence';
import { formatInterval } from './format';
import { speak, useChineseVoice } from '../speech';
import { ToneDrill, TypedCard } from './TypedCard';
import { CharStrokes } from '../reader/CharStrokes';
import { extensionStrokes } from '@/utils/reader/stroke-files';
import { useSwipe } from '../touch';

const GRADES: { rating: Rating; label: MessageKey }[] = [
  { rating: 1, label: 'reviewGradeAgain' },
  { rating: 2, label: 'reviewGradeHard' },
  { rating: 3, label: 'reviewGradeGood' },
  { rating: 4, label: 'reviewGradeEasy' },
];

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

export function ReviewSession({ services, version }: { services: StudyServices; version: number }) {
  const [queue, setQueue] = useState<Queue | undefined>();
  const [flipped, setFlipped] = useState(false);
  const [busy, setBusy] = useState(false);
  const [settings, setSettings] = useState<StudySettings | undefined>();
  const [tick, setTick] = useState(0);
  /** Typed answers given: the tone drill looks again after each. */
  const [answered, setAnswered] = useState(0);
  const voice = useChineseVoice();

  const load = useCallback(async () => {
    const s = await services.getSettings();
    setSettings(s);
    setQueue(await buildQueue(services.db, services.now(), s));
  }, [services]);

  useEffect(() => {
    void load();
  }, [load, version, tick]);

  // Learning cards come back after minutes: look again when the next one is due.
  const nextDue = queue?.counts.nextDue;
  useEffect(() => {
    if (!queue || queue.items.length || nextDue === undefined) return;
    const wait = Math.min(Math.max(1000, nextDue - services.now() + 500), 10 * 60_000);
    const timer = setTimeout(() => setTick((n) => n + 1), wait);
    return () => clearTimeout(timer);
  }, [queue, nextDue, services]);

  const current = queue?.items[0];

  const gradeCard = useCallback(
    async (rating: Rating) => {
      if (!current || busy) return;
      setBusy(true);
      try {
        await reviewCard(services.db, current.card.id, rating, services.now());
        setFlipped(false);
        await load();
      } finally {
        setBusy(false);
      }
    },
    [current, busy, services, load],
  );

  // By touch: a tap on the card shows the answer; then a swipe left grades Again, right Good.
  const page = useRef<Document>(document);
  useSwipe(
    page,
    (direction) => {
      if (!flipped) return;
      if (direction === 'left') void gradeCard(1);
      else if (direction === 'right') void gradeCard(3);
    },
    ({ target }) => Boolean((target as HTMLElement | null)?.closest?.('.card[data-card]')),
  );
  const onCardClick = (event: MouseEvent) => {
    if (flipped || (event.target as HTMLElement).closest('button, a, input, textarea, select')) return;
    setFlipped(true);
  };

  // A layout effect: the keys work as soon as the card is on screen.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (settings?.answerBy === 'typing') return;
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey || !current) return;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        if (!flipped) setFlipped(true);
        else if (event.key === ' ') void gradeCard(3);
      } else if (flipped && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        void gradeCard(Number(event.key) as Rating);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, flipped, gradeCard, settings?.answerBy]);

  if (!queue || !settings) return <p class="empty">{t('reviewLoading')}</p>;
  const { counts } = queue;
  const previews = current && flipped ? preview(current.card, services.now()) : undefined;
  const entry = current?.entry;
  const recall = current?.card.direction === 'recall';

  return (
    <section class="session" aria-label={t('reviewTabStudy')}>
      <p class="counts" data-testid="counts">
        <span class="count new" data-testid="count-new">
          {t('reviewCountNew')} <b>{counts.new}</b>
        </span>
        <span class="count learning" data-testid="count-learning">
          {t('reviewCountLearning')} <b>{counts.learning}</b>
        </span>
        <span class="count review" data-testid="count-review">
          {t('reviewCountReview')} <b>{counts.review}</b>
        </span>
        <span class="count due" data-testid="count-due">
          {t('reviewCountDue')} <b>{counts.due}</b>
        </span>
      </p>

      <AnswerBy
        settings={settings}
        onChange={async (patch) => {
          setFlipped(false);
          setSettings(await services.saveSettings(patch));
        }}
      />
      {current && entry && settings.answerBy === 'typing' ? (
        <TypedCard
          key={current.card.id}
          item={current}
          services={services}
          onDone={() => {
            setAnswered((n) => n + 1);
            void load();
          }}
        />
      ) : !current || !entry ? (
        <div class="card done" data-testid="done">
          <p>{counts.later ? t('reviewLaterToday', [String(counts.later)]) : t('reviewAllDone')}</p>
          {counts.nextDue !== undefined && (
            <p class="muted">{t('reviewNextIn', [formatInterval(counts.nextDue - services.now())])}</p>
          )}
          {counts.newWaiting > 0 && <p class="muted">{t('reviewNewWaiting', [String(counts.newWaiting)])}</p>}
        </div>
      ) : (
        <div
          class={`card ${flipped ? 'back' : 'front'}`}
          data-testid="card"
          data-card={current.card.id}
          onClick={onCardClick}
        >
          <p class="direction">{recall ? t('reviewDirectionRecall') : t('reviewDirectionRecognize')}</p>
          {recall ? (
            <>
              <p class="meaning big">{entry.definition || '—'}</p>
              {!flipped && <Sentence text={entry.sentence} word={entry.word} blank />}
            </>
          ) : (
            <p class="hanzi big" lang="zh-CN" data-testid="front-word">
              {entry.word}
            </p>
          )}
          {flipped && (
            <div class="answer" data-testid="answer">
              {recall && (
                <p class="hanzi big" lang="zh-CN">
                  {entry.word}
                </p>
              )}
              <p class="pinyin">{entry.pinyin}</p>
              {!recall && <p class="meaning">{entry.definition}</p>}
              <Sentence text={entry.sentence} word={entry.word} />
              <CharStrokes word={entry.word} load={extensionStrokes} mode="quiz" />
              {entry.articleUrl && (
                <p class="source">
                  <a href={entry.articleUrl} target="_blank" rel="noreferrer">
                    {t('reviewFromArticle')}
                  </a>
                </p>
              )}
            </div>
          )}
          {voice && (flipped || !recall) && (
            <button type="button" class="speak" onClick={() => speak(entry.word, voice)} title={t('reviewSpeak')}>
              🔊 <span class="sr">{t('reviewSpeak')}</span>
            </button>
          )}
          <div class="actions">
            {!flipped ? (
              <button type="button" class="flip" onClick={() => setFlipped(true)} data-testid="flip">
                {t('reviewShowAnswer')} <kbd>{t('reviewKeySpace')}</kbd>
              </button>
            ) : (
              GRADES.map((g) => (
                <button
                  type="button"
                  class={`grade grade-${g.rating}`}
                  disabled={busy}
                  onClick={() => void gradeCard(g.rating)}
                  data-testid={`grade-${g.rating}`}
                >
                  <kbd>{g.rating}</kbd> {t(g.label)}
                  {previews && <small>{formatInterval(previews[g.rating] - services.now())}</small>}
                </button>
              ))
            )}
          </div>
          <p class="touch-hint">{flipped ? t('reviewSwipeHint') : t('reviewTapHint')}</p>
        </div>
      )}
      <ToneDrill services={services} version={version + tick + answered} />
      <DailyLimits
        settings={settings}
        onChange={async (patch) => {
          setSettings(await services.saveSettings(patch));
          await load();
        }}
      />
    </section>
  );
}

function AnswerBy({
  settings,
  onChange,
}: {
  settings: StudySettings;
  onChange: (patch: Partial<StudySettings>) => void;
}) {
  return (
    <fieldset class="answer-by">
      <legend>{t('answerBy')}</legend>
      {(['self', 'typing'] as const).map((value) => (
        <label>
          <input
            type="radio"
            name="answer-by"
            value={value}
            checked={settings.answerBy === value}
            onChange={() => onChange({ answerBy: value })}
            data-testid={`answer-by-${value}`}
          />{' '}
          {t(value === 'self' ? 'answerBySelf' : 'answerByTyping')}
        </label>
      ))}
    </fieldset>
  );
}

function DailyLimits({
  settings,
  onChange,
}: {
  settings: StudySettings;
  onChange: (patch: Partial<StudySettings>) => void;
}) {
  return (
    <details class="limits">
      <summary>{t('reviewDailyLimits')}</summary>
      <label>
        {t('reviewNewPerDay')}{' '}
        <input
          type="number"
          min={0}
          max={500}
          value={settings.newPerDay}
          onChange={(e) => onChange({ newPerDay: Number((e.target as HTMLInputElement).value) })}
        />
      </label>
      <label>
        {t('reviewReviewsPerDay')}{' '}
        <input
          type="number"
          min={0}
          max={5000}
          value={settings.reviewsPerDay}
          onChange={(e) => onChange({ reviewsPerDay: Number((e.target as HTMLInputElement).value) })}
        />
      </label>
    </details>
  );
}
