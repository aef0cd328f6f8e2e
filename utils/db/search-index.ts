/**
 * Changes to the full-text index (table `grams`), collected while articles are written and then
 * applied with one read and one write per touched posting list, inside the caller's transaction.
 */
import type { Table } from 'dexie';
import type { GramPosting } from './records';
import { insertSorted, removeSorted } from './grams';

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

  get size(): number {
    return this.adds.size + this.removes.size;
  }

  /** Writes the collected changes. Call inside a transaction that includes `table`. */
  async flush(table: Table<GramPosting, string>): Promise<void> {
    const keys = [...new Set([...this.adds.keys(), ...this.removes.keys()])];
    if (keys.length === 0) return;
    const rows = await table.bulkGet(keys);
    const puts: GramPosting[] = [];
    const deletes: string[] = [];
    keys.forEach((g, i) => {
      const ids = rows[i]?.ids ?? [];
      for (const seq of this.removes.get(g) ?? []) removeSorted(ids, seq);
      for (const seq of this.adds.get(g) ?? []) insertSorted(ids, seq);
      if (ids.length) puts.push({ g, ids });
      else if (rows[i]) deletes.push(g);
    });
    if (puts.length) await table.bulkPut(puts);
    if (deletes.length) await table.bulkDelete(deletes);
    this.adds.clear();
    this.removes.clear();
  }
}
