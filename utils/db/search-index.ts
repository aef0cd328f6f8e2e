/**
 * Changes to the full-text index (table `grams`), collected while articles are written and then
 * applied with one read and one write per touched posting block, inside the caller's transaction.
 */
import Dexie, { type Table } from 'dexie';
import type { GramPosting } from './records';
import { insertSorted, removeSorted } from './grams';
import { bulkDeleteChunked, bulkGetChunked, bulkPutChunked } from './bulk';

/** Document numbers per posting block. */
export const GRAM_BLOCK = 512;

export const blockOf = (seq: number): number => Math.floor(seq / GRAM_BLOCK);

export class GramIndexBatch {
  private readonly adds = new Map<string, number[]>();
  private readonly removes = new Map<string, number[]>();

  /** Records that document `seq` contains `grams`. */
  add(seq: number, grams: Iterable<string>): void {
    for (const g of grams) {
      const pendingRemoval = this.removes.get(g);
      if (pendingRemoval?.includes(seq)) {
        pendingRemoval.splice(pendingRemoval.indexOf(seq), 1);
        continue;
      }
      const list = this.adds.get(g);
      if (list) list.push(seq);
      else this.adds.set(g, [seq]);
    }
  }

  /** Records that document `seq` no longer contains `grams`. */
  remove(seq: number, grams: Iterable<string>): void {
    for (const g of grams) {
      const pendingAdd = this.adds.get(g);
      if (pendingAdd?.includes(seq)) {
        pendingAdd.splice(pendingAdd.indexOf(seq), 1);
        continue;
      }
      const list = this.removes.get(g);
      if (list) list.push(seq);
      else this.removes.set(g, [seq]);
    }
  }

  /** Records the change of one document's text from `before` to `after` grams. */
  replace(seq: number, before: Set<string>, after: Set<string>): void {
    const gone: string[] = [];
    const added: string[] = [];
    for (const g of before) if (!after.has(g)) gone.push(g);
    for (const g of after) if (!before.has(g)) added.push(g);
    this.remove(seq, gone);
    this.add(seq, added);
  }

  /** Writes the collected changes. Call inside a transaction that includes `table`. */
  async flush(table: Table<GramPosting, [string, number]>): Promise<void> {
    // Group the changes by posting block.
    const blocks = new Map<string, { g: string; b: number; add: number[]; remove: number[] }>();
    const entry = (g: string, seq: number) => {
      const b = blockOf(seq);
      const key = `${b}\u0000${g}`;
      let e = blocks.get(key);
      if (!e) blocks.set(key, (e = { g, b, add: [], remove: [] }));
      return e;
    };
    for (const [g, seqs] of this.removes) for (const seq of seqs) entry(g, seq).remove.push(seq);
    for (const [g, seqs] of this.adds) for (const seq of seqs) entry(g, seq).add.push(seq);
    this.adds.clear();
    this.removes.clear();
    const changes = [...blocks.values()];
    if (changes.length === 0) return;
    // An empty index (a first save or sync into an empty library) has nothing to read.
    const rows =
      (await table.limit(1).count()) === 0
        ? changes.map(() => undefined)
        : await bulkGetChunked(
            table,
            changes.map((c): [string, number] => [c.g, c.b]),
          );
    const puts: GramPosting[] = [];
    const deletes: [string, number][] = [];
    changes.forEach((c, i) => {
      const ids = rows[i]?.ids ?? [];
      for (const seq of c.remove) removeSorted(ids, seq);
      for (const seq of c.add) insertSorted(ids, seq);
      if (ids.length) puts.push({ g: c.g, b: c.b, ids });
      else if (rows[i]) deletes.push([c.g, c.b]);
    });
    if (puts.length) await bulkPutChunked(table, puts);
    if (deletes.length) await bulkDeleteChunked(table, deletes);
  }
}

/** The whole posting list of one gram, ascending (empty when no article contains it). */
export async function postingOf(table: Table<GramPosting, [string, number]>, g: string): Promise<number[]> {
  const rows = await table.where('[g+b]').between([g, Dexie.minKey], [g, Dexie.maxKey]).toArray();
  return rows.length === 1 ? rows[0].ids : rows.flatMap((r) => r.ids);
}
