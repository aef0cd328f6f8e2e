// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshDb } from '../library/helpers';
import { ReviewApp } from '../../components/review/ReviewApp';
import type { StudyServices } from '../../components/review/services';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '../../utils/study/settings';
import { addStudyWord } from '../../utils/study/words';
import { parseAnkiTsv } from '../../utils/study/export';
import { T0 } from '../study/helpers';

afterEach(cleanup);

async function setup(hash = '') {
  const db = await freshDb();
  await addStudyWord(
    db,
    { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: '从工人到工匠，他用了二十年。' },
    T0,
  );
  let settings: StudySettings = { ...DEFAULT_STUDY_SETTINGS };
  const downloads: { name: string; text: string }[] = [];
  const services: StudyServices = {
    db,
    now: () => T0 + 60_000,
    getSettings: async () => settings,
    saveSettings: async (patch) => (settings = { ...settings, ...patch }),
    download: (name, text) => downloads.push({ name, text }),
  };
  location.hash = hash;
  render(<ReviewApp services={services} />);
  return { db, downloads };
}

const count = (id: string) => screen.getByTestId(id).querySelector('b')?.textContent;

describe('review page', () => {
  it('shows the card, flips with space, grades with 3 and updates the counts', async () => {
    const { db } = await setup();
    await screen.findByTestId('card');
    expect([count('count-new'), count('count-due')]).toEqual(['2', '0']);
    expect(screen.getByTestId('front-word').textContent).toBe('工匠');
    expect(screen.queryByTestId('answer')).toBeNull();

    fireEvent.keyDown(document, { key: ' ' });
    const answer = await screen.findByTestId('answer');
    expect(answer.textContent).toContain('gōng jiàng');
    expect(answer.textContent).toContain('craftsman');
    expect(answer.querySelector('mark')?.textContent).toBe('工匠');

    fireEvent.keyDown(document, { key: '3' });
    await waitFor(() => expect(count('count-new')).toBe('1'));
    expect(screen.getByTestId('card').dataset.card).toBe('工匠|recall');
    expect(await db.reviewLog.count()).toBe(1);
    expect((await db.cards.get('工匠|recognize'))?.phase).toBe('learning');
  });

  it('recall cards ask for the characters from the meaning, with the word blanked in the sentence', async () => {
    const { db } = await setup();
    await db.cards.delete('工匠|recognize');
    cleanup();
    render(
      <ReviewApp
        services={{
          db,
          now: () => T0,
          getSettings: async () => DEFAULT_STUDY_SETTINGS,
          saveSettings: async () => DEFAULT_STUDY_SETTINGS,
          download: () => undefined,
        }}
      />,
    );
    const card = await screen.findByTestId('card');
    expect(card.textContent).toContain('craftsman');
    expect(card.textContent).not.toContain('工匠');
    fireEvent.click(screen.getByTestId('flip'));
    expect((await screen.findByTestId('answer')).textContent).toContain('工匠');
  });

  it('edits a definition, marks a word known and deletes it in the vocabulary tab', async () => {
    const { db } = await setup('#words');
    await screen.findByText('craftsman');
    fireEvent.click(screen.getByText('Edit'));
    const input = screen.getByLabelText('Definition') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'artisan' } });
    fireEvent.click(screen.getByText('Save'));
    await screen.findByText('artisan');
    expect((await db.vocabulary.get('工匠'))?.definition).toBe('artisan');

    fireEvent.click(screen.getByLabelText('工匠 is known'));
    await waitFor(async () => expect((await db.vocabulary.get('工匠'))?.known).toBe(true));

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    fireEvent.click(await screen.findByText('Delete'));
    fireEvent.click(screen.getByText('Delete with its reviews?'));
    await waitFor(async () => expect(await db.vocabulary.count()).toBe(0));
    expect(await db.cards.count()).toBe(0);
  });

  it('imports pasted known words and exports an Anki TSV', async () => {
    const { db, downloads } = await setup('#data');
    fireEvent.input(await screen.findByLabelText('Known words, one per line'), { target: { value: '工人\n我们' } });
    fireEvent.click(screen.getByText('Mark these words known'));
    await screen.findByText(/2 words marked known/);
    expect((await db.vocabulary.get('工人'))?.known).toBe(true);

    fireEvent.click(screen.getByTestId('export-tsv'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/\.tsv$/);
    const { headers, rows } = parseAnkiTsv(downloads[0].text);
    expect(headers.separator).toBe('tab');
    // No text engine in this page's services: the sentence-pinyin column is there, empty.
    expect(rows).toEqual([['工匠', 'gōng jiàng', 'craftsman', '从工人到工匠，他用了二十年。', '', '', '', 'workercn']]);

    fireEvent.click(screen.getByTestId('export-html'));
    fireEvent.click(screen.getByTestId('export-tsv'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const html = parseAnkiTsv(downloads[1].text);
    expect(html.headers.html).toBe('true');
    expect(html.rows[0].slice(0, 4)).toEqual([
      '工匠',
      '<span class="tone1">gōng</span> <span class="tone4">jiàng</span>',
      'craftsman',
      '从工人到<b>工匠</b>，他用了二十年。',
    ]);
  });

  it('draws the progress view as SVG charts', async () => {
    await setup('#progress');
    await screen.findByText('Words added per day');
    expect(document.querySelectorAll('svg').length).toBe(2);
    expect(screen.getByTestId('stat-words').textContent).toBe('1');
    expect(screen.getByTestId('stat-terms').textContent).toBe('0 / 0');
  });
});
