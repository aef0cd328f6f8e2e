/**
 * FSRS scheduling (ts-fsrs): grading a card gives its next state and a review-log entry. The log
 * holds every rating with its time, so a card's state can be recomputed by replaying it.
 * Fuzz is on and seeded from the review itself, so a replay lands on the same days.
 */
import { fsrs, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { LibraryDb } from '../db/database';
import type { CardPhase, CardState, ReviewLogEntry } from '../db/records';
import { guard } from '../library/errors';
import { asStudyCard, newCard, parseCardId } from './cards';
import type { Rating, StudyCard, StudyState } from './types';

const PHASES: CardPhase[] = ['new', 'learning', 'review', 'relearning'];
const STATES: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

let engine: FSRS | undefined;
function scheduler(): FSRS {
  engine ??= fsrs({ enable_fuzz: true, enable_short_term: true, request_retention: 0.9 });
  return engine;
}

const DAY = 86_400_000;

export function toFsrs(s: StudyState): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.lastReview === undefined ? 0 : Math.max(0, Math.floor((s.due - s.lastReview) / DAY)),
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATES[s.phase],
    last_review: s.lastReview === undefined ? undefined : new Date(s.lastReview),
  };
}

export function fromFsrs(c: Card): StudyState {
  const state: StudyState = {
    phase: PHASES[c.state],
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    reps: c.reps,
    lapses: c.lapses,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
  };
  if (c.last_review) state.lastReview = c.last_review.getTime();
  return state;
}

/** Only the scheduling fields of a card. */
export function stateOf(card: StudyState): StudyState {
  const s: StudyState = {
    phase: card.phase,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
  };
  if (card.lastReview !== undefined) s.lastReview = card.lastReview;
  return s;
}

export interface Graded {
  card: StudyCard;
  log: Omit<ReviewLogEntry, 'id'>;
}

/** The card after a rating at `now`, and the log entry that records it. */
export function grade(card: StudyCard, rating: Rating, now: number): Graded {
  const next = scheduler().next(toFsrs(card), new Date(now), rating as Grade);
  const before: CardState = stateOf(card);
  return {
    card: { ...card, ...fromFsrs(next.card) },
    log: { cardId: card.id, time: now, rating, before },
  };
}

/** When the card would next be due for each rating (for the grade buttons). */
export function preview(card: StudyCard, now: number): Record<Rating, number> {
  const out = {} as Record<Rating, number>;
  for (const r of [1, 2, 3, 4] as const) out[r] = grade(card, r, now).card.due;
  return out;
}

/** Replays ratings on a new card created at `createdAt`. */
export function replay(card: StudyCard, log: readonly Pick<ReviewLogEntry, 'time' | 'rating'>[]): StudyCard {
  let current: StudyCard = { ...newCard(card.word, card.direction, card.createdAt), id: card.id };
  for (const entry of [...log].sort((a, b) => a.time - b.time)) current = grade(current, entry.rating, entry.time).card;
  return current;
}

/** Grades a stored card and writes its new state and the log entry in one transaction. */
export async function reviewCard(db: LibraryDb, cardId: string, rating: Rating, now = Date.now()): Promise<StudyCard> {
  return guard(() =>
    db.transaction('rw', db.cards, db.reviewLog, async () => {
      const stored = await db.cards.get(cardId);
      if (!stored) throw new Error(`no card ${cardId}`);
      // One review per card and millisecond: the log's [cardId+time] stays unique.
      let time = now;
      while (await db.reviewLog.where('[cardId+time]').equals([cardId, time]).count()) time++;
      const { card, log } = grade(asStudyCard(stored), rating, time);
      await db.cards.put(card);
      await db.reviewLog.add(log);
      return card;
    }),
  );
}

/** A card's state recomputed from its review log (written back when `save`). */
export async function recompute(db: LibraryDb, cardId: string, save = false): Promise<StudyCard> {
  return guard(() =>
    db.transaction('rw', db.cards, db.reviewLog, async () => {
      const log = await db.reviewLog.where('[cardId+time]').between([cardId, -Infinity], [cardId, Infinity]).toArray();
      const stored = await db.cards.get(cardId);
      const { word, direction } = parseCardId(cardId);
      const base = stored
        ? asStudyCard(stored)
        : newCard(word, direction, log.length ? Math.min(...log.map((l) => l.time)) : Date.now());
      const card = replay(base, log);
      if (save) await db.cards.put(card);
      return card;
    }),
  );
}
