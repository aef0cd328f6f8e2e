import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import { t } from '@/utils/i18n';
import '@/components/page.css';

function ReviewPage() {
  return (
    <PageShell page="review" title={t('reviewTitle')}>
      <p class="empty">{t('reviewEmpty')}</p>
    </PageShell>
  );
}

document.title = t('reviewTitle');
render(<ReviewPage />, document.getElementById('app')!);
