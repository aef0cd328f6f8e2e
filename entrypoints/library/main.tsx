import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import { t } from '@/utils/i18n';
import '@/components/page.css';

function LibraryPage() {
  return (
    <PageShell page="library" title={t('libraryTitle')}>
      <p class="empty">{t('libraryEmpty')}</p>
    </PageShell>
  );
}

document.title = t('libraryTitle');
render(<LibraryPage />, document.getElementById('app')!);
