import { getEntry, type GlossaryEntry } from '@/utils/glossary';
import { t } from '@/utils/i18n';
import { KIND_LABEL, STATUS_LABEL } from './labels';

/** The element id of an entry's heading (the entry itself carries the entry's id). */
export const headingId = (id: string) => `${id}--heading`;

/** One glossary entry in full. */
export function EntryView({ entry, target }: { entry: GlossaryEntry; target: boolean }) {
  const constructed = entry.exampleSource === 'constructed';
  return (
    <article
      id={entry.id}
      class={`entry${target ? ' entry-target' : ''}${entry.verified ? '' : ' entry-unverified'}`}
      aria-labelledby={headingId(entry.id)}
      data-kind={entry.kind}
      data-testid="glossary-entry"
    >
      <header class="entry-head">
        <h3 id={headingId(entry.id)} tabIndex={-1}>
          <span lang="zh-CN" class="entry-headword">
            {entry.headword}
          </span>{' '}
          <span lang="zh-Latn-pinyin" class="entry-pinyin">
            {entry.pinyin}
          </span>
        </h3>
        <span class="entry-kind">{t(KIND_LABEL[entry.kind])}</span>
        {!entry.verified && (
          <span class="entry-unverified-mark" title={t('glossaryUnverifiedHint')} data-testid="unverified">
            {t('glossaryUnverified')}
          </span>
        )}
      </header>

      <p class="entry-gloss">{entry.gloss}</p>

      <h4>{t('glossaryRenderings')}</h4>
      <ul class="entry-renderings">
        {entry.renderings.map((r, i) => (
          <li class={i === 0 ? 'main-rendering' : undefined}>
            <span class="rendering-en" lang="en">
              {r.en}
            </span>{' '}
            <span class={`status status-${r.status}`}>{t(STATUS_LABEL[r.status])}</span>
            <span class="rendering-source">
              {' '}
              — {r.source}
              {r.date ? `, ${r.date}` : ''}
            </span>
          </li>
        ))}
      </ul>

      {entry.components && entry.components.length > 0 && (
        <>
          <h4>{t('glossaryComponents')}</h4>
          <ol class="entry-components">
            {entry.components.map((c) => (
              <li>
                <span lang="zh-CN">{c.zh}</span> — <span lang="en">{c.en}</span>
              </li>
            ))}
          </ol>
        </>
      )}

      <dl class="entry-facts">
        <dt>{t('glossaryNote')}</dt>
        <dd>{entry.note}</dd>
        <dt>{t('glossaryOrigin')}</dt>
        <dd>
          {entry.origin.by}, <time>{entry.origin.date}</time>
        </dd>
        {entry.collocations.length > 0 && (
          <>
            <dt>{t('glossaryCollocations')}</dt>
            <dd>
              <ul class="inline-list" lang="zh-CN">
                {entry.collocations.map((c) => (
                  <li>{c}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('glossaryExample')}</dt>
        <dd>
          <blockquote class="entry-example" lang="zh-CN">
            {entry.example}
          </blockquote>
          {constructed && (
            <span class="constructed" data-testid="constructed">
              {t('glossaryConstructed')}
            </span>
          )}
        </dd>
        {entry.related.length > 0 && (
          <>
            <dt>{t('glossaryRelated')}</dt>
            <dd>
              <ul class="inline-list">
                {entry.related.map((id) => {
                  const other = getEntry(id);
                  return (
                    <li>
                      {other ? (
                        <a href={`#${id}`} lang="zh-CN" class="related-link">
                          {other.headword}
                        </a>
                      ) : (
                        <span>{id}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        {entry.variants.length > 0 && (
          <>
            <dt>{t('glossaryVariants')}</dt>
            <dd>
              <ul class="inline-list" lang="zh-CN">
                {entry.variants.map((v) => (
                  <li>{v}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('glossaryAsOf')}</dt>
        <dd>
          <time dateTime={entry.asOf}>{entry.asOf}</time>
        </dd>
      </dl>
    </article>
  );
}
