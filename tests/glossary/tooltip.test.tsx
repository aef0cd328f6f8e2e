// @vitest-environment happy-dom
/** The glossary tooltip for numbered events and nested terms, rendered from the real glossary. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { TermTooltip } from '../../components/reader/TermTooltip';
import type { ReaderServices } from '../../components/reader/model';
import { termView } from '../../utils/reader/services';

afterEach(cleanup);

const services = { term: termView } as unknown as ReaderServices;
const show = (id: string) =>
  render(<TermTooltip anchor={{ id, top: 0, left: 0, sentence: '' }} services={services} sentence="" />);

describe('term tooltip', () => {
  it('names a plenum, its dates and the resolution it adopted', () => {
    show('sixth-plenum-19th');
    const tip = screen.getByRole('tooltip');
    expect(tip.querySelector('.tip-en')?.textContent).toBe('Sixth Plenary Session of the 19th CPC Central Committee');
    const event = screen.getByTestId('tip-event').textContent ?? '';
    expect(event).toContain('8–11 Nov 2021');
    expect(event).toContain(
      'Resolution of the CPC Central Committee on the Major Achievements and Historical Experience of the Party over the Past Century',
    );
  });

  it('gives a plan its years and the day its outline was adopted', () => {
    show('fourteenth-five-year-plan');
    expect(screen.getByTestId('tip-event').textContent).toContain('2021–2025, adopted 11 Mar 2021');
    // The shorter known term inside it is explained as well.
    expect(screen.getByTestId('tip-contains').textContent).toContain('十四五 — 14th Five-Year Plan period (2021–2025)');
  });

  it('explains 新就业形态 inside 新就业形态劳动者', () => {
    show('new-employment-forms-workers');
    expect(screen.getByTestId('tip-contains').textContent).toContain('新就业形态 — new forms of employment');
    expect(screen.queryByTestId('tip-event')).toBeNull();
  });

  it('shows no dates for an event the table does not hold, and says it is unconfirmed', () => {
    show('cpc-plenum-11-3');
    expect(screen.getByRole('tooltip').querySelector('.tip-en')?.textContent).toBe(
      'Third Plenary Session of the 11th CPC Central Committee',
    );
    expect(screen.queryByTestId('tip-event')?.textContent ?? '').not.toMatch(/\d{4}/);
    expect(screen.getByText('Rendering not confirmed by an official source.')).toBeTruthy();
  });
});
