/**
 * The glossary: every entry, lookup by id, and one shared matcher built on first use. Numbered
 * events (congresses, plenums, sessions, five-year plans) come from the event table
 * (events/table.ts): a recogniser finds them in any numeral form and each gets an entry.
 */
import { partyFormulas } from './entries/party-formulas';
import { policyProgrammes } from './entries/policy-programmes';
import { labourUnionTerms } from './entries/labour-union';
import { honoursCampaigns } from './entries/honours-campaigns';
import { institutions } from './entries/institutions';
import { newsroomTerms } from './entries/newsroom';
import { buildEventEntry, eventFacts, eventId, parseEventId, rowOf, tableKeys } from './events/entries';
import { eventPinyin } from './events/numerals';
import { recogniseEvents } from './events/recognise';
import {
  createGlossaryMatcher,
  summarizeTerms,
  type GlossaryMatcher,
  type MatchScope,
  type Recogniser,
  type TermMatch,
  type TermSummary,
} from './matcher';
import type { GlossaryEntry, GlossaryKind } from './types';

export type { GlossaryEntry, GlossaryKind, Rendering, Component, EventFacts, AdoptedDocument } from './types';
export type { GlossaryMatcher, MatchScope, TermMatch, TermSummary } from './matcher';
export { createGlossaryMatcher, summarizeTerms, formPinyin } from './matcher';
export { EVENT_TABLE } from './events/table';

const handWritten: readonly GlossaryEntry[] = [
  ...partyFormulas,
  ...policyProgrammes,
  ...labourUnionTerms,
  ...honoursCampaigns,
  ...institutions,
  ...newsroomTerms,
];

/** Hand-written entries that describe a row of the event table carry that row's facts. */
const withFacts = handWritten.map((e) => {
  const key = parseEventId(e.id);
  return key ? { ...e, event: eventFacts(key) } : e;
});

/** Built entries for the rows of the event table (and the five-year periods) without a hand-written entry. */
export const eventEntries: readonly GlossaryEntry[] = tableKeys()
  .filter((k) => k.family === 'five-year-period' || !rowOf(k)?.entryId)
  .map(buildEventEntry);

const KINDS: readonly GlossaryKind[] = [
  'party-formula',
  'policy-programme',
  'labour-union',
  'honour-campaign',
  'institution',
  'newsroom',
];

/**
 * All entries by kind (Party formulas, policy programmes, union terms, honours, institutions,
 * newsroom terms), each kind in file order followed by its built event entries.
 */
export const glossaryEntries: readonly GlossaryEntry[] = KINDS.flatMap((k) => [
  ...withFacts.filter((e) => e.kind === k),
  ...eventEntries.filter((e) => e.kind === k),
]);

/** Every entry that describes a numbered event, in event-table order. */
export function eventGlossaryEntries(): GlossaryEntry[] {
  return tableKeys().map((k) => getEntry(eventId(k))!);
}

let byId: Map<string, GlossaryEntry> | undefined;

/** The entry of an id; for a well-formed event id the table does not hold, an entry built from its number. */
export function getEntry(id: string): GlossaryEntry | undefined {
  byId ??= new Map(glossaryEntries.map((e) => [e.id, e]));
  const hit = byId.get(id);
  if (hit) return hit;
  const key = parseEventId(id);
  if (!key) return undefined;
  const built = buildEventEntry(key);
  byId.set(id, built);
  return built;
}

/** The numbered-event recogniser as the matcher uses it: spans with entry ids and fixed pinyin. */
export const eventRecogniser: Recogniser = (cs, scope) =>
  recogniseEvents(cs, scope).map((sp) => ({
    start: sp.start,
    end: sp.end,
    id: eventId(sp.key),
    pinyin: eventPinyin(cs.slice(sp.start, sp.end)),
  }));

/** A fresh article scope: pass it to every `match` call for one article's paragraphs, in order. */
export function createMatchScope(): MatchScope {
  return {};
}

let matcher: GlossaryMatcher | undefined;

/**
 * The matcher over all entries and the numbered events, built once on first call. The built event
 * entries' forms are left to the recogniser (its guards keep 十四五岁 and 二十大城市 out).
 */
export function getGlossaryMatcher(): GlossaryMatcher {
  matcher ??= buildGlossaryMatcher();
  return matcher;
}

/** A new matcher over all entries and the numbered events (the shared one is `getGlossaryMatcher`). */
export function buildGlossaryMatcher(): GlossaryMatcher {
  return createGlossaryMatcher(withFacts, { recognisers: [eventRecogniser] });
}

/** Convenience: all term matches in `text` with the shared matcher (one article: one scope). */
export function matchTerms(text: string, scope?: MatchScope): TermMatch[] {
  return getGlossaryMatcher().match(text, scope);
}

/** Convenience: distinct terms of `text` with counts (inner terms included), in order of first occurrence. */
export function termsOf(text: string): TermSummary[] {
  const matches = matchTerms(text);
  const known = new Set(glossaryEntries.map((e) => e.id));
  const built = [...new Set(matches.flatMap((m) => [m, ...(m.inner ?? [])]).map((m) => m.id))]
    .filter((id) => !known.has(id))
    .map((id) => getEntry(id))
    .filter((e): e is GlossaryEntry => e !== undefined);
  return summarizeTerms(matches, built.length > 0 ? [...glossaryEntries, ...built] : glossaryEntries);
}
