import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { t } from '@/utils/i18n';

describe('UI strings', () => {
  it('has every English key in Chinese and no extra ones', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('has a non-empty message for every key in both languages', () => {
    for (const catalogue of [en, zh]) {
      for (const [key, value] of Object.entries(catalogue)) {
        expect(value.message.trim(), key).not.toBe('');
      }
    }
  });

  it('falls back to English outside an extension context', () => {
    expect(t('libraryTitle')).toBe('Library');
  });
});
