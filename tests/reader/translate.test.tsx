// @vitest-environment happy-dom
// Chrome's on-device Translator API cannot run here: these tests stand in a minimal one, shaped as
// the browser's (availability, create, translate), to check how the reader uses it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { chineseTranslator } from '@/utils/reader/translate';
import { Reader } from '@/components/reader/Reader';
import { DEFAULT_SETTINGS } from '@/utils/reader/settings';
import type { ReaderArticle, ReaderServices } from '@/components/reader/model';
import { articleOf, realReader, SENTENCES } from './reader-helpers';

afterEach(() => {
  cleanup();
  delete (globalThis as { Translator?: unknown }).Translator;
});

function installTranslator(availability: string, log: string[]) {
  (globalThis as { Translator?: unknown }).Translator = {
    availability: async (pair: { sourceLanguage: string; targetLanguage: string }) => {
      log.push(`availability ${pair.sourceLanguage}→${pair.targetLanguage}`);
      return availability;
    },
    create: async () => {
      log.push('create');
      return { translate: async (text: string) => `EN(${text.length} chars)` };
    },
  };
}

describe('chineseTranslator', () => {
  it('is absent where the browser has no Translator API or cannot translate Chinese', async () => {
    expect(await chineseTranslator()).toBeNull();
    const log: string[] = [];
    installTranslator('unavailable', log);
    expect(await chineseTranslator()).toBeNull();
    expect(log).toEqual(['availability zh→en']);
  });

  it('creates the translator once, on the first request', async () => {
    const log: string[] = [];
    installTranslator('downloadable', log);
    const translator = await chineseTranslator();
    expect(log).toEqual(['availability zh→en']);
    expect(await translator!.translate('劳动光荣')).toBe('EN(4 chars)');
    expect(await translator!.translate('技能宝贵')).toBe('EN(4 chars)');
    expect(log).toEqual(['availability zh→en', 'create']);
  });
});

describe('translation in the reader', () => {
  let article: ReaderArticle;
  let services: ReaderServices;
  beforeAll(async () => {
    const real = await realReader();
    article = articleOf(real.annotate, [SENTENCES.yigang, SENTENCES.budan]);
    services = real.services;
  });

  it('offers no translation without a translator', () => {
    const { queryAllByText } = render(
      <Reader
        state={{ status: 'ready', article }}
        services={services}
        settings={DEFAULT_SETTINGS}
        onSettingsChange={() => {}}
        onClose={() => {}}
      />,
    );
    expect(queryAllByText('Translate')).toHaveLength(0);
  });

  it('translates a paragraph on request and shows it under the paragraph', async () => {
    const asked: string[] = [];
    const withTranslator = {
      ...services,
      translate: async (text: string) => (asked.push(text), 'At the same time, Beijing is trying out a model…'),
    };
    const { getAllByText, container } = render(
      <Reader
        state={{ status: 'ready', article }}
        services={withTranslator}
        settings={DEFAULT_SETTINGS}
        onSettingsChange={() => {}}
        onClose={() => {}}
      />,
    );
    const buttons = getAllByText('Translate');
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[0]);
    await waitFor(() =>
      expect(container.querySelector('.translation')?.textContent).toBe(
        'At the same time, Beijing is trying out a model…',
      ),
    );
    expect(asked).toEqual([SENTENCES.yigang]);
    expect(container.querySelector('.translation')!.previousElementSibling!.tagName).toBe('P');
  });
});
