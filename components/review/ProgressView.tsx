/** Progress: words added and reviews per day, retention, glossary terms learned. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { studyStats, type StudyStats } from '@/utils/study/stats';
import type { StudyServices } from './services';
import { BarChart } from './BarChart';
import { percent } from './format';

export function ProgressView({ services, version }: { services: StudyServices; version: number }) {
  const [stats, setStats] = useState<StudyStats | undefined>();
  useEffect(() => {
    void studyStats(services.db, services.now(), 30).then(setStats);
  }, [services, version]);
  if (!stats) return <p class="empty">{t('reviewLoading')}</p>;
  const short = (day: string) => day.slice(5);
  const { totals, terms } = stats;
  return (
    <section class="progress" aria-label={t('reviewTabProgress')}>
      <dl class="figures">
        <div>
          <dt>{t('reviewStatWords')}</dt>
          <dd data-testid="stat-words">{totals.studying}</dd>
        </div>
        <div>
          <dt>{t('reviewStatKnown')}</dt>
          <dd>{totals.known}</dd>
        </div>
        <div>
          <dt>{t('reviewStatRetention')}</dt>
          <dd data-testid="stat-retention">{stats.retention === undefined ? '—' : percent(stats.retention)}</dd>
        </div>
        <div>
          <dt>{t('reviewStatTerms')}</dt>
          <dd data-testid="stat-terms">
            {terms.learned} / {terms.added}
          </dd>
        </div>
        <div>
          <dt>{t('reviewStatReviews')}</dt>
          <dd>{totals.reviews}</dd>
        </div>
      </dl>
      <BarChart title={t('reviewChartAdded')} bars={stats.days.map((d) => ({ label: short(d.day), value: d.added }))} />
      <BarChart
        title={t('reviewChartReviewed')}
        color="#2f6fb3"
        bars={stats.days.map((d) => ({ label: short(d.day), value: d.reviewed }))}
      />
      <p class="muted">
        {t('reviewCardPhases', [
          String(totals.cards.new),
          String(totals.cards.learning + totals.cards.relearning),
          String(totals.cards.review),
        ])}
      </p>
      <p class="muted">{t('reviewRetentionHelp')}</p>
    </section>
  );
}
