/**
 * The word card's characters section: for each character of the word its radical (Kangxi number,
 * strokes beyond it), its total strokes, its components with their readings and glosses, and how
 * the etymology says it is built. Loaded from the extension's own files when the card opens.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import type { CharInfo } from '@/utils/text/char-info';

const HAN = /\p{Script=Han}/u;

const ROLES: Record<string, MessageKey> = {
  meaning: 'charRoleMeaning',
  sound: 'charRoleSound',
  iconic: 'charRoleIconic',
  simplified: 'charRoleSimplified',
};

export function CharFacts({
  word,
  load,
  reading,
}: {
  word: string;
  load: (char: string) => Promise<CharInfo | null>;
  /** A numbered pinyin string as the reader shows readings ("cao3" → "cǎo"). */
  reading: (numbered: string) => string;
}) {
  const chars = [...new Set([...word].filter((c) => HAN.test(c)))];
  const [facts, setFacts] = useState<(CharInfo | null)[] | null>(null);
  const key = chars.join('');
  useEffect(() => {
    let live = true;
    setFacts(null);
    void Promise.all(chars.map((c) => load(c).catch(() => null))).then((found) => live && setFacts(found));
    return () => {
      live = false;
    };
  }, [key, load]);
  if (chars.length === 0 || !facts || facts.every((f) => !f)) return null;
  return (
    <div class="char-facts" data-testid="char-facts">
      <h3>{t('charPartsHeading')}</h3>
      {chars.map((char, i) => {
        const info = facts[i];
        if (!info) return null;
        return (
          <div class="char-fact" data-char={char}>
            <div class="char-fact-head">
              <span class="char-zh" lang="zh-CN">
                {char}
              </span>{' '}
              {info.radical && (
                <span class="char-radical" data-radical={info.radical.char}>
                  {t('charRadical', [
                    info.radical.char,
                    info.radical.number.replace("'", ''),
                    String(info.radical.rest),
                  ])}
                </span>
              )}
              {info.strokes !== undefined && (
                <span class="muted small"> · {t('strokesCount', String(info.strokes))}</span>
              )}
            </div>
            {info.components.length > 0 && (
              <ul class="char-components" aria-label={t('charComponents', char)}>
                {info.components.map((c) => (
                  <li data-component={c.char}>
                    <span class="char-zh" lang="zh-CN">
                      {c.char}
                    </span>{' '}
                    {c.pinyin && <span class="char-py">{c.pinyin.split(' ').map(reading).join(' ')}</span>}{' '}
                    {c.gloss && <span>{c.gloss}</span>}
                    {c.role && ROLES[c.role] && <em class="char-role"> · {t(ROLES[c.role])}</em>}
                  </li>
                ))}
              </ul>
            )}
            {info.note && (
              <p class="muted small char-note" lang="en">
                {info.note}
              </p>
            )}
          </div>
        );
      })}
      <p class="muted small char-credit">{t('charCredit')}</p>
    </div>
  );
}
