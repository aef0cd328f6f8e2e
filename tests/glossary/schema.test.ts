/** Schema validation of every glossary entry, and consistency across entries. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formPinyin, glossaryEntries, getEntry } from '../../utils/glossary';
import { hanChars } from '../../utils/glossary/matcher';
import type { GlossaryEntry } from '../../utils/glossary/types';

const KINDS = ['party-formula', 'labour-union', 'policy-programme', 'honour-campaign', 'institution', 'newsroom'];
const STATUS = ['official', 'alternative', 'project'];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** An origin whose exact date could not be established: said so in words, or a decade (1950s). */
const ORIGIN_UNKNOWN = /^(unknown|not established|\d{3}0s)$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A pinyin syllable with tone marks (or neutral tone): letters only, lower case. */
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+$/;
/** Numbered formulas: a numeral then a counter (四个意识, 八项规定) or a numeral-led fixed pattern (三严三实, 两学一做). */
const NUMBERED = /^[一二两三四五六七八九十]+(个|项|大|严|学|位|稳|保|农|小(?!时))/;
const UNVERIFIED_SAYS_SO = /unverified|not confirmed|no reference|no official|未经核实|未核实/i;

const seedsDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
const seedText = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'))
  .join('\n')
  .replace(/\s+/g, '');

function forms(e: GlossaryEntry): string[] {
  return [e.headword, ...e.variants];
}

describe('glossary schema', () => {
  it('has at least 150 entries', () => {
    expect(glossaryEntries.length).toBeGreaterThanOrEqual(150);
  });

  describe.each(glossaryEntries.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    it('has every required field filled', () => {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.headword.trim()).toBe(e.headword);
      expect(hanChars(e.headword).length).toBeGreaterThan(0);
      expect(KINDS).toContain(e.kind);
      expect(e.gloss.trim().length).toBeGreaterThan(10);
      expect(e.note.trim().length).toBeGreaterThan(40);
      expect(e.origin.by.trim().length).toBeGreaterThan(0);
      expect(ORIGIN_UNKNOWN.test(e.origin.date) || DATE.test(e.origin.date), `origin date ${e.origin.date}`).toBe(true);
      expect(e.collocations.length).toBeGreaterThan(0);
      for (const c of e.collocations) expect(c.trim().length).toBeGreaterThan(0);
      expect(e.example.trim().length).toBeGreaterThan(0);
      expect(Array.isArray(e.related)).toBe(true);
      expect(Array.isArray(e.variants)).toBe(true);
      expect(e.asOf).toMatch(FULL_DATE);
      expect(typeof e.verified).toBe('boolean');
    });

    it('has renderings with a source, a status and well-formed dates', () => {
      expect(e.renderings.length).toBeGreaterThan(0);
      for (const r of e.renderings) {
        expect(r.en.trim().length).toBeGreaterThan(0);
        expect(r.source.trim().length).toBeGreaterThan(0);
        expect(STATUS).toContain(r.status);
        if (r.date !== undefined) expect(r.date).toMatch(DATE);
      }
    });

    it('is verified only with an official rendering, and says so when unverified', () => {
      if (e.verified) {
        expect(e.renderings.some((r) => r.status === 'official' && r.source.length > 0)).toBe(true);
      } else {
        // The main rendering must not be presented as official when no reference confirms it.
        expect(e.renderings[0].status).not.toBe('official');
        // The Party-formula and policy files also say so in the note.
        if (e.kind === 'party-formula' || e.kind === 'policy-programme') expect(e.note).toMatch(UNVERIFIED_SAYS_SO);
      }
    });

    it('has pinyin with one syllable per Han character', () => {
      const syllables = e.pinyin.split(' ');
      expect(syllables.length).toBe(hanChars(e.headword).length);
      for (const s of syllables) expect(s).toMatch(SYLLABLE);
    });

    it('has fixed pinyin for every variant', () => {
      for (const v of e.variants) {
        const p = formPinyin(e, v);
        expect(p, `pinyin of variant ${v}`).toBeDefined();
        // A form without Han characters (the hotline number 12351) has no syllables.
        const syllables = p === '' ? [] : p!.split(' ');
        expect(syllables.length, `syllables of variant ${v}`).toBe(hanChars(v).length);
        for (const s of syllables) expect(s).toMatch(SYLLABLE);
      }
      for (const k of Object.keys(e.variantPinyin ?? {})) expect(e.variants).toContain(k);
    });

    it('has components for a numbered formula', () => {
      if (!NUMBERED.test(e.headword)) return;
      if (e.components && e.components.length > 0) {
        for (const c of e.components) {
          expect(c.zh.trim().length).toBeGreaterThan(0);
          expect(c.en.trim().length).toBeGreaterThan(0);
        }
      } else {
        // Only an unverified entry may leave them out, and it must say why.
        expect(e.verified).toBe(false);
        expect(e.note).toMatch(/components not confirmed/i);
      }
    });

    it('has related targets that exist', () => {
      for (const r of e.related) {
        expect(r).not.toBe(e.id);
        expect(getEntry(r), `related ${r}`).toBeDefined();
      }
    });

    it('has well-formed guards', () => {
      if (e.context) {
        expect(e.context.near.length).toBeGreaterThan(0);
        expect(e.context.window).toBeGreaterThan(0);
      }
      for (const ex of e.exclude ?? []) {
        expect(
          forms(e).some((f) => ex.includes(f)),
          `exclude ${ex} contains a form`,
        ).toBe(true);
      }
    });

    it('quotes the paper when the example is not marked constructed', () => {
      if (e.exampleSource === 'constructed') return;
      // Sentences from the seed texts must be verbatim excerpts (line wraps ignored).
      const occursInSeeds = forms(e).some((f) => seedText.includes(f.replace(/\s+/g, '')));
      if (occursInSeeds) expect(seedText).toContain(e.example.replace(/\s+/g, ''));
    });
  });

  it('has unique ids', () => {
    const ids = glossaryEntries.map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('has no duplicate headwords and no form claimed by two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of glossaryEntries) {
      for (const f of new Set(forms(e))) {
        const prev = owner.get(f);
        if (prev && prev !== e.id) clashes.push(`${f}: ${prev} / ${e.id}`);
        owner.set(f, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives the Party-formula and policy files at least 80 entries', () => {
    const n = glossaryEntries.filter((e) => e.kind === 'party-formula' || e.kind === 'policy-programme').length;
    expect(n).toBeGreaterThanOrEqual(80);
  });
});
