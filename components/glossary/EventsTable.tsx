import type { GlossaryEntry } from '@/utils/glossary';
import { t } from '@/utils/i18n';

/**
 * The numbered events the glossary recognises (congresses, plenums, NPC and CPPCC sessions,
 * five-year plans): name, Chinese form, dates and what each adopted, each linked to its entry.
 * Fields the event table leaves out (an uncertain date or document) stay empty.
 */
const FAMILY_ORDER = [
  'party-congress',
  'cc-plenum',
  'union-congress',
  'npc-session',
  'cppcc-session',
  'five-year-plan',
];

export function EventsTable({ entries }: { entries: readonly GlossaryEntry[] }) {
  // One row per event, in table order (a five-year period shares its plan's row).
  const rows = entries
    .filter((e) => e.event && FAMILY_ORDER.includes(e.event.family))
    .sort(
      (a, b) =>
        FAMILY_ORDER.indexOf(a.event!.family) - FAMILY_ORDER.indexOf(b.event!.family) ||
        a.event!.number - b.event!.number ||
        (a.event!.session ?? 0) - (b.event!.session ?? 0),
    );
  if (rows.length === 0) return null;
  return (
    <section class="glossary-group glossary-events" aria-labelledby="glossary-events" data-testid="glossary-events">
      <h2 id="glossary-events">
        {t('glossaryEvents')} <span class="group-count">({rows.length})</span>
      </h2>
      <p class="glossary-events-intro">{t('glossaryEventsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('glossaryEventName')}</th>
            <th scope="col">{t('glossaryEventDates')}</th>
            <th scope="col">{t('glossaryEventAdopted')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const ev = e.event!;
            return (
              <tr key={e.id} data-event={e.id}>
                <th scope="row">
                  <a href={`#${e.id}`}>{ev.name}</a>{' '}
                  <span lang="zh-CN" class="event-zh">
                    {e.headword}
                  </span>
                </th>
                <td>{ev.adoptedOn ? `${ev.dates ?? ''} (${ev.adoptedOn})` : (ev.dates ?? '')}</td>
                <td>
                  {ev.adopted.length > 0 && (
                    <ul>
                      {ev.adopted.map((d) => (
                        <li>
                          <span lang="zh-CN">《{d.zh}》</span> {d.officialTitle ? <cite>{d.en}</cite> : d.en}
                        </li>
                      ))}
                    </ul>
                  )}
                  {ev.fact && <p>{ev.fact}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
