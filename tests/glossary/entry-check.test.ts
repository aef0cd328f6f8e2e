/**
 * The check over every entry: each form (headword and variant) is found as that entry in a
 * sentence; no two entries claim a form (literal forms and the numbered-event recogniser alike);
 * every rendering marked official has a source and a date.
 */
import { describe, expect, it } from 'vitest';
import { createMatchScope, getGlossaryMatcher, glossaryEntries } from '../../utils/glossary';
import type { GlossaryEntry } from '../../utils/glossary/types';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const forms = (e: GlossaryEntry) => [...new Set([e.headword, ...e.variants])];

/** A sentence of the paper's kind around a form; a guarded entry gets one of its context words. */
function sentenceFor(e: GlossaryEntry, form: string): string {
  const lead = e.context ? `${e.context.near[0]}：` : '会议强调，';
  return `${lead}${form}，要抓好落实。`;
}

describe('every entry', () => {
  const cases = glossaryEntries.flatMap((e) => forms(e).map((f) => [`${e.id}: ${f}`, e, f] as const));

  it.each(cases)('%s matches in a sentence', (_label, e, form) => {
    const sentence = sentenceFor(e, form);
    const ms = getGlossaryMatcher().match(sentence, createMatchScope());
    const at = sentence.indexOf(form);
    expect(
      ms.map((m) => [sentence.slice(m.start, m.end), m.id]),
      `${form} in ${sentence}`,
    ).toContainEqual([form, e.id]);
    expect(ms.find((m) => m.id === e.id)?.start).toBe(at);
  });

  it('has no form claimed by two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of glossaryEntries)
      for (const f of forms(e)) {
        const prev = owner.get(f);
        if (prev && prev !== e.id) clashes.push(`${f}: ${prev} / ${e.id}`);
        owner.set(f, e.id);
      }
    // A form taken whole by another entry (the recogniser included) would never show its own entry.
    for (const [f, id] of owner) {
      const whole = getGlossaryMatcher()
        .match(f, createMatchScope())
        .filter((m) => m.start === 0 && m.end === f.length);
      for (const m of whole) if (m.id !== id) clashes.push(`${f}: ${id} / ${m.id}`);
    }
    expect(clashes).toEqual([]);
  });

  it('gives every official rendering a source and a date', () => {
    const missing = glossaryEntries.flatMap((e) =>
      e.renderings
        .filter((r) => r.status === 'official' && (!r.source.trim() || !r.date || !DATE.test(r.date)))
        .map((r) => `${e.id}: ${r.en}`),
    );
    expect(missing).toEqual([]);
  });

  it('presents no commentator or project label as official', () => {
    const wrong = glossaryEntries.flatMap((e) =>
      e.renderings
        .filter(
          (r) => r.status === 'official' && /China Media Project|project|commentary|unofficial|BBC/i.test(r.source),
        )
        .map((r) => `${e.id}: ${r.en} (${r.source})`),
    );
    expect(wrong).toEqual([]);
  });
});
