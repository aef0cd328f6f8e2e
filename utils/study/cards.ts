/** Two cards per vocabulary word, one per direction; created when a word is added. */
import type { LibraryDb } from '../db/database';
import type { ReviewCard } from '../db/records';
import { DIRECTIONS, type Direction, type StudyCard } from './types';

export function cardId(word: string, direction: Direction): string {
  return `${word}|${direction}`;
}

/** The word and direction of a card id (`word|direction`); a bare word reads as `recognize`. */
export function parseCardId(id: string): { word: string; direction: Direction } {
  const at = id.lastIndexOf('|');
  const direction = id.slice(at + 1);
  if (at > 0 && (direction === 'recognize' || direction === 'recall')) return { word: id.slice(0, at), direction };
  return { word: id, direction: 'recognize' };
}

/** A new card, due at once. */
export function newCard(word: string, direction: Direction, now: number): StudyCard {
  return {
    id: cardId(word, direction),
    word,
    direction,
    createdAt: now,
    phase: 'new',
    due: now,
    stability: 0,
    difficulty: 0,
    reps: 0,
    lapses: 0,
    scheduledDays: 0,
    learningSteps: 0,
  };
}

/** Any stored card (older, imported, hand-edited) with every study field filled. */
export function asStudyCard(card: ReviewCard): StudyCard {
  const c = card as Partial<StudyCard> & ReviewCard;
  const { word, direction } = parseCardId(card.id);
  return {
    ...c,
    word: c.word ?? word,
    direction: c.direction ?? direction,
    createdAt: c.createdAt ?? c.due,
    scheduledDays: c.scheduledDays ?? 0,
    learningSteps: c.learningSteps ?? 0,
  };
}

/** Creates the word's missing cards (inside the caller's transaction, if any); returns those created. */
export async function ensureCards(db: LibraryDb, word: string, now: number): Promise<StudyCard[]> {
  const created: StudyCard[] = [];
  for (const direction of DIRECTIONS) {
    const id = cardId(word, direction);
    if (await db.cards.get(id)) continue;
    const card = newCard(word, direction, now);
    await db.cards.add(card);
    created.push(card);
  }
  return created;
}

/** Every card of a word. */
export async function cardsOf(db: LibraryDb, word: string): Promise<StudyCard[]> {
  const cards = await db.cards.bulkGet(DIRECTIONS.map((d) => cardId(word, d)));
  return cards.filter((c): c is ReviewCard => c !== undefined).map(asStudyCard);
}
