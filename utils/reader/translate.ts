/**
 * On-device translation with the browser's own Translator API (Chrome 138+), where it exists and
 * can translate Chinese: nothing is sent to any server. Elsewhere the reader offers no translation.
 */
export interface ParagraphTranslator {
  translate(text: string): Promise<string>;
}

interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(options: { sourceLanguage: string; targetLanguage: string }): Promise<ParagraphTranslator>;
}

function api(): TranslatorApi | undefined {
  return (globalThis as { Translator?: TranslatorApi }).Translator;
}

/** A translator from Chinese to `target`, or null where the browser has none for that pair. */
export async function chineseTranslator(
  target = 'en',
): Promise<{ translate: (text: string) => Promise<string> } | null> {
  const translator = api();
  if (!translator) return null;
  const pair = { sourceLanguage: 'zh', targetLanguage: target };
  try {
    if ((await translator.availability(pair)) === 'unavailable') return null;
  } catch {
    return null;
  }
  let created: Promise<ParagraphTranslator> | null = null;
  return {
    // Created on the first request (it may download the language model, on the user's click).
    translate: async (text) => {
      created ??= translator.create(pair);
      return (await created).translate(text);
    },
  };
}
