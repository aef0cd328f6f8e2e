/**
 * The glossary: every entry, lookup by id, and one shared matcher built on first use.
 */
import { partyFormulas } from './entries/party-formulas';
import { policyProgrammes } from './entries/policy-programmes';
import { labourUnionTerms } from './entries/labour-union';
import { honoursCampaigns } from './entries/honours-campaigns';
import { institutions } from './entries/institutions';
import {
  createGlossaryMatcher,
  summarizeTerms,
  type GlossaryMatcher,
  type TermMatch,
  type TermSummary,
} from './matcher';
import type { GlossaryEntry } from './types';

export type { GlossaryEntry, GlossaryKind, Rendering, Component } from './types';
export type { GlossaryMatcher, TermMatch, TermSummary } from './matcher';
export { createGlossaryMatcher, summarizeTerms, formPinyin } from './matcher';

/** All entries, in file order: Party formulas, policy programmes, union terms, honours, institutions. */
export const glossaryEntries: readonly GlossaryEntry[] = [
  ...partyFormulas,
  ...policyProgrammes,
  ...labourUnionTerms,
  ...honoursCampaigns,
  ...institutions,
];

let byId: Map<string, GlossaryEntry> | undefined;

export function getEntry(id: string): GlossaryEntry | undefined {
  byId ??= new Map(glossaryEntries.map((e) => [e.id, e]));
  return byId.get(id);
}

let matcher: GlossaryMatcher | undefined;

/** The matcher over all entries, built once on first call. */
export function getGlossaryMatcher(): GlossaryMatcher {
  matcher ??= createGlossaryMatcher(glossaryEntries);
  return matcher;
}

/** Convenience: all term matches in `text` with the shared matcher. */
export function matchTerms(text: string): TermMatch[] {
  return getGlossaryMatcher().match(text);
}

/** Convenience: distinct terms of `text` with counts, in order of first occurrence. */
export function termsOf(text: string): TermSummary[] {
  return summarizeTerms(matchTerms(text), glossaryEntries);
}
