import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '@/components/PageShell';
import { ReviewApp } from '@/components/review/ReviewApp';
import { defaultSettingsServices, downloadText, type StudyServices } from '@/components/review/services';
import { t } from '@/utils/i18n';
import { openLibraryDb } from '@/utils/library/api';
import { extensionLoader } from '@/utils/text/load-extension';
import { notifyStudyChange } from '@/utils/study/changes';
import '@/components/page.css';
import '@/components/review/review.css';

function ReviewPage() {
  const [services, setServices] = useState<StudyServices | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    openLibraryDb().then(
      (db) =>
        setServices({
          db,
          now: () => Date.now(),
          ...defaultSettingsServices,
          loader: extensionLoader,
          download: downloadText,
          changed: notifyStudyChange,
        }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return (
    <PageShell page="review" title={t('reviewTitle')}>
      {error ? (
        <p class="error">{error}</p>
      ) : services ? (
        <ReviewApp services={services} />
      ) : (
        <p class="empty">{t('reviewLoading')}</p>
      )}
    </PageShell>
  );
}

document.title = t('reviewTitle');
render(<ReviewPage />, document.getElementById('app')!);
