/**
 * Today's queue: (re)learning cards that are due, review cards due today (up to the daily review
 * limit), then new cards up to the daily new limit (less those already started today). Cards of
 * words marked known are left out. Recognition cards come before recall cards of the same words.
 */
import type { LibraryDb } from '../db/database';
import type { VocabularyEntry } from '../db/records';
import { guard } from '../library/errors';
import { asStudyCard } from './cards';
import { dayStart, nextDayStart } from './day';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from './settings';
import type { StudyCard } from './types';

/** Learning cards due within this many ms are shown early when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueItem {
  card: StudyCard;
  entry: VocabularyEntry;
}

export interface QueueCounts {
  /** New cards still to be introduced today (within the daily limit). */
  new: number;
  /** (Re)learning cards due now. */
  learning: number;
  /** Review cards due today (within the daily limit). */
  review: number;
  /** learning + review: what is due now. */
  due: number;
  /** (Re)learning cards due later today. */
  later: number;
  /** When the next of those is due (epoch ms). */
  nextDue?: number;
  /** New cards started and reviews done today. */
  newToday: number;
  reviewsToday: number;
  /** New cards waiting beyond today's limit. */
  newWaiting: number;
}

export interface Queue {
  items: QueueItem[];
  counts: QueueCounts;
}

const order = (a: StudyCard, b: StudyCard) => a.due - b.due || a.id.localeCompare(b.id);

/** Builds the queue at `now`. */
export async function buildQueue(
  db: LibraryDb,
  now = Date.now(),
  settings: Pick<StudySettings, 'newPerDay' | 'reviewsPerDay'> = DEFAULT_STUDY_SETTINGS,
): Promise<Queue> {
  return guard(() =>
    db.transaction('r', db.cards, db.vocabulary, db.reviewLog, async () => {
      const start = dayStart(now);
      const end = nextDayStart(now);
      const today = await db.reviewLog.filter((l) => l.time >= start && l.time < end).toArray();
      const newToday = today.filter((l) => l.before.phase === 'new').length;
      const reviewsToday = today.filter((l) => l.before.phase === 'review').length;

      const entries = new Map<string, VocabularyEntry>();
      await db.vocabulary.each((e) => {
        if (!e.known) entries.set(e.word, e);
      });
      const cards = (await db.cards.toArray()).map(asStudyCard).filter((c) => entries.has(c.word));

      const learningNow: StudyCard[] = [];
      const learningLater: StudyCard[] = [];
      const reviews: StudyCard[] = [];
      const fresh: StudyCard[] = [];
      for (const c of cards) {
        if (c.phase === 'new') fresh.push(c);
        else if (c.phase === 'review') {
          if (c.due < end) reviews.push(c);
        } else if (c.due <= now) learningNow.push(c);
        else if (c.due < end) learningLater.push(c);
      }
      learningNow.sort(order);
      learningLater.sort(order);
      reviews.sort(order);
      const reviewSlots = Math.max(0, settings.reviewsPerDay - reviewsToday);
      const reviewToday = reviews.slice(0, reviewSlots);
      fresh.sort((a, b) => {
        const ea = entries.get(a.word)!;
        const eb = entries.get(b.word)!;
        const dir = (c: StudyCard) => (c.direction === 'recognize' ? 0 : 1);
        return dir(a) - dir(b) || ea.addedAt - eb.addedAt || a.word.localeCompare(b.word);
      });
      const newSlots = Math.max(0, settings.newPerDay - newToday);
      const newCards = fresh.slice(0, newSlots);

      const chosen = [...learningNow, ...reviewToday, ...newCards];
      // Nothing else left: show learning cards due within the learn-ahead window.
      if (chosen.length === 0) chosen.push(...learningLater.filter((c) => c.due - now <= LEARN_AHEAD_MS));
      const counts: QueueCounts = {
        new: newCards.length,
        learning: learningNow.length,
        review: reviewToday.length,
        due: learningNow.length + reviewToday.length,
        later: learningLater.length,
        newToday,
        reviewsToday,
        newWaiting: fresh.length - newCards.length,
      };
      if (learningLater.length) counts.nextDue = learningLater[0].due;
      return { items: chosen.map((card) => ({ card, entry: entries.get(card.word)! })), counts };
    }),
  );
}
