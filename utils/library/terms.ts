/** The glossary terms met across saved articles (from table `encounters`). */
import type { LibraryDb } from '../db/database';
import { guard } from './errors';

export interface TermOverview {
  termId: string;
  term: string;
  en: string;
  /** Saved articles the term occurs in. */
  articles: number;
  /** Occurrences across them. */
  occurrences: number;
}

/** Every glossary term met in the library, in most articles first. */
export async function termOverview(db: LibraryDb): Promise<TermOverview[]> {
  return guard(async () => {
    const byTerm = new Map<string, TermOverview>();
    await db.encounters.each((e) => {
      const row = byTerm.get(e.termId) ?? { termId: e.termId, term: e.term, en: e.en, articles: 0, occurrences: 0 };
      row.articles++;
      row.occurrences += e.count;
      byTerm.set(e.termId, row);
    });
    return [...byTerm.values()].sort(
      (a, b) => b.articles - a.articles || b.occurrences - a.occurrences || a.term.localeCompare(b.term, 'zh'),
    );
  });
}
