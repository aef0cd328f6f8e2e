/**
 * Progress: words added and cards reviewed per study day, retention (share of review-phase cards
 * recalled, i.e. not rated "again"), and glossary terms added and learned.
 */
import type { LibraryDb } from '../db/database';
import type { ReviewLogEntry } from '../db/records';
import { guard } from '../library/errors';
import { asStudyCard } from './cards';
import { lastDays, studyDay } from './day';

export interface DayStats {
  /** Study day, YYYY-MM-DD. */
  day: string;
  added: number;
  reviewed: number;
  /** Reviews of review-phase cards, and how many of them passed (rating ≥ 2). */
  matureReviews: number;
  passed: number;
}

export interface StudyStats {
  days: DayStats[];
  /** Passed / reviews of review-phase cards over the period (undefined without any). */
  retention?: number;
  totals: {
    words: number;
    known: number;
    studying: number;
    reviews: number;
    cards: { new: number; learning: number; review: number; relearning: number };
  };
  terms: {
    /** Glossary terms in the vocabulary. */
    added: number;
    /** Of those, terms whose cards both left learning (or that are marked known). */
    learned: number;
  };
}

/** A term (or word) counts as learned once every card of it is in the review phase. */
export async function studyStats(db: LibraryDb, now = Date.now(), dayCount = 30): Promise<StudyStats> {
  return guard(() =>
    db.transaction('r', db.vocabulary, db.cards, db.reviewLog, async () => {
      const days = lastDays(now, dayCount);
      const byDay = new Map<string, DayStats>(
        days.map((day) => [day, { day, added: 0, reviewed: 0, matureReviews: 0, passed: 0 }]),
      );
      const entries = await db.vocabulary.toArray();
      const cards = (await db.cards.toArray()).map(asStudyCard);
      const log: ReviewLogEntry[] = await db.reviewLog.toArray();
      for (const e of entries) {
        if (!e.sentence && e.contexts.length === 0 && !e.termId) continue; // only marked known
        const d = byDay.get(studyDay(e.addedAt));
        if (d) d.added++;
      }
      for (const l of log) {
        const d = byDay.get(studyDay(l.time));
        if (!d) continue;
        d.reviewed++;
        if (l.before.phase === 'review') {
          d.matureReviews++;
          if (l.rating >= 2) d.passed++;
        }
      }
      const list = days.map((day) => byDay.get(day)!);
      const mature = list.reduce((n, d) => n + d.matureReviews, 0);
      const passed = list.reduce((n, d) => n + d.passed, 0);
      const phases = { new: 0, learning: 0, review: 0, relearning: 0 };
      const cardsOf = new Map<string, string[]>();
      for (const c of cards) {
        phases[c.phase]++;
        const list = cardsOf.get(c.word) ?? [];
        list.push(c.phase);
        cardsOf.set(c.word, list);
      }
      const terms = entries.filter((e) => e.termId);
      const learned = terms.filter((e) => {
        const p = cardsOf.get(e.word) ?? [];
        return e.known || (p.length > 0 && p.every((phase) => phase === 'review'));
      }).length;
      const known = entries.filter((e) => e.known).length;
      return {
        days: list,
        retention: mature ? passed / mature : undefined,
        totals: {
          words: entries.length,
          known,
          studying: entries.length - known,
          reviews: log.length,
          cards: phases,
        },
        terms: { added: terms.length, learned },
      };
    }),
  );
}
