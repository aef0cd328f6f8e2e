import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { setFallbackCatalogue, t } from '@/utils/i18n';

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
    expect(t('knownShareLine', ['40', '12'])).toBe(en.knownShareLine.message.replace('$1', '40').replace('$2', '12'));
  });

  it('answers the key itself where neither the browser nor a fallback catalogue has the string', () => {
    setFallbackCatalogue(null);
    try {
      expect(t('libraryTitle')).toBe('libraryTitle');
    } finally {
      setFallbackCatalogue(en);
    }
  });
});
