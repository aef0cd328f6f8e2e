import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import { t } from '@/utils/i18n';
import '@/components/page.css';

function OptionsPage() {
  return (
    <PageShell page="options" title={t('optionsTitle')}>
      <section>
        <h2>About</h2>
        <p>{t('aboutData')}</p>
      </section>
    </PageShell>
  );
}

document.title = t('optionsTitle');
render(<OptionsPage />, document.getElementById('app')!);
