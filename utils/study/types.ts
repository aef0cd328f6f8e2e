/** Shapes of the study features, stored in the library's `cards` and `reviewLog` tables. */
import type { CardState, ReviewCard } from '../db/records';

/** Which way a card asks: hanzi → meaning and pinyin, or meaning → hanzi. */
export type Direction = 'recognize' | 'recall';
export const DIRECTIONS: readonly Direction[] = ['recognize', 'recall'];

/** Scheduling state with what FSRS needs beyond the library's `CardState`. */
export interface StudyState extends CardState {
  /** Days until due as scheduled at the last review (0 while learning). */
  scheduledDays: number;
  /** Position in the (re)learning steps. */
  learningSteps: number;
}

/** One stored card (`cards` table): id `${word}|${direction}`. */
export interface StudyCard extends ReviewCard, StudyState {
  word: string;
  direction: Direction;
  /** Epoch ms when the card was created: a replay of its log starts from here. */
  createdAt: number;
}

export type Rating = 1 | 2 | 3 | 4;
