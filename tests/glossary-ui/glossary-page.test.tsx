// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PageShell } from '../../components/PageShell';
import { GlossaryApp } from '../../components/glossary/GlossaryApp';
import { headingId } from '../../components/glossary/EntryView';
import { glossaryEntries, getEntry } from '../../utils/glossary';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

function setup(hash = '') {
  history.replaceState(null, '', `${location.pathname}${hash}`);
  render(
    <PageShell page="glossary" title="Glossary">
      <GlossaryApp />
    </PageShell>,
  );
  return {
    search: screen.getByRole('searchbox', { name: 'Search the glossary' }) as HTMLInputElement,
    kind: screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement,
  };
}

const shownIds = () => screen.queryAllByTestId('glossary-entry').map((el) => el.id);
const entryEl = (id: string) => document.getElementById(id) as HTMLElement;

function goTo(id: string) {
  location.hash = `#${id}`;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('glossary page', () => {
  it('renders every entry in full, grouped by kind, with landmarks and a labelled search', () => {
    setup();
    const n = glossaryEntries.length;
    expect(n).toBeGreaterThan(300);
    expect(shownIds()).toEqual(glossaryEntries.map((e) => e.id));
    expect(screen.getByTestId('glossary-count').textContent).toBe(`${n} of ${n} entries`);
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeTruthy();
    expect(screen.getByRole('search')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Glossary');
    const count = (k: string) => glossaryEntries.filter((e) => e.kind === k).length;
    const events = glossaryEntries.filter((e) => e.event && e.event.family !== 'five-year-period').length;
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      `Numbered meetings and plans (${events})`,
      `Party formulas (${count('party-formula')})`,
      `Policy programmes (${count('policy-programme')})`,
      `Labour-movement and union terms (${count('labour-union')})`,
      `Honours and campaigns (${count('honour-campaign')})`,
      `Institutions (${count('institution')})`,
      `Newspaper conventions (${count('newsroom')})`,
    ]);
    expect(screen.getByRole('link', { name: 'Glossary' }).getAttribute('aria-current')).toBe('page');

    const el = entryEl('four-confidences');
    const view = within(el);
    expect(el.getAttribute('aria-labelledby')).toBe(headingId('four-confidences'));
    const heading = view.getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe('四个自信 sì gè zì xìn');
    expect(heading.querySelector('[lang="zh-CN"]')?.textContent).toBe('四个自信');
    expect(el.querySelector('.entry-kind')?.textContent).toBe('Party formula');
    const renderings = [...el.querySelectorAll('.entry-renderings li')].map((li) => li.textContent);
    expect(renderings[0]).toContain('confidence in the path, theory, system and culture');
    expect(renderings[0]).toContain('official');
    expect(renderings[0]).toMatch(/, 2022-10$/);
    expect(renderings[1]).toContain('Four Matters of Confidence');
    expect(renderings[1]).toMatch(/China Keywords.*, 2022-09-19$/);
    expect(renderings[2]).toContain('Four-sphere Confidence');
    expect(renderings[1]).toContain('alternative');
    const components = [...el.querySelectorAll('.entry-components li')].map((li) => li.textContent);
    expect(components).toEqual([
      '道路自信 — confidence in the path',
      '理论自信 — confidence in the theory',
      '制度自信 — confidence in the system',
      '文化自信 — confidence in the culture',
    ]);
    expect(el.querySelector('.entry-components')?.tagName).toBe('OL');
    const facts = el.querySelector('.entry-facts')!;
    const terms = [...facts.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).toEqual(['Note', 'Origin', 'Collocations', 'Example', 'Related entries', 'Checked as of']);
    expect(facts.textContent).toContain('坚定“四个自信”');
    expect(facts.textContent).toContain('2016-07-01');
    expect(facts.textContent).toContain('2026-11-21');
    expect(el.querySelector('.entry-example')?.getAttribute('lang')).toBe('zh-CN');
    expect(el.textContent).toContain('Confidence in the path, theory, system and culture of Chinese socialism.');
  });

  it("shows the project's own renderings, variants and constructed examples as such", () => {
    setup();
    const project = glossaryEntries.find((e) => e.renderings.some((r) => r.status === 'project'))!;
    expect(entryEl(project.id).textContent).toContain("this extension's own");
    const withVariants = glossaryEntries.find((e) => e.variants.length > 0)!;
    const dd = [...entryEl(withVariants.id).querySelectorAll('dt')].find(
      (d) => d.textContent === 'Variants',
    )!.nextElementSibling!;
    expect([...dd.querySelectorAll('li')].map((li) => li.textContent)).toEqual(withVariants.variants);
    for (const e of glossaryEntries) {
      const mark = entryEl(e.id).querySelector('[data-testid="constructed"]');
      expect(Boolean(mark), e.id).toBe(e.exampleSource === 'constructed');
    }
    expect(screen.getAllByTestId('constructed').length).toBe(
      glossaryEntries.filter((e) => e.exampleSource === 'constructed').length,
    );
  });

  it.each([
    ['headword', '两个维护'],
    ['pinyin without tones', 'liang ge wei hu'],
    ['pinyin with tones', 'liǎng gè wéihù'],
    ['English', 'Two Upholds'],
    ['English in another case', 'two upholds'],
  ])('search finds 两个维护 by %s', (_, query) => {
    const { search } = setup();
    fireEvent.input(search, { target: { value: query } });
    const ids = shownIds();
    expect(ids).toContain('two-upholds');
    expect(ids.length).toBeLessThan(5);
    expect(screen.getByTestId('glossary-count').textContent).toBe(`${ids.length} of ${glossaryEntries.length} entries`);
  });

  it('search finds variants and says when nothing matches', () => {
    const { search } = setup();
    const entry = glossaryEntries.find((e) => e.variants.some((v) => !v.includes(e.headword)))!;
    const variant = entry.variants.find((v) => !v.includes(entry.headword))!;
    fireEvent.input(search, { target: { value: variant } });
    expect(shownIds()).toContain(entry.id);

    fireEvent.input(search, { target: { value: 'zzzqqq' } });
    expect(shownIds()).toEqual([]);
    expect(screen.getByText('No entry matches the search.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all entries' }));
    expect(shownIds().length).toBe(glossaryEntries.length);
    expect(search.value).toBe('');
  });

  it('filters by kind, alone and with a search', () => {
    const { kind, search } = setup();
    fireEvent.change(kind, { target: { value: 'institution' } });
    const institutions = glossaryEntries.filter((e) => e.kind === 'institution').map((e) => e.id);
    expect(shownIds()).toEqual(institutions);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      `Institutions (${institutions.length})`,
    ]);

    fireEvent.input(search, { target: { value: '两个维护' } });
    expect(shownIds()).toEqual([]);
    fireEvent.change(kind, { target: { value: 'party-formula' } });
    expect(shownIds()).toContain('two-upholds');
    fireEvent.change(kind, { target: { value: 'all' } });
    fireEvent.input(search, { target: { value: '' } });
    expect(shownIds().length).toBe(glossaryEntries.length);
  });

  it('opens on #id: the entry is highlighted and its heading focused', async () => {
    setup('#two-upholds');
    await waitFor(() => expect(document.activeElement?.id).toBe(headingId('two-upholds')));
    expect(document.activeElement?.textContent).toContain('两个维护');
    expect(entryEl('two-upholds').classList.contains('entry-target')).toBe(true);
    expect(document.querySelectorAll('.entry-target').length).toBe(1);
  });

  it('follows hash changes, clearing a filter that hides the entry', async () => {
    const { kind } = setup();
    expect(document.querySelectorAll('.entry-target').length).toBe(0);
    goTo('four-confidences');
    await waitFor(() => expect(document.activeElement?.id).toBe(headingId('four-confidences')));

    fireEvent.change(kind, { target: { value: 'institution' } });
    expect(document.getElementById('two-upholds')).toBeNull();
    goTo('two-upholds');
    await waitFor(() => expect(document.activeElement?.id).toBe(headingId('two-upholds')));
    expect(kind.value).toBe('all');
    expect(entryEl('two-upholds').classList.contains('entry-target')).toBe(true);
    expect(entryEl('four-confidences').classList.contains('entry-target')).toBe(false);

    goTo('no-such-entry');
    expect(entryEl('two-upholds').classList.contains('entry-target')).toBe(true);
  });

  it('related entries are links to entries on the page', () => {
    setup();
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a.related-link')];
    expect(links.length).toBe(glossaryEntries.reduce((n, e) => n + e.related.length, 0));
    for (const a of links) {
      const id = a.getAttribute('href')!.replace(/^#/, '');
      expect(getEntry(id), id).toBeTruthy();
      expect(document.getElementById(id)?.dataset.testid).toBe('glossary-entry');
      expect(a.textContent).toBe(getEntry(id)!.headword);
      expect(a.getAttribute('lang')).toBe('zh-CN');
    }
    const related = within(entryEl('two-upholds')).getByRole('link', { name: '两个确立' });
    expect(related.getAttribute('href')).toBe('#two-establishes');
  });

  it('unverified entries carry the mark, verified ones do not', () => {
    setup();
    for (const e of glossaryEntries) {
      const mark = entryEl(e.id).querySelector('[data-testid="unverified"]');
      expect(Boolean(mark), e.id).toBe(!e.verified);
    }
    expect(within(entryEl('two-upholds')).getByText('Not confirmed by a reference')).toBeTruthy();
    expect(screen.getAllByTestId('unverified').length).toBe(glossaryEntries.filter((e) => !e.verified).length);
  });
});

describe('the events table', () => {
  const rowOf = (id: string) => document.querySelector(`[data-event="${id}"]`) as HTMLElement;

  it('lists every numbered event of the table with its dates and what it adopted, linked to its entry', () => {
    setup();
    const table = screen.getByTestId('glossary-events');
    const rows = table.querySelectorAll('tbody tr');
    const expected = glossaryEntries.filter((e) => e.event && e.event.family !== 'five-year-period');
    expect(rows.length).toBe(expected.length);
    expect([...rows].map((r) => r.getAttribute('data-event')).sort()).toEqual(expected.map((e) => e.id).sort());

    const plenum = within(rowOf('sixth-plenum-19th'));
    expect(plenum.getByRole('link').textContent).toBe('Sixth Plenary Session of the 19th CPC Central Committee');
    expect(plenum.getByRole('link').getAttribute('href')).toBe('#sixth-plenum-19th');
    expect(rowOf('sixth-plenum-19th').textContent).toContain('8–11 Nov 2021');
    expect(rowOf('sixth-plenum-19th').querySelector('cite')?.textContent).toBe(
      'Resolution of the CPC Central Committee on the Major Achievements and Historical Experience of the Party over the Past Century',
    );
    expect(rowOf('union-congress-18').textContent).toContain('9–12 Oct 2023');
    expect(rowOf('npc-session-14-2').textContent).toContain('5–11 Mar 2024');
    expect(rowOf('fourteenth-five-year-plan').textContent).toContain('2021–2025 (11 Mar 2021)');
    // An event whose dates the table leaves out shows none rather than a guess.
    expect(rowOf('five-year-plan-15').querySelectorAll('td')[0].textContent).toBe('2026–2030');
    // Party congresses come first, in order.
    expect(rows[0].getAttribute('data-event')).toBe('cpc-congress-15');
  });

  it('is hidden while a search or a kind filter is set', () => {
    const { search } = setup();
    fireEvent.input(search, { target: { value: '两个维护' } });
    expect(screen.queryByTestId('glossary-events')).toBeNull();
  });

  it('opens an event entry from its link', async () => {
    setup();
    goTo('cpc-plenum-20-3');
    await waitFor(() => expect(document.activeElement?.id).toBe(headingId('cpc-plenum-20-3')));
    expect(getEntry('cpc-plenum-20-3')?.headword).toBe('党的二十届三中全会');
  });
});
