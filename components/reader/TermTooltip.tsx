import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ReaderServices, StudyControl } from './model';

export interface TooltipAnchor {
  id: string;
  /** Position relative to the reader's scrolling body. */
  top: number;
  left: number;
  /** The sentence the term stands in (stored with it when added to the vocabulary). */
  sentence: string;
}

/**
 * The glossary tooltip: English rendering, the formula's components, for a numbered event its name,
 * dates and what it adopted, a one-line gloss, and the shorter known terms inside the term.
 */
export function TermTooltip({
  anchor,
  services,
  study,
  sentence,
}: {
  anchor: TooltipAnchor;
  services: ReaderServices;
  study?: StudyControl;
  sentence: string;
}) {
  const [error, setError] = useState('');
  const term = services.term(anchor.id);
  if (!term) return null;
  const added = study?.vocabulary.has(term.headword) ?? false;
  return (
    <div
      class="tooltip"
      role="tooltip"
      id={`term-tip-${term.id}`}
      style={{ top: `${anchor.top}px`, left: `${anchor.left}px` }}
    >
      <div class="tip-head">
        <span class="tip-zh">{term.headword}</span> <span class="tip-py">{term.pinyin}</span>
      </div>
      <div class="tip-en">{term.en}</div>
      {term.alternatives.length > 0 && (
        <div class="tip-alt">
          {t('alsoRendered')} {term.alternatives.join('; ')}
        </div>
      )}
      {term.components.length > 0 && (
        <ol class="tip-components">
          {term.components.map((c) => (
            <li>
              {c.zh} — {c.en}
            </li>
          ))}
        </ol>
      )}
      {term.event && (
        <div class="tip-event" data-testid="tip-event">
          <div class="tip-event-name">
            {term.event.name !== term.en && `${term.event.name}${term.event.dates ? ', ' : ''}`}
            {term.event.dates && <span class="tip-event-dates">{term.event.dates}</span>}
          </div>
          {term.event.adopted.length > 0 && (
            <div class="tip-event-adopted">
              {t('termAdopted')} {term.event.adopted.join('; ')}
            </div>
          )}
        </div>
      )}
      <p class="tip-gloss">{term.gloss}</p>
      {term.contains && (
        <div class="tip-contains" data-testid="tip-contains">
          {t('termContains')}{' '}
          {term.contains.map((c, i) => (
            <span>
              {i > 0 && '; '}
              <span lang="zh-CN">{c.headword}</span> — {c.en}
            </span>
          ))}
        </div>
      )}
      {!term.verified && <p class="tip-note">{t('notConfirmed')}</p>}
      <div class="tip-actions">
        {services.openTerm && (
          <a
            href={`#glossary-${term.id}`}
            onClick={(e) => {
              e.preventDefault();
              services.openTerm!(term.id);
            }}
          >
            {t('fullEntry')}
          </a>
        )}
        {study && (
          <button
            type="button"
            disabled={added}
            aria-pressed={added}
            onClick={() =>
              study
                .addWord({
                  word: term.headword,
                  pinyin: term.pinyin,
                  definition: `${term.en} — ${term.gloss}`,
                  sentence,
                  termId: term.id,
                })
                .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
            }
          >
            {added ? `✓ ${t('inVocabulary')}` : t('addTermToVocabulary')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
